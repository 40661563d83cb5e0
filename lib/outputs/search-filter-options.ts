/**
 * The values each search filter offers, worked out at build time from the same search meta the pages give the
 * index. The search page lists them itself, so the browser need not download every filter index from Pagefind
 * before the first query (at 317 councils that was a third of the first query's bytes).
 */
import type { SiteView } from "../derive/site.ts";
import type { SearchFilters, SearchMeta } from "./search-meta.ts";

export type SearchFilterOptions = Record<keyof SearchFilters, string[]>;

/**
 * Each filter's values. A site of one council offers no council filter (an empty list, which the search page
 * leaves out): there is nothing to choose between.
 */
export function searchFilterOptions(
  site: Pick<SiteView, "onlyCouncil"> & { pages: readonly { search?: SearchMeta }[] },
): SearchFilterOptions {
  const values: Record<keyof SearchFilters, Set<string>> = {
    council: new Set(),
    theme: new Set(),
    status: new Set(),
    type: new Set(),
    year: new Set(),
  };
  for (const { search } of site.pages) {
    if (!search) continue;
    for (const name of Object.keys(values) as (keyof SearchFilters)[]) for (const value of search.filters[name]) values[name].add(value);
  }
  const sorted = (set: Set<string>): string[] => [...set].sort((a, b) => a.localeCompare(b, "en-GB", { numeric: true }));
  return {
    council: site.onlyCouncil ? [] : sorted(values.council),
    theme: sorted(values.theme),
    status: sorted(values.status),
    type: sorted(values.type),
    // Financial years newest first.
    year: sorted(values.year).reverse(),
  };
}

/** A council the search page can search alone: its folder name, which names its own index, and its name. */
export interface SearchCouncil {
  slug: string;
  name: string;
}

/**
 * The councils the search page's "Council" choice offers, A to Z by name: each has an index of its own
 * (lib/build/search-bundles.ts), searched when it is chosen, as it is from its own pages. None on a site of one
 * council, whose index is its own.
 */
export function searchCouncils(site: Pick<SiteView, "councils" | "onlyCouncil">): SearchCouncil[] {
  if (site.onlyCouncil) return [];
  return site.councils
    .map((council) => ({ slug: council.slug, name: council.council.name }))
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
}
