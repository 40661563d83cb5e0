/**
 * Dates for people, in GOV.UK style (https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style#dates):
 * "19 July 2024", no ordinals or leading zeros, "to" in ranges, and months rather than quarter numbers for
 * residents ("July to September 2024").
 */
import { capitaliseFirst } from "./numbers.ts";
import { dateParts, monthNames } from "../time/calendar.ts";
import type { DueDate } from "../time/due-date.ts";
import { parseReportPeriod, type ReportPeriod } from "../time/report-period.ts";
import { financialYearOfDate, financialYearText, quarterEnd, quarterStart, type FinancialQuarter } from "../time/financial-quarter.ts";

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
 * "July to September 2024" for 2024/25 Q2; "January to March 2025" for 2024/25 Q4. Takes a report's period as the
 * content writes it ("2024/25 Q2", "2024/25 H1", "2024/25") too, as milestone histories and measure values carry it.
 */
export function formatPeriodMonths(period: FinancialQuarter | string): string {
  if (typeof period !== "string") return formatMonthSpan(quarterStart(period), quarterEnd(period));
  const parsed = parseReportPeriod(period);
  if ("problem" in parsed) throw new Error(`"${period}" is not a report period such as "2024/25 Q2"`);
  return formatReportPeriod(parsed);
}

/** "Quarter 2 2024/25", as progress reports title themselves. */
export function formatFinancialQuarter(quarter: FinancialQuarter): string {
  return `Quarter ${quarter.quarter} ${financialYearText(quarter)}`;
}

/** The first and last day of a due date that has both; parseDueDate sets them for every such precision. */
function duePeriod(due: DueDate): { start: string; end: string } {
  if (due.start === undefined || due.end === undefined) {
    throw new Error(`due date "${due.text}" (${due.precision}) has no start and end: make it with parseDueDate`);
  }
  return { start: due.start, end: due.end };
}

/** The end of a due date that has one ("by" dates have an end but no start). */
function dueEnd(due: DueDate): string {
  if (due.end === undefined) throw new Error(`due date "${due.text}" (${due.precision}) has no end: make it with parseDueDate`);
  return due.end;
}

/**
 * A due date in a sentence, saying how precise it is: "by 31 March 2025", "by March 2025",
 * "in January to March 2025", "during 2024/25", "during 2025", "ongoing, no end date", "every quarter", "no date given".
 */
export function formatDue(due: DueDate): string {
  switch (due.precision) {
    case "ongoing":
      return "ongoing, no end date";
    case "recurring":
      return due.text;
    case "no date":
      return "no date given";
    case "day":
    case "by day":
      return `by ${formatDate(dueEnd(due))}`;
    case "month":
    case "by month":
      return `by ${formatMonth(dueEnd(due))}`;
    case "quarter": {
      const { start, end } = duePeriod(due);
      return `in ${formatMonthSpan(start, end)}`;
    }
    case "financial year":
      return `during ${financialYearText(financialYearOfDate(duePeriod(due).start))}`;
    case "calendar year":
      return `during ${due.text}`;
  }
}

/**
 * A due date in a table cell: "31 March 2025", "By 31 March 2025", "March 2025", "January to March 2025", "2024/25",
 * "During 2025", "Ongoing", "Every quarter", "No date given".
 */
export function formatDueShort(due: DueDate): string {
  switch (due.precision) {
    case "ongoing":
      return "Ongoing";
    case "recurring":
      return capitaliseFirst(due.text);
    case "no date":
      return "No date given";
    case "day":
      return formatDate(dueEnd(due));
    case "by day":
      return `By ${formatDate(dueEnd(due))}`;
    case "month":
      return formatMonth(dueEnd(due));
    case "by month":
      return `By ${formatMonth(dueEnd(due))}`;
    case "quarter": {
      const { start, end } = duePeriod(due);
      return formatMonthSpan(start, end);
    }
    case "financial year":
      return financialYearText(financialYearOfDate(duePeriod(due).start));
    case "calendar year":
      return `During ${due.text}`;
  }
}

/**
 * The period a report covers, for residents: "July to September 2024" for a quarter, "April to September 2024" for
 * a half year, "April 2024 to March 2025" for a year, "1 April to 31 December 2024" for two dates.
 */
export function formatReportPeriod(period: ReportPeriod): string {
  if (period.cadence === "dates") {
    const start = dateParts(period.start);
    const end = dateParts(period.end);
    return start.year === end.year
      ? `${start.day} ${monthName(start.month)} to ${formatDate(period.end)}`
      : formatDateRange(period.start, period.end);
  }
  return formatMonthSpan(period.start, period.end);
}

/** A report's name, as councils title them: "Quarter 2 2024/25", "First half of 2024/25", "2024/25", "1 April to 31 December 2024". */
export function formatReportName(period: ReportPeriod): string {
  if (period.quarter) return formatFinancialQuarter(period.quarter);
  if (period.cadence === "half year") return `${period.half === 1 ? "First" : "Second"} half of ${period.text.slice(0, 7)}`;
  if (period.cadence === "year") return `Year ${period.text}`;
  return formatReportPeriod(period);
}
