/**
 * The site's own words, for the search page's "Did you mean": every word of three letters or more in the text
 * handed to the search index, most used first. The search page loads the list only when a word typed matches
 * nothing in the index, or only the start of an unrelated word, and suggests the nearest word in it
 * (fastest-levenshtein's distance), so a suggestion is always a word the site uses.
 */

/** The file the search page reads, beside it: /search/words.json. */
export const searchWordsPath = "search/words.json";

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The words of a page's indexed text, lower case, letters only: "Head of Waste" gives head, waste. */
export function wordsOf(html: string): string[] {
  const text = html
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#\d+|[a-z]+);/g, (reference, name: string) =>
      name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : (entities[name] ?? " "),
    )
    .toLowerCase();
  return text.match(/\p{L}{3,}/gu) ?? [];
}

/** Counts words page by page, and lists them most used first (ties in alphabetical order, so builds are identical). */
export class SearchWords {
  readonly #counts = new Map<string, number>();

  add(html: string): void {
    for (const word of wordsOf(html)) this.#counts.set(word, (this.#counts.get(word) ?? 0) + 1);
  }

  toJSON(): string[] {
    return [...this.#counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0)).map(([word]) => word);
  }
}
