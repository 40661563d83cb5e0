/**
 * Money for people, in GOV.UK style (https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style#money):
 * "£120,000", "£75.50" but never "£75.00", and "£4.2 million" for large sums.
 */

const wholePounds = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const poundsAndPence = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
// Savings are planned to the thousand pounds at most: "£1.485 million", not "£1.48 million".
const millions = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 3 });

/** "£4.2 million", "£1.485 million", "£1.2 billion", "£120,000", "£950", "£75.50"; "-£1,200" when negative. */
export function formatMoney(pounds: number): string {
  if (!Number.isFinite(pounds)) throw new RangeError(`cannot show ${pounds} as money`);
  // Round to pence first, so £999,999.999 reads "£1 million", not "£1,000,000.00".
  const pence = Math.round(Math.abs(pounds) * 100);
  const sign = pounds < 0 && pence !== 0 ? "-" : "";
  return `${sign}£${formatPence(pence)}`;
}

function formatPence(pence: number): string {
  const pounds = pence / 100;
  // Rounded to three places of the larger unit before choosing it, so £999,999,999 is "£1 billion".
  const thousandsOfPounds = Math.round(pounds / 1000);
  if (thousandsOfPounds >= 1_000_000) return `${millions.format(Math.round(pounds / 1_000_000) / 1000)} billion`;
  if (pounds >= 1_000_000) return `${millions.format(thousandsOfPounds / 1000)} million`;
  return pence % 100 === 0 ? wholePounds.format(pounds) : poundsAndPence.format(pounds);
}
