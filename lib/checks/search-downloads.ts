/**
 * What a resident's browser downloads to search: the example site's search page opened in Chromium with one
 * query, then a second, summing the body sizes of the responses under /pagefind/ for each, and of the site's
 * words and the edit distance script, which the page loads only to suggest a word (lib/build/search-words.ts). Pagefind's index,
 * filter and fragment files and its WebAssembly are compressed already; `gzip` also compresses its scripts,
 * as most static hosts do.
 */
import type { Request } from "playwright-core";
import { launchBrowser, serveFolder } from "./browser.ts";

export interface QueryDownload {
  query: string;
  bytes: number;
  requests: number;
}

/**
 * The bytes of a response's body as it came over the wire. Chromium reports 0 for a worker's own script
 * (pagefind-worker.js), so that one is counted from its Content-Length.
 */
async function bodyBytes(request: Request): Promise<number> {
  const { responseBodySize } = await request.sizes();
  if (responseBodySize > 0) return responseBodySize;
  return Number((await request.response())?.headers()["content-length"] ?? 0);
}

export async function searchDownloads(siteDir: string, prefix: string, queries: readonly string[], gzip = false): Promise<QueryDownload[]> {
  const site = await serveFolder(siteDir, { prefix, gzip });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const bundle = `${prefix}pagefind/`;
    const suggestionFiles = [`${prefix}search/words.json`, `${prefix}assets/levenshtein.js`];
    const isSearchFile = (request: Request) => {
      const path = new URL(request.url()).pathname;
      return path.startsWith(bundle) || suggestionFiles.includes(path);
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
    // Settled once no request to /pagefind/ has been open for half a second.
    const settled = async () => {
      for (let quiet = 0; quiet < 5; quiet = inFlight === 0 ? quiet + 1 : 0) await page.waitForTimeout(100);
      const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
      const requests = sizes.length;
      sizes = [];
      return { bytes, requests };
    };

    const downloads: QueryDownload[] = [];
    for (const [index, query] of queries.entries()) {
      if (index === 0) await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
      else {
        await page.fill("#search-q", query);
        await page.press("#search-q", "Enter");
      }
      await page
        .locator("[data-search-status]")
        .filter({ hasText: `‘${query}’` })
        .waitFor();
      downloads.push({ query, ...(await settled()) });
    }
    return downloads;
  } finally {
    await browser.close();
    await site.close();
  }
}
