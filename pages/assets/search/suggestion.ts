/**
 * "Did you mean": which words typed the results did not really match, and the site's nearest words for them.
 * Pure functions, tested in Node (tests/pages/assets/search/suggestion.test.ts).
 */
import { bare } from "./words.ts";

/** What unfoundWords reads of a result: its text and the positions of the words that matched. */
export interface MatchedPage {
  content: string;
  locations: readonly number[];
}

/**
 * The words typed that the results matched only by the start of an unrelated word: Pagefind, finding no word that
 * begins with "recyling", matches the longest start of it that some word has ("re-plan"). A word counts as found
 * when a matched word starts with all but its last quarter ("librar" of "library" starts "libraries"), or when it is
 * the matched word with an English ending, as Pagefind's stemmer reads it ("planning" matched by "plan").
 */
export function unfoundWords(words: readonly string[], pages: readonly MatchedPage[]): string[] {
  // "fly-tipping" is matched by "fly" and by "tipping".
  const matched = new Set(
    pages.flatMap((page) => {
      const content = page.content.split(/[^\S\uFEFF]+/);
      return page.locations.flatMap((location) =>
        [content[location] ?? "", ...(content[location] ?? "").split(/[^\p{L}\p{N}]+/u)].map(bare),
      );
    }),
  );
  return words.map(bare).filter((word) => {
    if (word.length === 0) return false;
    const start = word.slice(0, word.length - Math.floor(word.length / 4));
    return ![...matched].some((found) => found.startsWith(start) || endsAsStem(word, found));
  });
}

/** Endings the English stemmer takes off a word, after a doubled last letter ("plan" + "n" + "ing"). */
const englishEnding = /^(ing|ings|ed|er|ers|es|s|ation|ations|ment|ments|ly)$/;

/** Whether `word` is `stem` (three letters or more) with an ending: "planning" of "plan", "collected" of "collect". */
function endsAsStem(word: string, stem: string): boolean {
  if (stem.length < 3 || !word.startsWith(stem) || word === stem) return false;
  const rest = word.slice(stem.length);
  return englishEnding.test(rest) || (rest[0] === stem.at(-1) && englishEnding.test(rest.slice(1)));
}

/** The site's own words, most used first (lib/build/search-words.ts), and an edit distance to compare them by. */
export interface SiteWords {
  words: readonly string[];
  known: ReadonlySet<string>;
  distance: (a: string, b: string) => number;
}

/** The query with each unknown word replaced by the site's nearest word, or undefined if one has none close. */
export function suggestionFor(query: string, unfound: readonly string[], site: SiteWords): string | undefined {
  const unknown = unfound.filter((word) => !site.known.has(word) && !/^\d+$/.test(word));
  if (unknown.length === 0) return undefined;
  let suggestion = query;
  for (const word of unknown) {
    const allowed = word.length <= 4 ? 1 : 2;
    let nearest: string | undefined;
    let nearestDistance = allowed + 1;
    // Most used first, so the first word at the least distance is the most likely.
    for (const candidate of site.words) {
      if (Math.abs(candidate.length - word.length) > allowed) continue;
      const apart = site.distance(word, candidate);
      if (apart < nearestDistance) [nearest, nearestDistance] = [candidate, apart];
    }
    if (!nearest) return undefined;
    suggestion = suggestion.replace(new RegExp(`(^|[^\\p{L}])${word}(?![\\p{L}])`, "iu"), `$1${nearest}`);
  }
  // A suggestion that reads as what was typed, once accents and apostrophes are set aside, is no suggestion.
  const asTyped = (text: string): string => text.split(/\s+/).map(bare).join(" ");
  return asTyped(suggestion) === asTyped(query) ? undefined : suggestion;
}
