/**
 * One build of the site, as an object the entry points make and hand to Eleventy's configuration (.eleventy.ts):
 * the settings, the model the templates are given, which of the templates this process renders, and the pages
 * other processes rendered. `npm run build` (scripts/build.ts) makes one with the model it has validated, for
 * every page, or for a part of the councils in each of several processes (scripts/render-part.ts) and then one
 * for the site-wide pages; `npm start` (scripts/start.ts) makes one that reads the content afresh for every
 * rebuild. docs/architecture.md draws how they fit.
 */
import { basename, extname } from "node:path";
import { loadContent } from "../load/content.ts";
import { deriveSite, type SiteView } from "../derive/site.ts";
import { hasErrors } from "../errors.ts";
import { printContentErrors } from "../report.ts";
import { pageListScope, sitePages, type SitePages } from "../site/pages.ts";
import type { Settings } from "../settings.ts";
import { writeDownloads } from "./downloads.ts";
import type { CouncilSize } from "./partition.ts";

/**
 * Which templates a process renders. A council's own pages (its plan, themes, actions, reports, feed, brand
 * stylesheet...) come from templates that paginate over one of the model's per-council lists; every other template
 * (the home page, compare, A to Z, search, data, the sitemap, styles...) is site-wide and needs every council.
 */
export type PagesToRender = "every page" | "council pages" | "site-wide pages";

/**
 * The lists of the model a council's own templates paginate over (`pagination: { data: "site.pages.plan" }`): the
 * page records lib/site/pages.ts says are a council's, each council's feed, and its brand stylesheet's `site.councils`.
 */
export const councilPageLists: readonly string[] = [
  ...Object.entries(pageListScope).flatMap(([list, scope]) => (scope === "council" ? [`site.pages.${list}`] : [])),
  "site.feeds.councils",
  "site.councils",
];

/**
 * What the sitemap and the `_headers` file need of each page in Eleventy's `collections.all`
 * (lib/outputs/sitemap.ts, lib/outputs/security-headers.ts), as plain data that can pass between processes.
 */
export interface CollectionPage {
  url: string | false;
  outputPath: string | false;
  data: { pagination?: { hrefs?: unknown }; view?: { redirect?: unknown } };
}

export function collectionPage(item: {
  url?: unknown;
  outputPath?: unknown;
  data?: { pagination?: { hrefs?: unknown }; view?: { redirect?: unknown } };
}): CollectionPage {
  const hrefs = item.data?.pagination?.hrefs;
  return {
    url: typeof item.url === "string" ? item.url : false,
    outputPath: typeof item.outputPath === "string" ? item.outputPath : false,
    data: {
      ...(Array.isArray(hrefs) && { pagination: { hrefs: [...hrefs] } }),
      // The page's record (lib/site/pages.ts) says whether it only redirects (the sitemap leaves such a page out).
      ...(item.data?.view?.redirect !== undefined && { view: { redirect: item.data.view.redirect } }),
    },
  };
}

export interface SiteBuildOptions {
  settings: Settings;
  /** The model, validated and derived once; without one, the content is read afresh for each rebuild (`npm start`). */
  site?: SiteView;
  renders?: PagesToRender;
  /** For a build of the site-wide pages: the pages the other processes put in their collections. */
  pagesRenderedElsewhere?: readonly CollectionPage[];
}

export class SiteBuild {
  readonly settings: Settings;
  readonly renders: PagesToRender;
  readonly #primed: SitePages | undefined;
  readonly #pagesRenderedElsewhere: readonly CollectionPage[];
  #loaded: SitePages | undefined;
  /** The site from the last content without mistakes, which `npm start` keeps serving while a mistake is fixed. */
  #lastGood: SitePages | undefined;
  /** The pages this process's Eleventy put in its collection, for the process that writes the sitemap. */
  #collection: CollectionPage[] = [];

