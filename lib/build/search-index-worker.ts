/**
 * A thread of the search index (started by startSearchIndex in search-index.ts): it reads the finished site's
 * searchable pages in address order and hands each to Pagefind, which runs as its own process. One thread writes the
 * site's index and the site's words; another, on a site of several councils, each council's own index
 * (search-bundles.ts). Each has a Pagefind process of its own, so the two are written at once, on two cores.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import * as pagefind from "pagefind";
import type { PagefindIndex } from "pagefind";
import {
  check,
  createSiteIndex,
  searchablePages,
  SearchIndexError,
  writeSiteIndex,
  type FromSearchIndex,
  type SearchIndexBundles,
  type ToSearchIndex,
} from "./search-index.ts";
import { isSearchable, searchablePart } from "./searchable-part.ts";
import { SearchWords, searchWordsPath } from "./search-words.ts";
import { councilOfPage, writeCouncilBundle, writesCouncilBundles } from "./search-bundles.ts";

if (!parentPort) throw new Error("search-index-worker.ts runs as a worker thread");
const port = parentPort;
const { siteFolder, bundles } = workerData as { siteFolder: string; bundles: SearchIndexBundles };

/** Each searchable page of the site, in address order: its path and the part of it Pagefind reads. */
async function* searchableParts(): AsyncGenerator<{ sourcePath: string; content: string }> {
  let read = 0;
  for (const sourcePath of searchablePages(siteFolder)) {
    if (replied) return;
    const html = readFileSync(join(siteFolder, sourcePath), "utf8");
    if (!isSearchable(html)) continue;
    yield { sourcePath, content: searchablePart(html) };
    // The pipe to Pagefind is written only when the event loop is free: let it take each few pages as they come.
    if ((read += 1) % 32 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}

const errorsOf = async (added: Promise<{ errors: string[] }>[]): Promise<string[]> =>
  (await Promise.all(added)).flatMap((result) => result.errors);

/** The site's index, of every council's pages, and the site's words for "Did you mean". */
async function indexSite(): Promise<FromSearchIndex> {
  const index = await createSiteIndex();
  const words = new SearchWords();
  const added: Promise<{ errors: string[] }>[] = [];
  for await (const page of searchableParts()) {
    words.add(page.content);
    added.push(index.addHTMLFile(page));
  }
  check("addHTMLFile", await errorsOf(added));
  const finished = await writeSiteIndex(index, siteFolder, added.length, "addHTMLFile");
  const wordsFile = join(siteFolder, searchWordsPath);
  mkdirSync(dirname(wordsFile), { recursive: true });
  writeFileSync(wordsFile, JSON.stringify(words));
  return { finished };
}

/** Each council's own index, of its pages only, on a site of several councils. */
async function indexCouncils(): Promise<FromSearchIndex> {
  const indexes = new Map<string, PagefindIndex>();
  const added: Promise<{ errors: string[] }>[] = [];
  for await (const page of searchableParts()) {
    const council = councilOfPage(page.sourcePath);
    if (council === undefined) continue;
    let index = indexes.get(council);
    if (!index) {
      index = await createSiteIndex();
      indexes.set(council, index);
    }
    added.push(index.addHTMLFile(page));
  }
  check("addHTMLFile", await errorsOf(added));
  if (writesCouncilBundles(indexes.size)) {
    // One at a time: this thread's Pagefind process writes each bundle's files itself.
    const errors: string[] = [];
    for (const [council, index] of indexes) errors.push(...(await writeCouncilBundle(index, siteFolder, council)));
    check("writeFiles", errors);
  }
  return { finished: { filesRead: added.length, pages: added.length, outputPath: siteFolder } };
}

let replied = false;

/** Closes Pagefind (its process stops writing), then replies once; the first of finishing and cancelling wins. */
async function reply(result: Promise<FromSearchIndex>): Promise<void> {
  const settled = await result.catch((error: unknown): FromSearchIndex => ({
    failed: error instanceof SearchIndexError ? { step: error.step, errors: error.errors } : { step: "Pagefind", errors: [String(error)] },
  }));
  await pagefind.close();
  if (replied) return;
  replied = true;
  port.postMessage(settled);
  port.close();
}

port.on("message", (message: ToSearchIndex) => {
  if ("cancel" in message) void reply(Promise.resolve({ cancelled: true }));
});
void reply(bundles === "site" ? indexSite() : indexCouncils());
