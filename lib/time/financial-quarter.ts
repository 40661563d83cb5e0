/**
 * The council's financial year runs from 1 April to 31 March and is written "2024/25". Its quarters are
 * counted from April: "2024/25 Q2" is July to September 2024 and "2024/25 Q4" is January to March 2025.
 */
import { calendarDate, dateParts, daysInMonth } from "./calendar.ts";

export interface FinancialYear {
  /** The calendar year in which it starts on 1 April: 2024 for 2024/25. */
  startYear: number;
}

export interface FinancialQuarter {
  /** The calendar year in which its financial year starts: 2024 for any quarter of 2024/25. */
  startYear: number;
  quarter: 1 | 2 | 3 | 4;
}

const financialYearPattern = /^(\d{4})\/(\d{2})$/;
const financialQuarterPattern = /^(\d{4}\/\d{2}) Q([1-4])$/;

/** The "25" of "2024/25": the last two digits of the year the financial year ends in. */
function endYearDigits(startYear: number): string {
  return String((startYear + 1) % 100).padStart(2, "0");
}

/**
 * "2024/25" as a financial year; undefined unless the second part is the following year's last two digits
 * ("2024/26" is a mistake, "1999/00" is fine).
 */
export function parseFinancialYear(text: string): FinancialYear | undefined {
  const match = financialYearPattern.exec(text);
  if (!match) return undefined;
  const startYear = Number(match[1]);
  return match[2] === endYearDigits(startYear) ? { startYear } : undefined;
}

/** "2024/25 Q2" as a financial quarter, or undefined. */
export function parseFinancialQuarter(text: string): FinancialQuarter | undefined {
  const match = financialQuarterPattern.exec(text);
  if (!match) return undefined;
  const year = parseFinancialYear(match[1] ?? "");
  if (!year) return undefined;
  return { startYear: year.startYear, quarter: Number(match[2]) as FinancialQuarter["quarter"] };
}

/** "2024/25". */
export function financialYearText(year: FinancialYear): string {
  return `${year.startYear}/${endYearDigits(year.startYear)}`;
}

/** "2024/25 Q2", the form councils write in content. */
export function financialQuarterText(quarter: FinancialQuarter): string {
  return `${financialYearText(quarter)} Q${quarter.quarter}`;
}

/** "2024-25-q2", for web addresses and file names. */
export function financialQuarterSlug(quarter: FinancialQuarter): string {
  return `${quarter.startYear}-${endYearDigits(quarter.startYear)}-q${quarter.quarter}`;
}

/** The financial year a date falls in: 31 March 2025 is in 2024/25, 1 April 2025 in 2025/26. */
export function financialYearOfDate(date: string): FinancialYear {
  const { year, month } = dateParts(date);
  return { startYear: month >= 4 ? year : year - 1 };
}

/** The financial quarter a date falls in: 15 January 2025 is in 2024/25 Q4. */
export function financialQuarterOfDate(date: string): FinancialQuarter {
  const { month } = dateParts(date);
  // April is month 0 of the financial year, March month 11.
  const monthOfYear = (month + 8) % 12;
  const quarter = (Math.floor(monthOfYear / 3) + 1) as FinancialQuarter["quarter"];
  return { startYear: financialYearOfDate(date).startYear, quarter };
}

/** The calendar year and month (1 to 12) a quarter starts in. */
function quarterStartMonth(quarter: FinancialQuarter): { year: number; month: number } {
  return quarter.quarter === 4
    ? { year: quarter.startYear + 1, month: 1 }
    : { year: quarter.startYear, month: 4 + (quarter.quarter - 1) * 3 };
}

/** The first day of a quarter: "2024-07-01" for 2024/25 Q2. */
export function quarterStart(quarter: FinancialQuarter): string {
  const { year, month } = quarterStartMonth(quarter);
  return calendarDate(year, month, 1);
}

/** The last day of a quarter: "2024-09-30" for 2024/25 Q2. */
export function quarterEnd(quarter: FinancialQuarter): string {
  const { year, month } = quarterStartMonth(quarter);
  const lastMonth = month + 2;
  return calendarDate(year, lastMonth, daysInMonth(year, lastMonth));
}

/** 1 April of the start year: "2024-04-01" for 2024/25. */
export function financialYearStart(year: FinancialYear): string {
  return calendarDate(year.startYear, 4, 1);
}

/** 31 March of the next year: "2025-03-31" for 2024/25. */
export function financialYearEnd(year: FinancialYear): string {
  return calendarDate(year.startYear + 1, 3, 31);
}

/** The quarter after: 2024/25 Q4 is followed by 2025/26 Q1. */
export function nextQuarter(quarter: FinancialQuarter): FinancialQuarter {
  return quarter.quarter === 4
    ? { startYear: quarter.startYear + 1, quarter: 1 }
    : { startYear: quarter.startYear, quarter: (quarter.quarter + 1) as FinancialQuarter["quarter"] };
}

/** The quarter before: 2025/26 Q1 follows 2024/25 Q4. */
export function previousQuarter(quarter: FinancialQuarter): FinancialQuarter {
  return quarter.quarter === 1
    ? { startYear: quarter.startYear - 1, quarter: 4 }
    : { startYear: quarter.startYear, quarter: (quarter.quarter - 1) as FinancialQuarter["quarter"] };
}

/** -1, 0 or 1, for sorting quarters in time order. */
export function compareQuarters(a: FinancialQuarter, b: FinancialQuarter): -1 | 0 | 1 {
  const difference = a.startYear - b.startYear || a.quarter - b.quarter;
  return difference === 0 ? 0 : difference < 0 ? -1 : 1;
}

/** Every quarter from `from` to `to`, both included; empty when `to` is before `from`. */
export function quartersBetween(from: FinancialQuarter, to: FinancialQuarter): FinancialQuarter[] {
  const quarters: FinancialQuarter[] = [];
  for (let quarter = from; compareQuarters(quarter, to) <= 0; quarter = nextQuarter(quarter)) {
    quarters.push({ startYear: quarter.startYear, quarter: quarter.quarter });
  }
  return quarters;
}
