import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  compareDueDates,
  dueDateForms,
  isDated,
  isDueDateProblem,
  isPastDue,
  noDueDate,
  parseDueDate,
  type DueDate,
} from "../../lib/time/due-date.ts";

/** A due date the test knows to be valid. */
function due(text: string | undefined): DueDate {
  const parsed = parseDueDate(text);
  if (isDueDateProblem(parsed)) throw new Error(`test set-up: ${parsed.problem}`);
  return parsed;
}

test("a day is due on that day", () => {
  assert.equal(parseDueDate("2025-03-31"), { text: "2025-03-31", precision: "day", start: "2025-03-31", end: "2025-03-31" });
  assert.equal(parseDueDate("2024-02-29"), { text: "2024-02-29", precision: "day", start: "2024-02-29", end: "2024-02-29" });
});

test("a month runs from its first to its last day, including 29 February in a leap year", () => {
  assert.equal(parseDueDate("2025-03"), { text: "2025-03", precision: "month", start: "2025-03-01", end: "2025-03-31" });
  assert.equal(parseDueDate("2024-02"), { text: "2024-02", precision: "month", start: "2024-02-01", end: "2024-02-29" });
  assert.equal(parseDueDate("2025-02"), { text: "2025-02", precision: "month", start: "2025-02-01", end: "2025-02-28" });
  assert.equal(parseDueDate("2024-12"), { text: "2024-12", precision: "month", start: "2024-12-01", end: "2024-12-31" });
});

test("a quarter runs over its three months of the financial year", () => {
  assert.equal(parseDueDate("2024/25 Q4"), { text: "2024/25 Q4", precision: "quarter", start: "2025-01-01", end: "2025-03-31" });
  assert.equal(parseDueDate("2024/25 Q1"), { text: "2024/25 Q1", precision: "quarter", start: "2024-04-01", end: "2024-06-30" });
});

test("a financial year runs from 1 April to 31 March", () => {
  assert.equal(parseDueDate("2024/25"), { text: "2024/25", precision: "financial year", start: "2024-04-01", end: "2025-03-31" });
  assert.equal(parseDueDate("1999/00"), { text: "1999/00", precision: "financial year", start: "1999-04-01", end: "2000-03-31" });
});

test("ongoing work has no start or end", () => {
  assert.equal(parseDueDate("ongoing"), { text: "ongoing", precision: "ongoing" });
});

test("a day that does not exist is reported with the number of days in that month", () => {
  assert.equal(parseDueDate("2025-02-30"), { problem: "2025-02-30 is not a real date", hint: "February 2025 has 28 days" });
  assert.equal(parseDueDate("2023-02-29"), { problem: "2023-02-29 is not a real date", hint: "February 2023 has 28 days" });
  assert.equal(parseDueDate("2025-04-31"), { problem: "2025-04-31 is not a real date", hint: "April 2025 has 30 days" });
  assert.equal(parseDueDate("2025-13-01"), { problem: "2025-13-01 is not a real date", hint: "month 13 does not exist" });
});

test("a month that does not exist is reported", () => {
  const problem = parseDueDate("2025-13");
  assert.ok(isDueDateProblem(problem));
  assert.is(problem.problem, "month 13 does not exist");
  assert.match(problem.hint ?? "", /01 to 12/);
  assert.ok(isDueDateProblem(parseDueDate("2025-00")));
});

test("a financial year or quarter whose parts do not follow on is reported with the right form", () => {
  const year = parseDueDate("2024/26");
  assert.ok(isDueDateProblem(year));
  assert.is(year.problem, "2024/26 is not a financial year: write 2024/25");
  const quarter = parseDueDate("2024/26 Q4");
  assert.ok(isDueDateProblem(quarter));
  assert.is(quarter.problem, "2024/26 Q4 is not a financial quarter: write 2024/25 Q4");
});

test("text in none of the forms is reported with the forms allowed", () => {
  const problem = parseDueDate("at regular intervals");
  assert.ok(isDueDateProblem(problem));
  assert.is(problem.problem, '"at regular intervals" is not a due date');
  assert.match(problem.hint ?? "", /"2024\/25 Q4"/);
  assert.ok(isDueDateProblem(parseDueDate("Ongoing")));
});

test("something due on a day is past due the day after, not on the day", () => {
  assert.not.ok(isPastDue(due("2025-03-31"), "2025-03-30"));
  assert.not.ok(isPastDue(due("2025-03-31"), "2025-03-31"));
  assert.ok(isPastDue(due("2025-03-31"), "2025-04-01"));
});

