import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatMoney } from "../../lib/format/money.ts";

test("sums under a million are whole pounds with commas", () => {
  assert.is(formatMoney(120000), "£120,000");
  assert.is(formatMoney(950), "£950");
  assert.is(formatMoney(999999), "£999,999");
  assert.is(formatMoney(1000), "£1,000");
  assert.is(formatMoney(0), "£0");
});

test("pence are shown only when the sum is not whole pounds", () => {
  assert.is(formatMoney(75.5), "£75.50");
  assert.is(formatMoney(75), "£75");
  assert.is(formatMoney(0.05), "£0.05");
  assert.is(formatMoney(1234.56), "£1,234.56");
  assert.is(formatMoney(75.001), "£75");
  assert.is(formatMoney(75.999), "£76");
});

test("a million or more is written in millions, to at most three places", () => {
  assert.is(formatMoney(1000000), "£1 million");
  assert.is(formatMoney(2000000), "£2 million");
  assert.is(formatMoney(4200000), "£4.2 million");
  assert.is(formatMoney(1485000), "£1.485 million");
  assert.is(formatMoney(1234567), "£1.235 million");
  assert.is(formatMoney(1500000.5), "£1.5 million");
  assert.is(formatMoney(250000000), "£250 million");
  assert.is(formatMoney(999499999), "£999.5 million");
});

test("a sum that rounds up to a million is written in millions", () => {
  assert.is(formatMoney(999999.995), "£1 million");
  assert.is(formatMoney(999999.5), "£999,999.50");
});

test("a billion or more is written in billions", () => {
  assert.is(formatMoney(1200000000), "£1.2 billion");
  assert.is(formatMoney(999999999), "£1 billion");
  assert.is(formatMoney(12345000000), "£12.345 billion");
});

test("a negative sum has a leading minus sign", () => {
  assert.is(formatMoney(-1200), "-£1,200");
  assert.is(formatMoney(-4200000), "-£4.2 million");
  assert.is(formatMoney(-75.5), "-£75.50");
  assert.is(formatMoney(-0), "£0");
  assert.is(formatMoney(-0.001), "£0");
});

test("a sum that is not a number is refused", () => {
  assert.throws(() => formatMoney(Number.NaN), /cannot show NaN as money/);
  assert.throws(() => formatMoney(Number.POSITIVE_INFINITY), /cannot show Infinity as money/);
});

test.run();
