import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatMoney, moneyGap } from "../../lib/format/money.ts";

test("sums under a million are whole pounds with commas", () => {
  assert.is(formatMoney(120000), "£120,000");
  assert.is(formatMoney(950), "£950");
  assert.is(formatMoney(999999), "£999,999");
  assert.is(formatMoney(1000), "£1,000");
  assert.is(formatMoney(0), "£0");
});

test("a sum under a pound is written in pence, never £0.95", () => {
  assert.is(formatMoney(0.95), "95p");
  assert.is(formatMoney(0.05), "5p");
  assert.is(formatMoney(0.999), "£1");
  assert.is(formatMoney(0.004), "£0");
  assert.is(formatMoney(-0.95), "-95p");
});

test("pence are shown only when the sum is not whole pounds", () => {
  assert.is(formatMoney(75.5), "£75.50");
  assert.is(formatMoney(75), "£75");
  assert.is(formatMoney(1.04), "£1.04");
  assert.is(formatMoney(1234.56), "£1,234.56");
  assert.is(formatMoney(75.001), "£75");
  assert.is(formatMoney(75.999), "£76");
});

test("a million or more is written in millions, to at most two places and never three", () => {
  assert.is(formatMoney(1000000), "£1 million");
  assert.is(formatMoney(2000000), "£2 million");
  assert.is(formatMoney(4200000), "£4.2 million");
  assert.is(formatMoney(1100000), "£1.1 million");
  assert.is(formatMoney(1802000), "£1.8 million");
  assert.is(formatMoney(1820000), "£1.82 million");
  assert.is(formatMoney(1055000), "£1.06 million");
  assert.is(formatMoney(1485000), "£1.49 million");
  assert.is(formatMoney(1234567), "£1.23 million");
  assert.is(formatMoney(1004999), "£1 million");
  assert.is(formatMoney(1500000.5), "£1.5 million");
  assert.is(formatMoney(250000000), "£250 million");
  assert.is(formatMoney(999499999), "£999.5 million");
  assert.is(formatMoney(1795000), "£1.8 million", "hundredths of a million are rounded in whole numbers: 179.5 up, not 179.49999 down");
});

test("a sum that rounds up to a million is written in millions", () => {
  assert.is(formatMoney(999999.995), "£1 million");
  assert.is(formatMoney(999999.5), "£999,999.50");
});

test("a billion or more is written in billions", () => {
  assert.is(formatMoney(1200000000), "£1.2 billion");
  assert.is(formatMoney(999999999), "£1 billion");
  assert.is(formatMoney(12345000000), "£12.35 billion");
});

test("a negative sum has a leading minus sign", () => {
  assert.is(formatMoney(-1200), "-£1,200");
  assert.is(formatMoney(-4200000), "-£4.2 million");
  assert.is(formatMoney(-75.5), "-£75.50");
  assert.is(formatMoney(-0), "£0");
  assert.is(formatMoney(-0.001), "£0");
});

test("figures side by side that read the same though they differ have their exact gap to say beside them", () => {
  assert.is(moneyGap(1795000, 1802000), "£7,000");
  assert.is(moneyGap(1802000, 1795000), "£7,000");
  assert.is(moneyGap(1820000, 1795000), undefined, "£1.82 million and £1.8 million already read differently");
  assert.is(moneyGap(1500000, 1500000), undefined, "equal figures have no gap");
  assert.is(moneyGap(250000, 250000.4), undefined, "both £250,000 to the penny");
});

test("every figure from a penny to a billion is in one of the three forms, never three decimal places", () => {
  const forms = /^(?:[1-9]\d?p|£\d{1,3}(?:,\d{3})*(?:\.\d\d)?|£\d{1,3}(?:\.\d\d?)? (?:million|billion))$/;
  for (let pounds = 0.01; pounds < 2e9; pounds *= 1.37) {
    const words = formatMoney(pounds);
    assert.match(words, forms, `${pounds} reads "${words}"`);
    if (pounds >= 1_000_000) assert.not.match(words, /,/, `${pounds} reads "${words}"`);
  }
});

test("a sum that is not a number is refused", () => {
  assert.throws(() => formatMoney(Number.NaN), /cannot show NaN as money/);
  assert.throws(() => formatMoney(Number.POSITIVE_INFINITY), /cannot show Infinity as money/);
});

test.run();
