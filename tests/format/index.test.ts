import { test } from "uvu";
import * as assert from "uvu/assert";
import * as format from "../../lib/format/index.ts";

test("the barrel offers every date, money and number formatter", () => {
  const expected = [
    "formatCount",
    "formatDate",
    "formatDateRange",
    "formatDays",
    "formatDue",
    "formatDueShort",
    "formatFinancialQuarter",
    "formatMeasure",
    "formatMoney",
    "formatMonth",
    "formatPeriodMonths",
    "formatTimes",
    "pluralise",
  ];
  // Other formatters may join the barrel; these must stay in it.
  assert.equal(
    expected.filter((name) => !(name in format)),
    [],
  );
  assert.is(format.formatDate("2024-07-19"), "19 July 2024");
});

test.run();
