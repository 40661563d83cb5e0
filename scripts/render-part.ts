/**
 * One part of a build: the pages, feeds, calendars and open data of some of the councils, written into the build's
 * folder. `npm run build` starts one process of this for each part (one for each core), each rendering a part of
 * the councils, and `npm run build -- --shard K/N` renders one part in its own process (renderPart).
 */
import { loadContent } from "../lib/load/content.ts";
import { deriveSite, type SiteView } from "../lib/derive/site.ts";
import { readSettings, type Settings } from "../lib/settings.ts";
import { partOfSite, SiteBuild, type CollectionPage } from "../lib/build/site-build.ts";
import { writeCalendars, calendarFiles, writeOpenData } from "../lib/build/downloads.ts";

/** What the build's main process sends each part's process. */
export interface PartRequest {
  folder: string;
  councils: string[];
  /** What the model says of the whole site, which a part's own councils cannot: its totals and how many councils it holds. */
  whole: Pick<SiteView, "counts" | "savings" | "councilCount">;
}

/** What comes back: the pages the part put in its collection, and its peak memory. */
export type PartReply = { rendered: CollectionPage[]; maxRssKilobytes: number } | { failed: string };

/** Renders the councils of `site` (already one part's, partOfSite) into `folder`: their pages, calendars and open data. */
export async function renderPart(site: SiteView, settings: Settings, folder: string): Promise<CollectionPage[]> {
  const { renderPages } = await import("../.eleventy.ts");
  const rendered = await renderPages(new SiteBuild({ settings, site, renders: "council pages" }), folder);
  writeCalendars(folder, calendarFiles(site, settings));
  writeOpenData(folder, site, settings, "council files");
  return rendered;
}

/** In a part's own process: only its councils are read (the main process has validated them all). */
async function renderRequestedPart(request: PartRequest): Promise<PartReply> {
  const settings = readSettings(process.env);
  const councils = new Set(request.councils);
  const derived = deriveSite(loadContent(settings.contentDir, councils), settings.asOf, { preview: settings.preview });
  // A build is split only when it has several councils, so the site is never one council's own.
  const { onlyCouncil: _never, ...site } = { ...derived, ...request.whole };
  const rendered = await renderPart(partOfSite(site, councils), settings, request.folder);
  return { rendered, maxRssKilobytes: process.resourceUsage().maxRSS };
}

if (process.send && process.argv[1]?.endsWith("render-part.ts")) {
  // A build stopped (or killed) stops its parts, which write nothing more into its folder.
  process.once("disconnect", () => process.exit(1));
  process.once("message", (request: PartRequest) => {
    renderRequestedPart(request)
      .catch((error: unknown): PartReply => ({ failed: error instanceof Error ? error.message : String(error) }))
      .then((reply) => process.send?.(reply, undefined, {}, () => process.exit("failed" in reply ? 1 : 0)));
  });
}
