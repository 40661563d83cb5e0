import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatCount, formatDays, formatMeasure, formatTimes, pluralise } from "../../lib/format/numbers.ts";

test("counts have commas from a thousand", () => {
  assert.is(formatCount(0), "0");
  assert.is(formatCount(999), "999");
  assert.is(formatCount(1204), "1,204");
  assert.is(formatCount(1234567), "1,234,567");
  assert.is(formatCount(-1200), "-1,200");
  assert.is(formatCount(-0), "0");
});

test("counts keep up to three decimal places", () => {
  assert.is(formatCount(71.5), "71.5");
  assert.is(formatCount(3.25), "3.25");
  assert.is(formatCount(1.23456), "1.235");
  assert.is(formatCount(2.0), "2");
  assert.throws(() => formatCount(Number.NaN), /cannot show NaN/);
});

test("a word is singular for one and plural otherwise", () => {
  assert.is(pluralise(1, "action"), "1 action");
  assert.is(pluralise(0, "action"), "0 actions");
  assert.is(pluralise(3, "action"), "3 actions");
  assert.is(pluralise(1204, "call"), "1,204 calls");
  assert.is(pluralise(1, "activity", "activities"), "1 activity");
  assert.is(pluralise(2, "activity", "activities"), "2 activities");
  assert.is(pluralise(-1, "day"), "-1 day");
});

test("days are counted as 1 day or many days", () => {
  assert.is(formatDays(1), "1 day");
  assert.is(formatDays(45), "45 days");
  assert.is(formatDays(0), "0 days");
  assert.is(formatDays(1096), "1,096 days");
});

test("times are once, twice, then numbers", () => {
  assert.is(formatTimes(1), "once");
  assert.is(formatTimes(2), "twice");
  assert.is(formatTimes(3), "3 times");
  assert.is(formatTimes(0), "0 times");
  assert.is(formatTimes(1000), "1,000 times");
});

test("a percentage has no space before the sign", () => {
  assert.is(formatMeasure(71.5, "%"), "71.5%");
  assert.is(formatMeasure(100, "%"), "100%");
});

test("a measure in pounds is written as money", () => {
  assert.is(formatMeasure(1485000, "£"), "£1.49 million");
  assert.is(formatMeasure(75.5, "£"), "£75.50");
});

test("other units follow the number as the council wrote them", () => {
  assert.is(formatMeasure(12, "days"), "12 days");
  assert.is(formatMeasure(1204, "calls"), "1,204 calls");
  assert.is(formatMeasure(1, "days"), "1 days");
  assert.is(formatMeasure(3.5, " hours "), "3.5 hours");
  assert.is(formatMeasure(42, ""), "42");
});

test.run();
