/**
 * Putting the results of several searches in order. Pure, tested in Node (tests/browser/search/results.test.ts).
 */

/** What ordering needs of a result: Pagefind's id and score. */
export interface Scored {
  id: string;
  score: number;
}

/** Results of several searches as one list, best score first, each page once. */
export function merged<T extends Scored>(searches: readonly { results: readonly T[] }[]): T[] {
  const best = new Map<string, T>();
  for (const search of searches) {
    for (const result of search.results) if ((best.get(result.id)?.score ?? -1) < result.score) best.set(result.id, result);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * Where a figure belongs, first: the action it is planned or measured for, then the plan's overview (its totals),
 * then the report that gave it; a theme or another page only repeats it. The "Page type" names
 * (lib/outputs/search-meta.ts).
 */
const figureOwners = ["Action", "Plan", "Progress update", "Theme"];

/** The results in the order of figureOwners, by each one's page type (`types`, in the same order); otherwise as they were. */
export function inFigureOwnerOrder<T>(results: readonly T[], types: readonly (string | undefined)[]): T[] {
  const rank = (index: number): number => {
    const at = figureOwners.indexOf(types[index] ?? "");
    return at < 0 ? figureOwners.length : at;
  };
  return results
    .map((result, index) => ({ result, index }))
    .sort((a, b) => rank(a.index) - rank(b.index) || a.index - b.index)
    .map(({ result }) => result);
}
