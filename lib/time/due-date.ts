/**
 * When something is due, at the precision the council gave it. Plans say "31 March 2025", "March 2025",
 * "Quarter 4 2024/25", "2024/25", "during 2025", "by 19 July 2024", "ongoing", "every quarter", or give no date
 * at all, and the pages say how precise the date is rather than pretending every date is a day.
 *
 * The one rule for overdue (docs/officers-guide.md, "How the site decides what is overdue"): a dated form covers
 * a period from `start` to `end`, and something is overdue only once the whole period has passed ("by" a date:
 * once that day has passed). Ongoing, recurring and undated work has no end, so it is never overdue.
 */
import { recurrences } from "../schema/vocabulary.ts";
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

export type DuePrecision =
  "day" | "month" | "quarter" | "financial year" | "calendar year" | "by day" | "by month" | "ongoing" | "recurring" | "no date";

export interface DueDate {
  /** As the council wrote it: "2025-03-31", "2025-03", "2024/25 Q4", "2024/25", "2025", "by 2025-03-31", "ongoing", "every quarter"; "" for no date. */
  text: string;
  precision: DuePrecision;
  /** First day of the period ("2025-03-01" for "2025-03"); absent for ongoing, recurring and no date. */
  start?: string;
  /** Last day of the period ("2025-03-31" for "2025-03"); absent for ongoing, recurring and no date. */
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
const calendarYearPattern = /^\d{4}$/;

/** No date given: the plan says "to be reviewed", or nothing. */
export const noDueDate: DueDate = { text: "", precision: "no date" };

const financialYearHint = "a financial year runs from 1 April to 31 March, so 2024/25 is 1 April 2024 to 31 March 2025";

/** Every form a due date can take, with an example of each, for messages. */
export const dueDateForms =
  'a day "2025-03-31", a month "2025-03", a quarter "2024/25 Q4", a financial year "2024/25", a calendar year "2025", by a date "by 2025-03-31" or "by 2025-03", "ongoing", or "every month", "every quarter", "every six months" or "every year"; leave it out if no date is given';

/** Reads a due date; an impossible one ("2025-02-30", "2025-13", "2024/26") becomes a problem to report. No text is no date. */
export function parseDueDate(text: string | undefined): DueDate | DueDateProblem {
  if (text === undefined) return noDueDate;
  if (text === "ongoing") return { text, precision: "ongoing" };
  if ((recurrences as readonly string[]).includes(text)) return { text, precision: "recurring" };
  if (calendarYearPattern.test(text)) {
    const year = Number(text);
    return { text, precision: "calendar year", start: calendarDate(year, 1, 1), end: calendarDate(year, 12, 31) };
  }
  if (text.startsWith("by ")) {
    const deadline = parseDueDate(text.slice(3));
    // Name the whole value in the problem, as written: "by 2024-09-31 is not a real date".
    if ("problem" in deadline) return { ...deadline, problem: deadline.problem.replace(text.slice(3), text) };
    if (deadline.precision !== "day" && deadline.precision !== "month") {
      return { problem: `"${text}" is not a due date`, hint: 'after "by", write a day "2025-03-31" or a month "2025-03"' };
    }
    // "By March 2025" is met by the end of March; the period is open at the start.
    return {
      text,
      precision: deadline.precision === "day" ? "by day" : "by month",
      ...(deadline.end !== undefined && { end: deadline.end }),
    };
  }

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

  return { problem: `"${text}" is not a due date`, hint: `write ${dueDateForms}` };
}

/** True when parseDueDate could not read the text. */
export function isDueDateProblem(due: DueDate | DueDateProblem): due is DueDateProblem {
  return "problem" in due;
}

/** True once the whole period has passed: a milestone due in March 2025 is not overdue on 31 March 2025. */
export function isPastDue(due: DueDate, asOf: string): boolean {
  return due.end !== undefined && compareDates(asOf, due.end) > 0;
}

/** True for a due date with an end: one that can become overdue. */
export function isDated(due: DueDate): boolean {
  return due.end !== undefined;
}

/**
 * For sorting: by the last day of the period, then the wider period first (so "2024/25" comes before
 * "2025-03-31", which ends the same day), with ongoing, recurring and undated work last.
 */
export function compareDueDates(a: DueDate, b: DueDate): -1 | 0 | 1 {
  if (a.end === undefined || b.end === undefined) {
    if (a.end === b.end) return 0;
    return a.end === undefined ? 1 : -1;
  }
  return compareDates(a.end, b.end) || compareDates(a.start ?? a.end, b.start ?? b.end);
}
