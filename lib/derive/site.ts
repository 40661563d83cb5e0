/** The whole build: every council, derived as of one date. */
import type { LoadedContent } from "../load/loaded.ts";
import { deriveCouncil, type CouncilView, type DeriveOptions } from "./council.ts";
import { addCounts, emptyCounts, type StatusCounts } from "./status-counts.ts";
import { totalSavings, type Savings } from "./savings.ts";

export interface SiteView {
  /** The date every status is judged on: SOURCE_DATE_EPOCH or today, in Europe/London. */
  asOf: string;
  /** A preview (PREVIEW, `npm start`): reports not yet published are shown, marked, rather than held back. */
  preview: boolean;
  councils: CouncilView[];
  /**
   * How many councils the whole site holds. One process of a build in several holds only some of them in `councils`
   * (lib/build/site-build.ts: partOfSite); what depends on the whole site's size is decided on this.
   */
  councilCount: number;
  counts: StatusCounts;
  savings: Savings;
  /**
   * The council, when the build holds exactly one. The whole site is then that council's own: its header on
   * every page, its plan as the home, and no list of councils, comparison or council filter to choose from.
   */
  onlyCouncil?: CouncilView;
}

export function deriveSite(content: Pick<LoadedContent, "councils">, asOf: string, options: DeriveOptions = {}): SiteView {
  const councils = content.councils
    .map((council) => deriveCouncil(council, asOf, options))
    .sort((a, b) => a.council.name.localeCompare(b.council.name, "en-GB"));
  return {
    asOf,
    preview: options.preview === true,
    councils,
    councilCount: councils.length,
    counts: councils.reduce((counts, council) => addCounts(counts, council.counts), emptyCounts()),
    savings: totalSavings(councils.map((council) => council.savings)),
    ...(councils.length === 1 && { onlyCouncil: councils[0] }),
  };
}