  constructor(options: SiteBuildOptions) {
    this.settings = options.settings;
    this.renders = options.renders ?? "every page";
    this.#primed = options.site && sitePages(options.site, this.settings);
    this.#pagesRenderedElsewhere = options.pagesRenderedElsewhere ?? [];
  }

  /** The model handed to Eleventy as the global data `site`. */
  siteData(): SitePages {
    if (this.#primed) return this.#primed;
    // Read once per rebuild: the pages and the downloads written after them come from the same content.
    this.#loaded ??= this.#loadSiteData();
    return this.#loaded;
  }

  /** Under `npm start`, each rebuild reads the content again: Eleventy calls this before each one. */
  beforeRender(): void {
    this.#loaded = undefined;
  }

  /** Open data and calendars are not Eleventy templates; `npm run build` writes them itself, `npm start` here after each rebuild. */
  afterRender(outputFolder: string, runMode: string): void {
    if (runMode !== "build") writeDownloads(outputFolder, this.siteData(), this.settings);
  }

  /** Whether this process renders a template that paginates over `paginatedOver` (none for a page of its own). */
  rendersTemplate(paginatedOver: unknown): boolean {
    if (this.renders === "every page") return true;
    const councilTemplate = typeof paginatedOver === "string" && councilPageLists.includes(paginatedOver);
    return councilTemplate === (this.renders === "council pages");
  }

  /** Eleventy's `collections.all`: its own pages and, for the site-wide pages, those the parts rendered. */
  collection(own: readonly CollectionPage[]): CollectionPage[] {
    this.#collection = own.map(collectionPage);
    return [...own, ...this.#pagesRenderedElsewhere];
  }

  /** The pages this process's Eleventy put in its collection, once it has rendered. */
  renderedCollection(): CollectionPage[] {
    return this.#collection;
  }

  /** Passthrough copies of each council's logo to /assets/logos/<council>.<ext>, by the process that renders the council. */
  logoCopies(): Record<string, string> {
    const copies: Record<string, string> = {};
    if (this.renders === "site-wide pages") return copies;
    for (const council of this.siteData().councils) {
      if (council.logoFile) copies[council.logoFile] = `assets/logos/${council.slug}${extname(basename(council.logoFile))}`;
    }
    return copies;
  }

  /**
   * A content mistake is the officer's to fix, not a crash: it is printed once, as `npm run check` prints it, with no
   * stack trace (an error thrown here would reach Eleventy, which prints it with its stack, twice over). While it is
   * being fixed the pages stay as they last were; with no good site to fall back on, the server stops.
   */
  #loadSiteData(): SitePages {
    const content = loadContent(this.settings.contentDir);
    if (hasErrors(content.errors)) {
      printContentErrors(content.errors, process.env);
      if (this.#lastGood) {
        console.error("The pages stay as they were until the mistake is fixed; saving the file again rebuilds them.");
        return this.#lastGood;
      }
      console.error("Nothing was built. Fix the mistake, then run npm start again.");
      process.exit(1);
    }
    this.#lastGood = sitePages(deriveSite(content, this.settings.asOf, { preview: this.settings.preview }), this.settings);
    return this.#lastGood;
  }
}

/** How many pages each council's own templates write, to balance the parts of a build (partition.ts). */
export function councilSizes(site: SiteView): CouncilSize[] {
  // Its plan, progress, about, accessibility and feed, and often a timeline, barriers and a stylesheet: about eight.
  return site.councils.map((council) => ({
    slug: council.slug,
    pages: 8 + council.themes.length + council.actions.length + council.updates.length,
  }));
}

/**
 * The site as one part of a build sees it: only its councils, with what is said of the whole site (whether it is
 * one council's own, the totals) kept from every council.
 */
export function partOfSite(site: SiteView, councils: ReadonlySet<string>): SiteView {
  return { ...site, councils: site.councils.filter((council) => councils.has(council.slug)) };
}
