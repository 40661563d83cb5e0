/**
 * The council a query names, on a site of several councils. Pure, tested in Node (tests/browser/search/councils.test.ts).
 */
import { bare } from "./words.ts";

/** A council the search can be narrowed to: its folder name (the search page's value for it) and its name. */
export interface SearchableCouncil {
  slug: string;
  name: string;
}

/** Words of a council's name that do not tell one council from another. */
const commonNameWords = new Set(["borough", "city", "council", "county", "district", "metropolitan", "of", "and", "the", "on", "upon"]);

/** First words of many councils' names, which name no one council alone ("North", "West"). */
const sharedFirstWords = new Set(["east", "great", "mid", "new", "north", "south", "st", "upper", "west"]);

/**
 * The council a query names: "brackenfold savings" is a search for "savings" in Brackenfold District Council, whose
 * name is on every one of its pages and so would rank pages by how often they repeat it. A council is named when
 * every telling word of its name is typed, or its first one is ("kings" of "King's Lynn and West Norfolk") and that
 * word names no other council too; the council with most of its name typed wins. Its name's words are then left out
 * of the words searched for (`rest`), if any others remain.
 */
export function councilNamedIn(
  words: readonly string[],
  councils: readonly SearchableCouncil[],
): { council: SearchableCouncil; rest: string[] } | undefined {
  const typed = words.map(bare);
  const named = councils.map((council) => ({
    council,
    nameWords: council.name
      .split(/[^\p{L}'’]+/u)
      .map(bare)
      .filter((word) => word && !commonNameWords.has(word)),
  }));
  // How many councils' names start with each word: a first word names a council alone only when no other starts so.
  const startingWith = new Map<string | undefined, number>();
  for (const { nameWords } of named) startingWith.set(nameWords[0], (startingWith.get(nameWords[0]) ?? 0) + 1);
  let found: { council: SearchableCouncil; rest: string[]; typedCount: number } | undefined;
  for (const { council, nameWords } of named) {
    const typedCount = nameWords.filter((word) => typed.includes(word)).length;
    const first = nameWords[0];
    const firstAlone = first !== undefined && typed.includes(first) && !sharedFirstWords.has(first) && startingWith.get(first) === 1;
    const isNamed = nameWords.length > 0 && (typedCount === nameWords.length || firstAlone);
    if (!isNamed || typedCount <= (found?.typedCount ?? 0)) continue;
    const rest = words.filter((word) => !nameWords.includes(bare(word)) && !commonNameWords.has(bare(word)));
    if (rest.length > 0) found = { council, rest, typedCount };
  }
  return found && { council: found.council, rest: found.rest };
}
