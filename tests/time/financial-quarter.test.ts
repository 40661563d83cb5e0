import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  compareQuarters,
  financialQuarterOfDate,
  financialQuarterSlug,
  financialQuarterText,
  financialYearEnd,
  financialYearOfDate,
  financialYearStart,
  financialYearText,
  nextQuarter,
  parseFinancialQuarter,
  parseFinancialYear,
  previousQuarter,
  quarterEnd,
  quarterStart,
  quartersBetween,
  type FinancialQuarter,
} from "../../lib/time/financial-quarter.ts";

const quarter = (startYear: number, number: FinancialQuarter["quarter"]): FinancialQuarter => ({ startYear, quarter: number });

test("a financial year is read when its second part is the next year's last two digits", () => {
  assert.equal(parseFinancialYear("2024/25"), { startYear: 2024 });
  assert.equal(parseFinancialYear("1999/00"), { startYear: 1999 });
  assert.equal(parseFinancialYear("2099/00"), { startYear: 2099 });
  assert.equal(parseFinancialYear("2009/10"), { startYear: 2009 });
});

test("a financial year whose parts do not follow on is not read", () => {
  assert.is(parseFinancialYear("2024/26"), undefined);
  assert.is(parseFinancialYear("2024/24"), undefined);
  assert.is(parseFinancialYear("2000/00"), undefined);
  assert.is(parseFinancialYear("2024/2025"), undefined);
  assert.is(parseFinancialYear("2024-25"), undefined);
  assert.is(parseFinancialYear("24/25"), undefined);
  assert.is(parseFinancialYear("2024/25 Q1"), undefined);
});

test("a financial quarter is read from the form councils write", () => {
  assert.equal(parseFinancialQuarter("2024/25 Q2"), quarter(2024, 2));
  assert.equal(parseFinancialQuarter("1999/00 Q4"), quarter(1999, 4));
  assert.is(parseFinancialQuarter("2024/26 Q2"), undefined);
  assert.is(parseFinancialQuarter("2024/25 Q5"), undefined);
  assert.is(parseFinancialQuarter("2024/25 Q0"), undefined);
  assert.is(parseFinancialQuarter("2024/25 q2"), undefined);
  assert.is(parseFinancialQuarter("2024/25Q2"), undefined);
});

test("financial years and quarters are written back as councils write them, and as slugs", () => {
  assert.is(financialYearText({ startYear: 2024 }), "2024/25");
  assert.is(financialYearText({ startYear: 1999 }), "1999/00");
  assert.is(financialYearText({ startYear: 2008 }), "2008/09");
  assert.is(financialQuarterText(quarter(2024, 2)), "2024/25 Q2");
  assert.is(financialQuarterSlug(quarter(2024, 2)), "2024-25-q2");
  assert.is(financialQuarterSlug(quarter(2099, 4)), "2099-00-q4");
});

test("reading and writing a quarter gives back the same text", () => {
  for (const text of ["2024/25 Q1", "2024/25 Q4", "1999/00 Q3", "2030/31 Q2"]) {
    const parsed = parseFinancialQuarter(text);
    assert.ok(parsed, text);
    assert.is(financialQuarterText(parsed), text);
  }
});

test("31 March is in the old financial year and 1 April in the new one", () => {
  assert.equal(financialYearOfDate("2025-03-31"), { startYear: 2024 });
  assert.equal(financialYearOfDate("2025-04-01"), { startYear: 2025 });
  assert.equal(financialQuarterOfDate("2025-03-31"), quarter(2024, 4));
  assert.equal(financialQuarterOfDate("2025-04-01"), quarter(2025, 1));
});

test("31 December and 1 January are in the same financial year but different quarters", () => {
  assert.equal(financialYearOfDate("2024-12-31"), { startYear: 2024 });
  assert.equal(financialYearOfDate("2025-01-01"), { startYear: 2024 });
  assert.equal(financialQuarterOfDate("2024-12-31"), quarter(2024, 3));
  assert.equal(financialQuarterOfDate("2025-01-01"), quarter(2024, 4));
  assert.equal(financialQuarterOfDate("2025-01-15"), quarter(2024, 4));
});

