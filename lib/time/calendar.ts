/**
 * Calendar dates as ISO strings, "2024-07-19". A date here is a day on the calendar, not an instant, so the
 * arithmetic counts days on a proleptic Gregorian calendar and never meets a clock change: the day before
 * the clocks go forward is still one day before it.
 */

export interface DateParts {
  year: number;
  /** 1 to 12. */
  month: number;
  /** 1 to 31. */
  day: number;
}

/** Month names in English, January first: monthNames[month - 1]. */
export const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of a year; month is 1 to 12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The year, month and day of a date written "YYYY-MM-DD", or undefined when no such day exists. */
export function parseCalendarDate(text: string): DateParts | undefined {
  const match = calendarDatePattern.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True for a date written "YYYY-MM-DD" that exists: "2024-02-29" but not "2023-02-29" or "2024-13-01". */
export function isRealDate(text: string): boolean {
  return parseCalendarDate(text) !== undefined;
}

/**
 * The parts of a date the code already holds. Content is checked with isRealDate before it gets here, so a
 * bad date at this point is a bug, and it stops the build rather than printing a wrong day.
 */
export function dateParts(date: string): DateParts {
  const parts = parseCalendarDate(date);
  if (!parts) throw new Error(`"${date}" is not a calendar date written YYYY-MM-DD`);
  return parts;
}

/** "YYYY-MM-DD" from its parts, with leading zeros. */
export function calendarDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// Days since 1970-01-01 and back, by Howard Hinnant's integer algorithms
// (https://howardhinnant.github.io/date_algorithms.html): no Date object, so no time zone, no clock change
// and no two-digit-year quirk of Date.UTC.
function dayNumber(date: string): number {
  const { year, month, day } = dateParts(date);
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromDayNumber(days: number): string {
  const shifted = days + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * marchMonth + 2) / 5) + 1;
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) throw new Error(`the date ${days} days from 1970-01-01 is outside years 0000 to 9999`);
  return calendarDate(year, month, day);
}

/** Whole days from one date to another: `to` minus `from`, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new Error(`cannot add ${days} days to a date: whole days only`);
  return fromDayNumber(dayNumber(date) + days);
}

/** -1, 0 or 1, for sorting. ISO dates with four-digit years sort as text. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * A date as people write it ("19 July 2024", "19/07/2024", "July 2024", "Sept 2024"), in the form content takes
 * ("2024-07-19", "2024-07"), for a message's "did you mean"; undefined when it is not one of those. Day-first, as
 * in the UK.
 */
export function writtenAsContentDate(text: string): string | undefined {
  // "Mar", "March" and "Sept." all name a month; "Ma" does not.
  const month = (name: string): number | undefined => {
    const typed = name.toLowerCase().replace(/\.$/, "");
    const index = monthNames.findIndex((full) => full.toLowerCase().startsWith(typed));
    return typed.length >= 3 && index !== -1 ? index + 1 : undefined;
  };
  const pad = (value: number): string => String(value).padStart(2, "0");
  const trimmed = text.trim().replace(/(\d)(st|nd|rd|th)\b/i, "$1");
  const named = /^(?:(\d{1,2}) )?([A-Za-z]+\.?),? (\d{4})$/.exec(trimmed);
  if (named?.[2] && named[3]) {
    const monthNumber = month(named[2]);
    if (monthNumber === undefined) return undefined;
    return named[1] ? `${named[3]}-${pad(monthNumber)}-${pad(Number(named[1]))}` : `${named[3]}-${pad(monthNumber)}`;
  }
  const numeric = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(trimmed);
  if (numeric?.[1] && numeric[2] && numeric[3]) return `${numeric[3]}-${pad(Number(numeric[2]))}-${pad(Number(numeric[1]))}`;
  return undefined;
}
