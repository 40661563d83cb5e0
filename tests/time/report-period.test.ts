import { test } from "uvu";
import * as assert from "uvu/assert";
import { compareReportPeriods, parseReportPeriod, reportPeriodForms, type ReportPeriod } from "../../lib/time/report-period.ts";

/** A period the test knows to be valid. */
function period(text: string): ReportPeriod {
  const parsed = parseReportPeriod(text);
  if ("problem" in parsed) throw new Error(`test set-up: ${parsed.problem}`);
  return parsed;
}

test("a quarter covers its three months of the financial year", () => {
  assert.equal(period("2024/25 Q2"), {
    text: "2024/25 Q2",
    cadence: "quarter",
    start: "2024-07-01",
    end: "2024-09-30",
    quarter: { startYear: 2024, quarter: 2 },
  });
});

test("the first half year is April to September, the second October to March", () => {
  assert.equal(period("2024/25 H1"), { text: "2024/25 H1", cadence: "half year", start: "2024-04-01", end: "2024-09-30", half: 1 });
  assert.equal(period("2024/25 H2"), { text: "2024/25 H2", cadence: "half year", start: "2024-10-01", end: "2025-03-31", half: 2 });
});

test("a whole financial year runs from 1 April to 31 March", () => {
  assert.equal(period("2024/25"), { text: "2024/25", cadence: "year", start: "2024-04-01", end: "2025-03-31" });
});

test("two dates cover the days from the first to the second", () => {
  assert.equal(period("2024-04-01 to 2024-12-31"), {
    text: "2024-04-01 to 2024-12-31",
    cadence: "dates",
    start: "2024-04-01",
    end: "2024-12-31",
  });
  assert.equal(period("2024-11-30 to 2024-11-30").cadence, "dates", "one day is a period too");
});

test("a period in none of the forms is a problem that lists the forms", () => {
  for (const text of ["Quarter 2", "2024/25 Q5", "2024/26 Q2", "2024/26 H1", "2024/25 H3", "2024/26", "July to September 2024", ""]) {
    const parsed = parseReportPeriod(text);
    assert.ok("problem" in parsed, text);
    if ("problem" in parsed) {
      assert.is(parsed.problem, `"${text}" is not a period a report can cover`);
      assert.is(parsed.hint, `write ${reportPeriodForms}`);
    }
  }
  for (const form of ['"2024/25 Q2"', '"2024/25 H1"', '"2024/25 H2"', '"2024/25"', '"2024-04-01 to 2024-12-31"']) {
    assert.ok(reportPeriodForms.includes(form), form);
  }
});

test("two dates that do not exist, or that run backwards, are a problem saying which", () => {
  assert.equal(parseReportPeriod("2024-02-30 to 2024-12-31"), {
    problem: '"2024-02-30" is not a real date',
    hint: "check the day exists in that month",
  });
  assert.equal(parseReportPeriod("2024-04-01 to 2024-06-31"), {
    problem: '"2024-06-31" is not a real date',
    hint: "check the day exists in that month",
  });
  assert.equal(parseReportPeriod("2024-12-31 to 2024-04-01"), {
    problem: "the period ends (2024-04-01) before it starts (2024-12-31)",
    hint: "write the earlier date first",
  });
});

test("periods sort by the day they end, and of two ending the same day the longer comes first", () => {
  const sorted = ["2025/26 Q1", "2024/25 H2", "2024/25 Q4", "2024/25", "2024/25 H1", "2024/25 Q2", "2024-04-01 to 2024-12-31", "2024/25 Q3"]
    .map(period)
    .sort(compareReportPeriods)
    .map((entry) => entry.text);
  assert.equal(sorted, [
    "2024/25 H1",
    "2024/25 Q2",
    "2024-04-01 to 2024-12-31",
    "2024/25 Q3",
    "2024/25",
    "2024/25 H2",
    "2024/25 Q4",
    "2025/26 Q1",
  ]);
  assert.is(compareReportPeriods(period("2024/25 Q2"), period("2024/25 Q2")), 0);
});

test.run();
