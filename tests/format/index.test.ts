import { test } from "uvu";
import * as assert from "uvu/assert";
import * as format from "../../lib/format/index.ts";

test("the barrel offers every formatter templates use", () => {
  assert.equal(Object.keys(format).sort(), [
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
    "formatQuarterMonths",
    "formatTimes",
    "pluralise",
  ]);
  assert.is(format.formatDate("2024-07-19"), "19 July 2024");
});

test.run();
