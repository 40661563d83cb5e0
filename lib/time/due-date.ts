/**
 * When something is due, at the precision the council gave it. Plans say "31 March 2025", "March 2025",
 * "Quarter 4 2024/25", "2024/25" or "ongoing", and the pages say how precise the date is rather than
 * pretending every date is a day. Each precision covers a period from `start` to `end`; something is overdue
 * only once the whole period has passed.
 */
import { calendarDate, compareDates, daysInMonth, monthNames, parseCalendarDate } from "./calendar.ts";
import {
  financialYearEnd,
  financialYearStart,
  financialYearText,
  parseFinancialQuarter,
  parseFinancialYear,
  quarterEnd,
  quarterStart,
} from "./financial-quarter.ts";

export type DuePrecision = "day" | "month" | "quarter" | "financial year" | "ongoing";

export interface DueDate {
  /** As the council wrote it: "2025-03-31", "2025-03", "2024/25 Q4", "2024/25" or "ongoing". */
  text: string;
  precision: DuePrecision;
  /** First day of the period ("2025-03-01" for "2025-03"); absent for ongoing. */
  start?: string;
  /** Last day of the period ("2025-03-31" for "2025-03"); absent for ongoing. */
  end?: string;
}

/** Why a due date cannot be read, in words an officer can act on; `hint` says what to write instead. */
export interface DueDateProblem {
  problem: string;
  hint?: string;
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const monthPattern = /^(\d{4})-(\d{2})$/;
const quarterPattern = /^(\d{4})\/\d{2} (Q[1-4])$/;
const financialYearPattern = /^(\d{4})\/\d{2}$/;

const financialYearHint = "a financial year runs from 1 April to 31 March, so 2024/25 is 1 April 2024 to 31 March 2025";

const forms = 'a day "2025-03-31", a month "2025-03", a quarter "2024/25 Q4", a financial year "2024/25", or "ongoing"';

/** Reads a due date; an impossible one ("2025-02-30", "2025-13", "2024/26") becomes a problem to report. */
export function parseDueDate(text: string): DueDate | DueDateProblem {
  if (text === "ongoing") return { text, precision: "ongoing" };

  const day = dayPattern.exec(text);
  if (day) {
    if (parseCalendarDate(text)) return { text, precision: "day", start: text, end: text };
    const year = Number(day[1]);
    const month = Number(day[2]);
    if (month < 1 || month > 12) return { problem: `${text} is not a real date`, hint: `month ${month} does not exist` };
    const monthName = monthNames[month - 1] ?? "";
    const days = daysInMonth(year, month);
    return { problem: `${text} is not a real date`, hint: `${monthName} ${year} has ${days} days` };
  }

  const month = monthPattern.exec(text);
  if (month) {
    const year = Number(month[1]);
    const monthNumber = Number(month[2]);
    if (monthNumber < 1 || monthNumber > 12) {
      return { problem: `month ${monthNumber} does not exist`, hint: 'write the month as 01 to 12, for example "2025-03" for March 2025' };
    }
    return {
      text,
      precision: "month",
      start: calendarDate(year, monthNumber, 1),
      end: calendarDate(year, monthNumber, daysInMonth(year, monthNumber)),
    };
  }

  const quarterMatch = quarterPattern.exec(text);
  if (quarterMatch) {
    const quarter = parseFinancialQuarter(text);
    if (quarter) return { text, precision: "quarter", start: quarterStart(quarter), end: quarterEnd(quarter) };
    const startYear = Number(quarterMatch[1]);
    const suggestion = `${financialYearText({ startYear })} ${quarterMatch[2] ?? ""}`;
    return { problem: `${text} is not a financial quarter: write ${suggestion}`, hint: financialYearHint };
  }

  if (financialYearPattern.test(text)) {
    const year = parseFinancialYear(text);
    if (year) return { text, precision: "financial year", start: financialYearStart(year), end: financialYearEnd(year) };
    const startYear = Number(text.slice(0, 4));
    return { problem: `${text} is not a financial year: write ${financialYearText({ startYear })}`, hint: financialYearHint };
  }

  return { problem: `"${text}" is not a due date`, hint: `write ${forms}` };
}

/** True when parseDueDate could not read the text. */
export function isDueDateProblem(due: DueDate | DueDateProblem): due is DueDateProblem {
  return "problem" in due;
}

/** True once the whole period has passed: a milestone due in March 2025 is not overdue on 31 March 2025. */
export function isPastDue(due: DueDate, asOf: string): boolean {
  return due.end !== undefined && compareDates(asOf, due.end) > 0;
}

/**
 * For sorting: by the last day of the period, then the wider period first (so "2024/25" comes before
 * "2025-03-31", which ends the same day), with ongoing work last.
 */
export function compareDueDates(a: DueDate, b: DueDate): -1 | 0 | 1 {
  if (a.end === undefined || b.end === undefined) {
    if (a.end === b.end) return 0;
    return a.end === undefined ? 1 : -1;
  }
  return compareDates(a.end, b.end) || compareDates(a.start ?? a.end, b.start ?? b.end);
}
