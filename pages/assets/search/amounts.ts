/**
 * Amounts of money in a query, and every way a page may write one. Pure functions, tested in Node
 * (tests/browser/search/amounts.test.ts).
 */

/**
 * An amount typed in any of the ways people write one: "£1.2 million", "1.2m", "£45,000", "45000", "£40m",
 * "£250k". A bare number counts only with a pound sign, a unit, thousands commas or five digits or more (not
 * starting with 0), so that a year or a phone number stays a word.
 */
const amountPattern = /(£\s?)?\b(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(million|mn|m|bn|billion|k|thousand))?\b/gi;
const units: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

/** The amounts in pounds, and the rest of the query with each amount taken out. */
export function amountsIn(query: string): { amounts: number[]; rest: string } {
  const amounts: number[] = [];
  const rest = query.replace(
    amountPattern,
    (text, pound: string | undefined, whole: string, decimals: string | undefined, unit: string | undefined) => {
      const digits = whole.replaceAll(",", "");
      const isAmount = pound || unit || whole.includes(",") || (digits.length >= 5 && !digits.startsWith("0"));
      if (!isAmount) return text;
      const pounds = Number(`${digits}${decimals ? `.${decimals}` : ""}`) * (unit ? (units[unit.toLowerCase()] ?? 1) : 1);
      amounts.push(pounds);
      return " ";
    },
  );
  return { amounts, rest };
}

const grouped = (number: number): string => number.toLocaleString("en-GB", { maximumFractionDigits: 2 });

/**
 * Every way the site or a council's own text may write an amount: "£1.2 million", "£1.2m", "£1,200,000", "1.2m"...
 * The second is always the amount as the site writes it without a pound sign ("1,200,000").
 */
export function amountForms(pounds: number): string[] {
  const forms = [`£${grouped(pounds)}`, grouped(pounds)];
  const sizes: [number, string, string][] = [
    [1e9, "billion", "bn"],
    [1e6, "million", "m"],
  ];
  for (const [size, long, short] of sizes) {
    if (pounds >= size) {
      // As typed to the thousand pounds ("£1.095 million"), and as the site writes it, to two places ("£1.1 million").
      // Whole numbers divided, not a fraction multiplied, so that halves round up as lib/format/money.ts rounds them.
      for (const places of [1000, 100]) {
        const count = String(Math.round(pounds / (size / places)) / places);
        forms.push(`£${count} ${long}`, `£${count}${short}`, `${count} ${long}`, `${count}${short}`);
      }
      break;
    }
  }
  if (pounds >= 1e3 && pounds < 1e6 && pounds % 1e3 === 0) forms.push(`£${pounds / 1e3}k`, `${pounds / 1e3}k`);
  // Under a pound the site writes pence: "£0.95" finds "95p".
  if (pounds > 0 && pounds < 1) forms.push(`${Math.round(pounds * 100)}p`);
  return [...new Set(forms)];
}

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether a page's text states the amount in one of its forms, as a figure of its own: "£1.2 million" is not in
 * "£1.25 million" or "£41.2 million". Pagefind reads "£1.12 million" as the words "1", "12" and "million", so a
 * page an exact search finds is checked against its own text.
 */
export function statesAmount(forms: readonly string[]): (text: string) => boolean {
  const stated = new RegExp(`(?<![\\d.,])(?:${forms.map(escaped).join("|")})(?![\\d]|[.,]\\d)`, "i");
  return (text) => stated.test(text);
}
