/**
 * The words of a query as the search compares them: which carry meaning, which the site writes otherwise, and
 * which ask for one kind of page. Pure functions, tested in Node (tests/browser/search/words.test.ts).
 */

/** "recycling" from "Recycling,": a word as the index compares it. */
export const bare = (word: string): string =>
  word
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^\p{L}\p{N}]/gu, "");

/**
 * Words that carry no meaning in a question ("when will food waste collections start"): Pagefind matches every word
 * typed, and a page need not say "when" or "will" to answer the question.
 */
export const fillerWords: ReadonlySet<string> = new Set(
  "a about an and are can could did do does doing for from has have how i in is it its me my number of on or our "
    .concat("should tell the their there to was we what when where which who why will with would you your")
    .split(" "),
);

/** The words that count: those that carry meaning, or every word typed if none does ("the who"). */
export function meaningfulWords(text: string): string[] {
  const typed = text.split(/\s+/).filter(Boolean);
  const meaningful = typed.filter((word) => !fillerWords.has(word.toLowerCase()));
  return meaningful.length > 0 ? meaningful : typed;
}

/** Words the site writes otherwise: "Telephone" on a council's about page, where a resident types "phone". */
const siteWordFor: Record<string, string> = {
  phone: "telephone",
  tel: "telephone",
  ring: "telephone",
  call: "telephone",
  mail: "email",
  "e-mail": "email",
};
// Numbers typed as digits, written out as words: "month 10" finds a report's "month ten position".
"one two three four five six seven eight nine ten eleven twelve".split(" ").forEach((word, index) => {
  siteWordFor[String(index + 1)] = word;
});

/** The words as the site would write them: "phone 10" is "telephone ten". */
export function inSiteWords(words: readonly string[]): string {
  return words.map((word) => siteWordFor[word.toLowerCase()] ?? word).join(" ");
}

/**
 * Words that ask for one kind of page, whatever else mentions them: how to contact the council is on its about
 * page; what it asks of Government, on its barriers page; the plan's savings and what is overdue, on the plan's
 * overview. The values are the "Page type" filter's (lib/outputs/search-meta.ts).
 */
const pageTypeAskedFor = [
  { words: ["contact", "phone", "telephone", "email", "e-mail", "address"], type: "About the plan" },
  { words: ["barrier", "barriers", "ask", "asks", "government"], type: "Barriers" },
  { words: ["savings", "overdue"], type: "Plan" },
];

/** The "Page type" the words ask for, if any: "About the plan" for "council phone number". */
export function pageTypeAskedIn(words: readonly string[]): string | undefined {
  const typed = words.map(bare);
  return pageTypeAskedFor.find((entry) => entry.words.some((word) => typed.includes(word)))?.type;
}
