/**
 * The period a progress report covers. Councils report every quarter, every six months, once a year, or over
 * dates of their own ("April to December 2024"), so a report's period is a quarter, a half of a financial year,
 * a whole financial year, or two dates; each is a span from `start` to `end`.
 */
import { compareDates, isRealDate } from "./calendar.ts";
import {
  financialYearEnd,
  financialYearStart,
  parseFinancialQuarter,
  parseFinancialYear,
  quarterEnd,
  quarterStart,
  type FinancialQuarter,
} from "./financial-quarter.ts";
import { calendarDate } from "./calendar.ts";

export type ReportCadence = "quarter" | "half year" | "year" | "dates";

export interface ReportPeriod {
  /** As the council wrote it: "2024/25 Q2", "2024/25 H1", "2024/25", "2024-04-01 to 2024-12-31". */
  text: string;
  cadence: ReportCadence;
  start: string;
  end: string;
  /** Set when the period is a financial quarter. */
  quarter?: FinancialQuarter;
  /** 1 or 2, when the period is a half year. */
  half?: 1 | 2;
}

export interface ReportPeriodProblem {
  problem: string;
  hint: string;
}

export const reportPeriodForms =
  'a quarter "2024/25 Q2", a half year "2024/25 H1" (April to September) or "2024/25 H2" (October to March), a financial year "2024/25", or two dates "2024-04-01 to 2024-12-31"';

const halfPattern = /^(\d{4}\/\d{2}) H([12])$/;
const datesPattern = /^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/;

export function parseReportPeriod(text: string): ReportPeriod | ReportPeriodProblem {
  const quarter = parseFinancialQuarter(text);
  if (quarter) return { text, cadence: "quarter", start: quarterStart(quarter), end: quarterEnd(quarter), quarter };
  const year = parseFinancialYear(text);
  if (year) return { text, cadence: "year", start: financialYearStart(year), end: financialYearEnd(year) };
  const half = halfPattern.exec(text);
  const halfYear = half && parseFinancialYear(half[1] ?? "");
  if (half && halfYear) {
    const first = half[2] === "1";
    return {
      text,
      cadence: "half year",
      start: first ? financialYearStart(halfYear) : calendarDate(halfYear.startYear, 10, 1),
      end: first ? calendarDate(halfYear.startYear, 9, 30) : financialYearEnd(halfYear),
      half: first ? 1 : 2,
    };
  }
  const dates = datesPattern.exec(text);
  if (dates) {
    const [, start = "", end = ""] = dates;
    if (!isRealDate(start)) return { problem: `"${start}" is not a real date`, hint: "check the day exists in that month" };
    if (!isRealDate(end)) return { problem: `"${end}" is not a real date`, hint: "check the day exists in that month" };
    if (compareDates(end, start) < 0)
      return { problem: `the period ends (${end}) before it starts (${start})`, hint: "write the earlier date first" };
    return { text, cadence: "dates", start, end };
  }
  return { problem: `"${text}" is not a period a report can cover`, hint: `write ${reportPeriodForms}` };
}

/** Earlier periods first; of two ending the same day, the longer first. */
export function compareReportPeriods(a: ReportPeriod, b: ReportPeriod): number {
  return compareDates(a.end, b.end) || compareDates(a.start, b.start);
}
