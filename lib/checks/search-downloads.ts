/**
 * What a resident's browser downloads to search, in Chromium: the bytes of every response from a search index (the
 * site's, /pagefind/, or a council's, /<council>/pagefind/), and of the site's words and the edit distance script,
 * which the page loads only to suggest a word (lib/build/search-words.ts). Pagefind's index, filter and fragment
 * files and its WebAssembly are compressed already; `gzip` also compresses its scripts, as most static hosts do.
 *
 * `searchDownloads` types queries one after another into the site's search page. `firstQueryDownloads` measures a
 * resident's first query, each in a fresh browser with nothing cached: typed into the header's search box on a
 * council's plan page (which searches that council), or opened on the site's search page, which searches every
 * council.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page, Request } from "playwright-core";
import { launchBrowser, serveFolder } from "./browser.ts";

export interface QueryDownload {
  query: string;
  bytes: number;
  requests: number;
}

/** Where a first query is typed: the site's search page, or the header of a council's plan page. */
export type SearchedFrom = { searchPage: true } | { council: string };

/**
 * The bytes of a response's body as it came over the wire. Chromium reports 0 for a worker's own script
 * (pagefind-worker.js), so that one is counted from its Content-Length.
 */
async function bodyBytes(request: Request): Promise<number> {
  const { responseBodySize } = await request.sizes();
  if (responseBodySize > 0) return responseBodySize;
  return Number((await request.response())?.headers()["content-length"] ?? 0);
}

/** Counts the search's downloads on a page; `settled` waits until none has been open for half a second and returns the total since the last call. */
function countSearchDownloads(page: Page, prefix: string): { settled: () => Promise<{ bytes: number; requests: number }> } {
  const suggestionFiles = [`${prefix}search/words.json`, `${prefix}assets/levenshtein.js`];
  const isSearchFile = (request: Request) => {
    const path = new URL(request.url()).pathname;
    // The site's index is /pagefind/, a council's /<council>/pagefind/.
    return (path.startsWith(prefix) && /^([^/]+\/)?pagefind\//.test(path.slice(prefix.length))) || suggestionFiles.includes(path);
  };
  let inFlight = 0;
  let sizes: Promise<number>[] = [];
  page.on("request", (request) => {
    if (isSearchFile(request)) inFlight += 1;
  });
  page.on("requestfailed", (request) => {
    if (isSearchFile(request)) inFlight -= 1;
  });
  page.on("requestfinished", (request) => {
    if (!isSearchFile(request)) return;
    inFlight -= 1;
    sizes.push(bodyBytes(request));
  });
  return {
    async settled() {
      for (let quiet = 0; quiet < 5; quiet = inFlight === 0 ? quiet + 1 : 0) await page.waitForTimeout(100);
      const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
      const requests = sizes.length;
      sizes = [];
      return { bytes, requests };
    },
  };
}

/** Waits for the status line to name the query: the results, or none, are shown. */
const statusNames = (page: Page, query: string) =>
  page
    .locator("[data-search-status]")
    .filter({ hasText: `‘${query}’` })
    .waitFor();

async function withSite<T>(siteDir: string, prefix: string, gzip: boolean, use: (url: string, browser: Browser) => Promise<T>): Promise<T> {
  const site = await serveFolder(siteDir, { prefix, gzip });
  const browser = await launchBrowser();
  try {
    return await use(site.url, browser);
  } finally {
    await browser.close();
    await site.close();
  }
}

export async function searchDownloads(siteDir: string, prefix: string, queries: readonly string[], gzip = false): Promise<QueryDownload[]> {
  return withSite(siteDir, prefix, gzip, async (url, browser) => {
    const page = await browser.newPage();
    const counted = countSearchDownloads(page, prefix);
    const downloads: QueryDownload[] = [];
    for (const [index, query] of queries.entries()) {
      if (index === 0) await page.goto(`${url}search/?q=${encodeURIComponent(query)}`);
      else {
        await page.fill("#search-q", query);
        await page.press("#search-q", "Enter");
      }
      await statusNames(page, query);
      downloads.push({ query, ...(await counted.settled()) });
    }
    return downloads;
  });
}

/**
 * First queries held to the budgets (npm run size, npm run bench): words residents type, one and two words long,
 * found on many pages of the example site and of the synthetic national tree (`npm run fixture`); a word found on
 * many pages has a large entry in the index, and two words load two.
 */
export const firstQueries: readonly string[] = ["bins", "planning", "council tax", "waste collection"];

/** Each query as a resident's first, in a browser with nothing cached, searched from `from`; gzipped, as hosts serve. */
export async function firstQueryDownloads(
  siteDir: string,
  prefix: string,
  queries: readonly string[],
  from: SearchedFrom,
): Promise<QueryDownload[]> {
  return withSite(siteDir, prefix, true, async (url, browser) => {
    const downloads: QueryDownload[] = [];
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const counted = countSearchDownloads(page, prefix);
      if ("searchPage" in from) await page.goto(`${url}search/?q=${encodeURIComponent(query)}`);
      else {
        await page.goto(`${url}${from.council}/`);
        await page.fill("#header-search", query);
        await page.press("#header-search", "Enter");
      }
      await statusNames(page, query);
      downloads.push({ query, ...(await counted.settled()) });
      await context.close();
    }
    return downloads;
  });
}

/**
 * The council whose first query weighs most, to measure: of the councils (folders with an about page), the one
 * whose own index lists most pages; on a site of one council, which has no index of its own, that council.
 */
export function councilToMeasure(siteDir: string): string | undefined {
  const councils = readdirSync(siteDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(siteDir, entry.name, "about", "index.html")))
    .map((entry) => entry.name)
    .sort();
  const pages = (council: string): number => {
    const entry = join(siteDir, council, "pagefind", "pagefind-entry.json");
    if (!existsSync(entry)) return 0;
    const { languages } = JSON.parse(readFileSync(entry, "utf8")) as { languages: Record<string, { page_count: number }> };
    return Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
  };
  return councils.map((council) => ({ council, pages: pages(council) })).sort((a, b) => b.pages - a.pages)[0]?.council;
}