test("every month falls in the right quarter", () => {
  const quarterOfMonth = (month: string): number => financialQuarterOfDate(`2024-${month}-15`).quarter;
  assert.equal(
    ["04", "05", "06", "07", "08", "09", "10", "11", "12", "01", "02", "03"].map(quarterOfMonth),
    [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4],
  );
  assert.equal(financialQuarterOfDate("2024-06-30"), quarter(2024, 1));
  assert.equal(financialQuarterOfDate("2024-07-01"), quarter(2024, 2));
  assert.equal(financialQuarterOfDate("2024-02-29"), quarter(2023, 4));
});

test("each quarter starts and ends on the right days", () => {
  assert.is(quarterStart(quarter(2024, 1)), "2024-04-01");
  assert.is(quarterEnd(quarter(2024, 1)), "2024-06-30");
  assert.is(quarterStart(quarter(2024, 2)), "2024-07-01");
  assert.is(quarterEnd(quarter(2024, 2)), "2024-09-30");
  assert.is(quarterStart(quarter(2024, 3)), "2024-10-01");
  assert.is(quarterEnd(quarter(2024, 3)), "2024-12-31");
  assert.is(quarterStart(quarter(2024, 4)), "2025-01-01");
  assert.is(quarterEnd(quarter(2024, 4)), "2025-03-31");
});

test("a financial year starts on 1 April and ends on 31 March", () => {
  assert.is(financialYearStart({ startYear: 2024 }), "2024-04-01");
  assert.is(financialYearEnd({ startYear: 2024 }), "2025-03-31");
  assert.is(financialYearEnd({ startYear: 1999 }), "2000-03-31");
});

test("the quarter after Q4 is Q1 of the next financial year", () => {
  assert.equal(nextQuarter(quarter(2024, 1)), quarter(2024, 2));
  assert.equal(nextQuarter(quarter(2024, 3)), quarter(2024, 4));
  assert.equal(nextQuarter(quarter(2024, 4)), quarter(2025, 1));
});

test("the quarter before Q1 is Q4 of the previous financial year", () => {
  assert.equal(previousQuarter(quarter(2025, 1)), quarter(2024, 4));
  assert.equal(previousQuarter(quarter(2024, 4)), quarter(2024, 3));
  assert.equal(previousQuarter(quarter(2024, 2)), quarter(2024, 1));
});

test("the day after a quarter ends is the start of the next quarter", () => {
  let current = quarter(2023, 1);
  for (let step = 0; step < 12; step += 1) {
    const next = nextQuarter(current);
    assert.equal(financialQuarterOfDate(quarterEnd(current)), current);
    assert.equal(financialQuarterOfDate(quarterStart(next)), next);
    assert.equal(previousQuarter(next), current);
    current = next;
  }
});

test("quarters compare by financial year and then by quarter", () => {
  assert.is(compareQuarters(quarter(2024, 4), quarter(2025, 1)), -1);
  assert.is(compareQuarters(quarter(2025, 1), quarter(2024, 4)), 1);
  assert.is(compareQuarters(quarter(2024, 2), quarter(2024, 2)), 0);
  assert.is(compareQuarters(quarter(2024, 1), quarter(2024, 3)), -1);
});

test("quarters between two quarters include both ends and cross financial years", () => {
  assert.equal(quartersBetween(quarter(2024, 3), quarter(2025, 2)).map(financialQuarterText), [
    "2024/25 Q3",
    "2024/25 Q4",
    "2025/26 Q1",
    "2025/26 Q2",
  ]);
  assert.equal(quartersBetween(quarter(2024, 2), quarter(2024, 2)), [quarter(2024, 2)]);
  assert.equal(quartersBetween(quarter(2025, 1), quarter(2024, 4)), []);
});

test.run();
