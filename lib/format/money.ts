/**
 * Money for people, in GOV.UK style (https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style#money), the one
 * rule every page, chart, feed and calendar uses (docs/domain.md, "Money"):
 *
 * - under £1, in pence: "95p", "5p";
 * - under £1 million, pounds with commas, and pence only when there are some: "£450,000", "£1.04", "£75.50";
 * - £1 million or more, in millions (or billions) to at most two decimal places, trailing noughts left off:
 *   "£1 million", "£1.1 million", "£1.82 million", "£1.2 billion". Never three places, never "£1,055,000".
 *
 * A figure therefore reads the same wherever it is shown. Two places keep apart figures that differ by £10,000 or
 * more in a million; where two figures set side by side still read the same though they differ (£1,802,000
 * planned and £1,795,000 delivered are both "£1.8 million"), `moneyGap` gives the exact difference to say beside
 * them. Open data (CSV and JSON) keeps the exact figures, never these words.
 */

const wholePounds = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const poundsAndPence = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
// "£1.82 million", "£1.8 million", "£2 million": at most two places, no trailing noughts.
const millions = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** "£4.2 million", "£1.49 million", "£1.2 billion", "£120,000", "£950", "£75.50", "95p"; "-£1,200" when negative. */
export function formatMoney(pounds: number): string {
  if (!Number.isFinite(pounds)) throw new RangeError(`cannot show ${pounds} as money`);
  // Round to pence first, so £999,999.999 reads "£1 million", not "£1,000,000.00".
  const pence = Math.round(Math.abs(pounds) * 100);
  const sign = pounds < 0 && pence !== 0 ? "-" : "";
  return `${sign}${formatPence(pence)}`;
}

function formatPence(pence: number): string {
  if (pence === 0) return "£0";
  if (pence < 100) return `${pence}p`;
  const pounds = pence / 100;
  // Rounded to hundredths of a million in whole numbers (no floating-point halves), then of a billion once that
  // reaches a thousand million, so £999,999,999 is "£1 billion" and £999,995 is still "£999,995".
  const hundredthsOfMillions = Math.round(pounds / 10_000);
  if (hundredthsOfMillions >= 100_000) return `£${millions.format(Math.round(pounds / 10_000_000) / 100)} billion`;
  if (pounds >= 1_000_000) return `£${millions.format(hundredthsOfMillions / 100)} million`;
  return pence % 100 === 0 ? `£${wholePounds.format(pounds)}` : `£${poundsAndPence.format(pounds)}`;
}

/**
 * The exact difference between two figures shown side by side that read the same in words though they differ
 * ("£7,000" for £1,802,000 and £1,795,000, both "£1.8 million"), so a sentence can say it; undefined when the
 * words already tell them apart, or the figures are equal.
 */
export function moneyGap(one: number, other: number): string | undefined {
  if (Math.round(one * 100) === Math.round(other * 100) || formatMoney(one) !== formatMoney(other)) return undefined;
  return formatMoney(Math.abs(one - other));
}
