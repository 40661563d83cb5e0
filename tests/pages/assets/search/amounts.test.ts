import { test } from "uvu";
import * as assert from "uvu/assert";
import { amountForms, amountsIn, statesAmount } from "../../../../pages/assets/search/amounts.ts";

test("an amount is read however it is typed, and taken out of the words", () => {
  assert.equal(amountsIn("£1.2 million savings").amounts, [1_200_000]);
  assert.equal(amountsIn("1.2m").amounts, [1_200_000]);
  assert.equal(amountsIn("£45,000").amounts, [45_000]);
  assert.equal(amountsIn("45000").amounts, [45_000]);
  assert.equal(amountsIn("£250k").amounts, [250_000]);
  assert.equal(amountsIn("£2bn").amounts, [2_000_000_000]);
  assert.is(amountsIn("£1.2 million savings").rest.trim(), "savings");
});

test("a year, a phone number or a short number stays a word", () => {
  assert.equal(amountsIn("2024 budget").amounts, []);
  assert.equal(amountsIn("0161 496 0000").amounts, []);
  assert.equal(amountsIn("month 10").amounts, []);
  assert.is(amountsIn("month 10").rest, "month 10");
});

test("an amount has every form a page may write it in, the site's own without a pound sign second", () => {
  const forms = amountForms(1_200_000);
  assert.is(forms[1], "1,200,000");
  for (const form of ["£1,200,000", "£1.2 million", "£1.2m", "1.2 million", "1.2m"]) assert.ok(forms.includes(form), form);
  assert.ok(amountForms(45_000).includes("£45k"));
  assert.ok(amountForms(0.95).includes("95p"));
});

test("halves round up to two places, as the site writes money", () => {
  assert.ok(amountForms(1_125_000).includes("£1.13 million"), amountForms(1_125_000).join(", "));
});

test("a page states an amount only as a figure of its own, not inside a longer one", () => {
  const states = statesAmount(amountForms(1_200_000));
  assert.ok(states("saves £1.2 million a year"));
  assert.ok(states("saves £1,200,000."));
  assert.not.ok(states("saves £1.25 million"));
  assert.not.ok(states("saves £41.2 million"));
  assert.not.ok(states("saves £1.2.3"));
});

test.run();