test("something due in a month, quarter or financial year is past due only after the period ends", () => {
  assert.not.ok(isPastDue(due("2025-03"), "2025-03-31"));
  assert.ok(isPastDue(due("2025-03"), "2025-04-01"));
  assert.not.ok(isPastDue(due("2024/25 Q3"), "2024-12-31"));
  assert.ok(isPastDue(due("2024/25 Q3"), "2025-01-01"));
  assert.not.ok(isPastDue(due("2024/25"), "2025-03-31"));
  assert.ok(isPastDue(due("2024/25"), "2025-04-01"));
  assert.not.ok(isPastDue(due("2024-02"), "2024-02-29"));
});

test("ongoing work is never past due", () => {
  assert.not.ok(isPastDue(due("ongoing"), "2099-12-31"));
});

test("due dates sort by the end of their period, wider periods first on the same day, ongoing last", () => {
  const texts = ["ongoing", "2025-03-31", "2025-04", "2024/25", "2024/25 Q3", "2025-03", "2024-12-01", "2024/25 Q4"];
  const sorted = texts
    .map(due)
    .sort(compareDueDates)
    .map((d) => d.text);
  assert.equal(sorted, ["2024-12-01", "2024/25 Q3", "2024/25", "2024/25 Q4", "2025-03", "2025-03-31", "2025-04", "ongoing"]);
  assert.is(compareDueDates(due("ongoing"), due("ongoing")), 0);
  assert.is(compareDueDates(due("2025-03"), due("2025-03")), 0);
  assert.is(compareDueDates(due("ongoing"), due("2099/00")), 1);
});

test("a calendar year runs from 1 January to 31 December", () => {
  assert.equal(due("2025"), { text: "2025", precision: "calendar year", start: "2025-01-01", end: "2025-12-31" });
});

test("by a day or by a month ends on that day or the month's last day, with no start", () => {
  assert.equal(due("by 2025-03-31"), { text: "by 2025-03-31", precision: "by day", end: "2025-03-31" });
  assert.equal(due("by 2025-02"), { text: "by 2025-02", precision: "by month", end: "2025-02-28" });
});

test("a by date must be a real day or month", () => {
  assert.equal(parseDueDate("by 2025-02-30"), { problem: "by 2025-02-30 is not a real date", hint: "February 2025 has 28 days" });
  const other = parseDueDate("by 2024/25");
  assert.ok(isDueDateProblem(other));
  assert.match(other.problem, /"by 2024\/25" is not a due date/);
});

test("recurring work and work with no date given have no start or end", () => {
  for (const text of ["every month", "every quarter", "every six months", "every year"]) {
    assert.equal(due(text), { text, precision: "recurring" });
  }
  assert.equal(due(undefined), noDueDate);
  assert.equal(noDueDate, { text: "", precision: "no date" });
});

test("only a form with an end is dated, and can become overdue", () => {
  for (const text of ["2025-03-31", "2025-03", "2024/25 Q4", "2024/25", "2025", "by 2025-03-31", "by 2025-03"]) {
    assert.ok(isDated(due(text)), text);
  }
  for (const text of ["ongoing", "every quarter", undefined]) {
    assert.not.ok(isDated(due(text)), String(text));
    assert.not.ok(isPastDue(due(text), "2099-12-31"), String(text));
  }
});

test("a calendar year or a by date is past due only once its last day has passed", () => {
  assert.not.ok(isPastDue(due("2025"), "2025-12-31"));
  assert.ok(isPastDue(due("2025"), "2026-01-01"));
  assert.not.ok(isPastDue(due("by 2025-03-31"), "2025-03-31"));
  assert.ok(isPastDue(due("by 2025-03-31"), "2025-04-01"));
  assert.not.ok(isPastDue(due("by 2025-03"), "2025-03-31"));
  assert.ok(isPastDue(due("by 2025-03"), "2025-04-01"));
});

test("the forms a due date can take are listed for messages, with an example of each", () => {
  for (const example of [
    '"2025-03-31"',
    '"2025-03"',
    '"2024/25 Q4"',
    '"2024/25"',
    '"2025"',
    '"by 2025-03-31"',
    '"ongoing"',
    '"every quarter"',
    "leave it out",
  ]) {
    assert.ok(dueDateForms.includes(example), example);
  }
});

test("recurring and undated work sorts after every dated form", () => {
  const sorted = ["every quarter", "2025", "by 2025-03-31", "ongoing", "2024/25"].map(due).concat(noDueDate).sort(compareDueDates);
  assert.equal(
    sorted.slice(0, 3).map((entry) => entry.text),
    ["2024/25", "by 2025-03-31", "2025"],
  );
  assert.equal(
    sorted.slice(3).every((entry) => entry.end === undefined),
    true,
  );
});

test.run();
