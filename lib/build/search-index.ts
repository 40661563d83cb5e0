/**
 * The search index: Pagefind reads the built HTML (only the parts marked data-pagefind-body, which the base
 * layout puts on plan, theme, action, update, barriers and about pages) and writes its index to /pagefind/ in the same
 * folder, and the site's own words, for "Did you mean", to /search/words.json (search-words.ts).
 * Every step returns an `errors` array rather than throwing; any error fails the build.
 * https://pagefind.app/docs/node-api/
 *
 * `npm run build` hands Pagefind the finished pages from a worker thread (`startSearchIndex`), in address order,
 * while it writes the open data; Pagefind runs as its own process. Only the searchable part of each page is sent
 * (searchable-part.ts). `buildSearchIndex` has Pagefind read a whole folder itself; the benchmark's plain baseline
 * uses it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import * as pagefind from "pagefind";
import type { PagefindIndex } from "pagefind";
import { typeScriptWorker, workerReply } from "./typescript-worker.ts";

export interface SearchIndexResult {
  /** How many HTML files Pagefind read. */
  filesRead: number;
  /** How many of them went into the index: those marked data-pagefind-body. */
  pages: number;
  /** Where the index was written: <site>/pagefind. */
  outputPath: string;
}

export class SearchIndexError extends Error {
  constructor(
    readonly step: string,
    readonly errors: readonly string[],
  ) {
    super(`The search index could not be built (${step}):\n${errors.map((error) => `  ${error}`).join("\n")}`);
    this.name = "SearchIndexError";
  }
}

export function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(step, errors);
}

/** The number of pages in the written index, from the entry file the browser reads first. */
function indexedPages(outputPath: string): number {
  const entry = JSON.parse(readFileSync(join(outputPath, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

export interface SearchIndexRun {
  /** Waits for Pagefind to read every searchable page, then to write the index. */
  finish(): Promise<SearchIndexResult>;
  /** Stops, writing nothing more: for a build that failed, before its folder is removed. */
  cancel(): Promise<void>;
}

/** What the main thread sends the search index's thread (search-index-worker.ts), and what comes back. */
export type ToSearchIndex = { cancel: true };
export type FromSearchIndex =
  { finished: SearchIndexResult } | { failed: { step: string; errors: readonly string[] } } | { cancelled: true };

/**
 * The searchable pages of a finished site, as Pagefind is handed them: each page's path from the site's root, by
 * which Pagefind makes its address as it does reading a folder ("council/actions/a1/index.html"), in address order.
 * Pagefind's index depends on the order it is given pages in; the same order whatever rendered them, one process or
 * several machines, gives the same index.
 */
export function searchablePages(siteFolder: string): string[] {
  return readdirSync(siteFolder, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".html"))
    .map((path) => path.split(sep).join("/"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Starts indexing the finished site in `siteFolder` on a worker thread, while the build writes its other files. */
export function startSearchIndex(siteFolder: string): SearchIndexRun {
  const threads = (["site", "councils"] as const).map((bundles) => {
    const worker = typeScriptWorker(new URL("./search-index-worker.ts", import.meta.url), { siteFolder: resolve(siteFolder), bundles });
    return { worker, reply: workerReply<FromSearchIndex>(worker) };
  });
  const finished = async ({ worker, reply }: (typeof threads)[number]): Promise<SearchIndexResult> => {
    const result = await reply
      .catch((error: unknown): FromSearchIndex => ({ failed: { step: "worker", errors: [String(error)] } }))
      .finally(() => worker.terminate());
    if ("cancelled" in result) throw new SearchIndexError("finish", ["the search index was cancelled"]);
    if ("failed" in result) throw new SearchIndexError(result.failed.step, result.failed.errors);
    return result.finished;
  };
  return {
    async finish() {
      const [site] = await Promise.all(threads.map(finished));
      return site!;
    },
    async cancel() {
      // Each worker closes Pagefind, whose own process may be writing into the folder, before it replies.
      await Promise.all(
        threads.map(async ({ worker, reply }) => {
          worker.postMessage({ cancel: true } satisfies ToSearchIndex);
          await reply.catch(() => {});
          await worker.terminate();
        }),
      );
    },
  };
}

/** Which indexes a thread of the search index writes: the site's, or each council's own. */
export type SearchIndexBundles = "site" | "councils";

/** A new, empty index: the pages say lang="en-GB", and one English index keeps the download small and stemming English. */
export async function createSiteIndex(): Promise<PagefindIndex> {
  const created = await pagefind.createIndex({ forceLanguage: "en" });
  check("createIndex", created.errors);
  if (!created.index) throw new SearchIndexError("createIndex", ["Pagefind returned no index"]);
  return created.index;
}

/** Writes the index to <site>/pagefind; `step` is the one that read the pages, named if it found none. */
export async function writeSiteIndex(
  index: PagefindIndex,
  siteFolder: string,
  filesRead: number,
  step: string,
): Promise<SearchIndexResult> {
  if (filesRead === 0) throw new SearchIndexError(step, [`no pages to index in ${siteFolder}`]);
  const outputPath = join(siteFolder, "pagefind");
  const written = await index.writeFiles({ outputPath });
  check("writeFiles", written.errors);
  return { filesRead, pages: indexedPages(outputPath), outputPath };
}

export async function buildSearchIndex(siteFolder: string): Promise<SearchIndexResult> {
  try {
    const index = await createSiteIndex();
    const added = await index.addDirectory({ path: siteFolder });
    check("addDirectory", added.errors);
    return await writeSiteIndex(index, siteFolder, added.page_count, "addDirectory");
  } finally {
    // Stops Pagefind's background process, so that the build can exit.
    await pagefind.close();
  }
}
