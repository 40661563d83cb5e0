/**
 * What to ask Pagefind for what was typed, and the results in the order a resident wants them (docs/search.md).
 * Works on one Pagefind instance, the site's bundle or a council's; knows nothing of the page.
 */
import { amountForms, amountsIn, statesAmount } from "./amounts.ts";
import { councilNamedIn, type SearchableCouncil } from "./councils.ts";
import type { PagefindInstance, Result, SearchOptions } from "./pagefind.ts";
import { inFigureOwnerOrder, merged } from "./results.ts";
import { inSiteWords, meaningfulWords, pageTypeAskedIn } from "./words.ts";

export interface Found {
  results: Result[];
  /** The words searched for as typed, for "Did you mean"; none when the search changed them. */
  words: string[];
  /** The council the query named, searched alone. */
  council?: SearchableCouncil;
}

/**
 * Words in quotes are searched as typed. An amount is searched as an exact phrase in each of the ways it may be
 * written (Pagefind drops the "." and "," of "£1.2" and "£45,000", and matches the start of a longer number, so
 * "£45,000" would find "£450,000"); other words narrow those pages. Words that carry no meaning are left out. A
 * council named, among `councils` (none when the search covers one council), narrows the search to it.
 */
export async function searchFor(
  pagefind: PagefindInstance,
  query: string,
  options: SearchOptions,
  councils: readonly SearchableCouncil[],
): Promise<Found> {
  if (/^\s*".+"\s*$/.test(query)) return { results: (await pagefind.search(query, options)).results, words: [] };
  const { amounts, rest } = amountsIn(query);
  const words = meaningfulWords(rest);
  const named = councilNamedIn(words, councils);
  if (!named) return searchWords(pagefind, words, amounts, options);
  // The "Council" filter's values are councils' names (lib/outputs/search-meta.ts).
  const inCouncil = { ...options, filters: { ...options.filters, council: named.council.name } };
  return { ...(await searchWords(pagefind, named.rest, amounts, inCouncil)), council: named.council };
}

/** The search for the words and amounts typed, once searchFor has worked out which words count. */
async function searchWords(pagefind: PagefindInstance, words: string[], amounts: number[], options: SearchOptions): Promise<Found> {
  const text = words.join(" ");
  if (amounts.length === 0) {
    const alternative = inSiteWords(words);
    if (alternative === text) {
      const { results } = await pagefind.search(text, options);
      return { results: await withPageAskedForFirst(pagefind, results, words, text, options), words };
    }
    const both = await Promise.all([pagefind.search(text, options), pagefind.search(alternative, options)]);
    return { results: await withPageAskedForFirst(pagefind, merged(both), words, alternative, options), words: [] };
  }
  const stating = await Promise.all(amounts.map((pounds) => pagesStating(pagefind, pounds, options)));
  // The pages stating every amount typed. An exact search scores every page alike, so they are put in the order
  // of an ordinary search for the amount as the site writes it and the other words typed.
  const ids = stating.map((results) => new Set(results.map((result) => result.id)));
  const statesAll = (result: Result): boolean => ids.every((set) => set.has(result.id));
  const statingAll = (stating[0] ?? []).filter(statesAll);
  const asWritten = amounts.map((pounds) => amountForms(pounds)[1]).join(" ");
  const [ranked, narrowed] = await Promise.all([
    pagefind.search(`${asWritten} ${text}`.trim(), options),
    text ? pagefind.search(text, options) : undefined,
  ]);
  const inOrder = ranked.results.filter(statesAll);
  const ordered = await byFigureOwner([...inOrder, ...statingAll.filter((result) => !inOrder.some((found) => found.id === result.id))]);
  const withWords = narrowed?.results.filter(statesAll) ?? [];
  return {
    results: withWords.length > 0 ? ordered.filter((result) => withWords.some((found) => found.id === result.id)) : ordered,
    words: [],
  };
}

/** The results with the best page of the kind the words ask for first, if the words ask for one and it is there. */
async function withPageAskedForFirst(
  pagefind: PagefindInstance,
  results: Result[],
  words: readonly string[],
  text: string,
  options: SearchOptions,
): Promise<Result[]> {
  const asked = pageTypeAskedIn(words);
  if (!asked || options.filters.type) return results;
  const best = (await pagefind.search(text, { ...options, filters: { ...options.filters, type: asked } })).results[0];
  if (!best) return results;
  return [best, ...results.filter((result) => result.id !== best.id)];
}

/**
 * The pages that state an amount. Pagefind reads "£1.12 million" as the words "1", "12" and "million", so an exact
 * search for "1.2 million" (which it reads as "12 million") finds it too: each page found is checked against its
 * own text, which Pagefind loads once and keeps for showing the result.
 */
async function pagesStating(pagefind: PagefindInstance, pounds: number, options: SearchOptions): Promise<Result[]> {
  const forms = amountForms(pounds);
  // Pagefind indexes "£45,000" without its pound sign, so the forms without one find every page.
  const searches = forms.filter((form) => !form.startsWith("£")).map((form) => pagefind.search(`"${form}"`, options));
  const found = merged(await Promise.all(searches));
  const states = statesAmount(forms);
  const texts = await Promise.all(found.map((result) => result.data()));
  return found.filter((_, index) => states(texts[index]?.content ?? ""));
}

/** The results in the order of the page a figure belongs to (results.ts), by each one's page type. */
async function byFigureOwner(results: Result[]): Promise<Result[]> {
  const types = await Promise.all(results.map(async (result) => (await result.data()).meta.type));
  return inFigureOwnerOrder(results, types);
}
