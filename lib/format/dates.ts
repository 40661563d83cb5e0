/**
 * Dates for people, in GOV.UK style (https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style#dates):
 * "19 July 2024", no ordinals or leading zeros, "to" in ranges, and months rather than quarter numbers for
 * residents ("July to September 2024").
 */
import { dateParts, monthNames } from "../time/calendar.ts";
import type { DueDate } from "../time/due-date.ts";
import {
  financialYearOfDate,
  financialYearText,
  parseFinancialQuarter,
  quarterEnd,
  quarterStart,
  type FinancialQuarter,
} from "../time/financial-quarter.ts";

const monthPattern = /^(\d{4})-(\d{2})$/;

function monthName(month: number): string {
  const name = monthNames[month - 1];
  if (name === undefined) throw new Error(`month ${month} does not exist`);
  return name;
}

/** "19 July 2024" from "2024-07-19". */
export function formatDate(date: string): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${monthName(month)} ${year}`;
}

/** "March 2025" from "2025-03" (or from any day in it, "2025-03-31"). */
export function formatMonth(month: string): string {
  const match = monthPattern.exec(month);
  if (match) return `${monthName(Number(match[2]))} ${Number(match[1])}`;
  const parts = dateParts(month);
  return `${monthName(parts.month)} ${parts.year}`;
}

/** "1 April 2024 to 31 March 2027". */
export function formatDateRange(from: string, to: string): string {
  return `${formatDate(from)} to ${formatDate(to)}`;
}

/** The months from one date to another: "March 2025", "January to March 2025", "October 2024 to March 2025". */
function formatMonthSpan(from: string, to: string): string {
  const start = dateParts(from);
  const end = dateParts(to);
  if (start.year !== end.year) return `${formatMonth(from)} to ${formatMonth(to)}`;
  if (start.month === end.month) return formatMonth(from);
  return `${monthName(start.month)} to ${monthName(end.month)} ${end.year}`;
}

/**
 * "July to September 2024" for 2024/25 Q2; "January to March 2025" for 2024/25 Q4. Takes the quarter as
 * the content writes it ("2024/25 Q2") too, as milestone histories and measure values carry it.
 */
export function formatQuarterMonths(quarter: FinancialQuarter | string): string {
  const parsed = typeof quarter === "string" ? parseFinancialQuarter(quarter) : quarter;
  if (!parsed) throw new Error(`"${String(quarter)}" is not a financial quarter such as "2024/25 Q2"`);
  return formatMonthSpan(quarterStart(parsed), quarterEnd(parsed));
}

/** "Quarter 2 2024/25", as progress reports title themselves. */
export function formatFinancialQuarter(quarter: FinancialQuarter): string {
  return `Quarter ${quarter.quarter} ${financialYearText(quarter)}`;
}

/** The first and last day of a dated due date; parseDueDate always sets both unless the work is ongoing. */
function duePeriod(due: DueDate): { start: string; end: string } {
  if (due.start === undefined || due.end === undefined) {
    throw new Error(`due date "${due.text}" (${due.precision}) has no start and end: make it with parseDueDate`);
  }
  return { start: due.start, end: due.end };
}

/**
 * A due date in a sentence, saying how precise it is: "by 31 March 2025", "by March 2025",
 * "in January to March 2025", "during 2024/25", "ongoing, no end date".
 */
export function formatDue(due: DueDate): string {
  if (due.precision === "ongoing") return "ongoing, no end date";
  const { start, end } = duePeriod(due);
  switch (due.precision) {
    case "day":
      return `by ${formatDate(end)}`;
    case "month":
      return `by ${formatMonth(end)}`;
    case "quarter":
      return `in ${formatMonthSpan(start, end)}`;
    case "financial year":
      return `during ${financialYearText(financialYearOfDate(start))}`;
  }
}

/** A due date in a table cell: "31 March 2025", "March 2025", "January to March 2025", "2024/25", "Ongoing". */
export function formatDueShort(due: DueDate): string {
  if (due.precision === "ongoing") return "Ongoing";
  const { start, end } = duePeriod(due);
  switch (due.precision) {
    case "day":
      return formatDate(end);
    case "month":
      return formatMonth(end);
    case "quarter":
      return formatMonthSpan(start, end);
    case "financial year":
      return financialYearText(financialYearOfDate(start));
  }
}
