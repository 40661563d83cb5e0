/** Dates, periods and financial quarters, as residents read them (lib/format/dates.ts). */
export {
  formatDate,
  formatDateRange,
  formatDue,
  formatDueShort,
  formatFinancialQuarter,
  formatMonth,
  formatPeriodMonths,
} from "../format/dates.ts";
