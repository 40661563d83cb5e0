import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  formatDate,
  formatDateRange,
  formatDue,
  formatDueShort,
  formatFinancialQuarter,
  formatMonth,
  formatPeriodMonths,
} from "../../lib/format/dates.ts";
import { isDueDateProblem, noDueDate, parseDueDate, type DueDate } from "../../lib/time/due-date.ts";

function due(text: string | undefined): DueDate {
  const parsed = parseDueDate(text);
  if (isDueDateProblem(parsed)) throw new Error(`test set-up: ${parsed.problem}`);
  return parsed;
}

test("a date is written in full, with no leading zero and no ordinal", () => {
  assert.is(formatDate("2024-07-19"), "19 July 2024");
  assert.is(formatDate("2024-04-01"), "1 April 2024");
  assert.is(formatDate("2024-02-29"), "29 February 2024");
  assert.is(formatDate("2025-12-31"), "31 December 2025");
});

test("a date that does not exist is refused rather than shown", () => {
  assert.throws(() => formatDate("2025-02-30"), /not a calendar date/);
});

test("a month is written as its name and year", () => {
  assert.is(formatMonth("2025-03"), "March 2025");
  assert.is(formatMonth("2024-01"), "January 2024");
  assert.is(formatMonth("2025-03-31"), "March 2025");
  assert.throws(() => formatMonth("2025-13"), /month 13 does not exist/);
});

test("a date range is joined with 'to'", () => {
  assert.is(formatDateRange("2024-04-01", "2027-03-31"), "1 April 2024 to 31 March 2027");
});

test("a quarter is written as its months, with the calendar year", () => {
  assert.is(formatPeriodMonths({ startYear: 2024, quarter: 1 }), "April to June 2024");
  assert.is(formatPeriodMonths({ startYear: 2024, quarter: 2 }), "July to September 2024");
  assert.is(formatPeriodMonths({ startYear: 2024, quarter: 3 }), "October to December 2024");
  assert.is(formatPeriodMonths({ startYear: 2024, quarter: 4 }), "January to March 2025");
});

test("a report period written as the content writes it is also shown as its months", () => {
  assert.is(formatPeriodMonths("2024/25 H1"), "April to September 2024");
  assert.is(formatPeriodMonths("2024/25 H2"), "October 2024 to March 2025");
  assert.is(formatPeriodMonths("2024/25"), "April 2024 to March 2025");
  assert.is(formatPeriodMonths("2024-04-01 to 2024-12-31"), "1 April to 31 December 2024");
  assert.is(formatPeriodMonths("2024/25 Q2"), "July to September 2024");
  assert.is(formatPeriodMonths("2025/26 Q4"), "January to March 2026");
  assert.throws(() => formatPeriodMonths("2024/25 Q5"), /not a report period/);
});

test("a financial quarter is written as progress reports title it", () => {
  assert.is(formatFinancialQuarter({ startYear: 2024, quarter: 2 }), "Quarter 2 2024/25");
  assert.is(formatFinancialQuarter({ startYear: 1999, quarter: 4 }), "Quarter 4 1999/00");
});

test("a due date in a sentence says how precise it is", () => {
  assert.is(formatDue(due("2025-03-31")), "by 31 March 2025");
  assert.is(formatDue(due("2025-03")), "by March 2025");
  assert.is(formatDue(due("2024/25 Q4")), "in January to March 2025");
  assert.is(formatDue(due("2024/25 Q2")), "in July to September 2024");
  assert.is(formatDue(due("2024/25")), "during 2024/25");
  assert.is(formatDue(due("1999/00")), "during 1999/00");
  assert.is(formatDue(due("ongoing")), "ongoing, no end date");
  assert.is(formatDue(due("2025")), "during 2025");
  assert.is(formatDue(due("by 2025-03-31")), "by 31 March 2025");
  assert.is(formatDue(due("by 2025-03")), "by March 2025");
  assert.is(formatDue(due("every quarter")), "every quarter");
  assert.is(formatDue(due("every six months")), "every six months");
  assert.is(formatDue(noDueDate), "no date given");
  assert.is(formatDue(due(undefined)), "no date given");
});

test("a due date in a table is short", () => {
  assert.is(formatDueShort(due("2025-03-31")), "31 March 2025");
  assert.is(formatDueShort(due("2025-03")), "March 2025");
  assert.is(formatDueShort(due("2024/25 Q4")), "January to March 2025");
  assert.is(formatDueShort(due("2024/25")), "2024/25");
  assert.is(formatDueShort(due("ongoing")), "Ongoing");
  assert.is(formatDueShort(due("2025")), "During 2025");
  assert.is(formatDueShort(due("by 2025-03-31")), "By 31 March 2025");
  assert.is(formatDueShort(due("by 2025-03")), "By March 2025");
  assert.is(formatDueShort(due("every month")), "Every month");
  assert.is(formatDueShort(due("every year")), "Every year");
  assert.is(formatDueShort(noDueDate), "No date given");
});

test("a due date made by hand without its period is refused rather than shown wrongly", () => {
  assert.throws(() => formatDue({ text: "2025-03", precision: "month" }), /make it with parseDueDate/);
  assert.throws(() => formatDueShort({ text: "2024/25", precision: "financial year", start: "2024-04-01" }), /parseDueDate/);
});

test.run();
