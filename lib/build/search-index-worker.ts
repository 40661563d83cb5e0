/**
 * The search index's own thread (started by startSearchIndex in search-index.ts): it reads the finished site's
 * searchable pages in address order and hands each to Pagefind, which runs as its own process, while the main
 * thread writes the open data. Each page also goes to its council's own index, written only when the site holds
 * several councils (search-bundles.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import * as pagefind from "pagefind";
import {
  check,
  createSiteIndex,
  searchablePages,
  SearchIndexError,
  writeSiteIndex,
  type FromSearchIndex,
  type ToSearchIndex,
} from "./search-index.ts";
import { isSearchable, searchablePart } from "./searchable-part.ts";
import { SearchWords, searchWordsPath } from "./search-words.ts";
import { councilOfPage, writeCouncilBundle, writesCouncilBundles } from "./search-bundles.ts";

if (!parentPort) throw new Error("search-index-worker.ts runs as a worker thread");
const port = parentPort;
const { siteFolder } = workerData as { siteFolder: string };

async function indexSite(): Promise<FromSearchIndex> {
  const index = await createSiteIndex();
  const words = new SearchWords();
  const added: Promise<{ errors: string[] }>[] = [];
  const councilAdded: Promise<{ errors: string[] }>[] = [];
  const councilIndexes = new Map<string, Awaited<ReturnType<typeof createSiteIndex>>>();
  let pagesAdded = 0;
  for (const sourcePath of searchablePages(siteFolder)) {
    if (replied) break;
    const html = readFileSync(join(siteFolder, sourcePath), "utf8");
    if (!isSearchable(html)) continue;
    const content = searchablePart(html);
    words.add(content);
    pagesAdded += 1;
    added.push(index.addHTMLFile({ sourcePath, content }));
    const council = councilOfPage(sourcePath);
    if (council !== undefined) {
      let councilIndex = councilIndexes.get(council);
      if (!councilIndex) {
        councilIndex = await createSiteIndex();
        councilIndexes.set(council, councilIndex);
      }
      councilAdded.push(councilIndex.addHTMLFile({ sourcePath, content }));
    }
    // The pipe to Pagefind is written only when the event loop is free: let it take each few pages as they come.
    if (added.length % 32 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  const results = await Promise.all(added);
  check(
    "addHTMLFile",
    results.flatMap((result) => result.errors),
  );
  const finished = await writeSiteIndex(index, siteFolder, added.length, "addHTMLFile");
  const wordsFile = join(siteFolder, searchWordsPath);
  mkdirSync(dirname(wordsFile), { recursive: true });
  writeFileSync(wordsFile, JSON.stringify(words));
  if (writesCouncilBundles(councilIndexes.size)) {
    // One at a time: Pagefind's process writes each bundle's files itself.
    const errors: string[] = [];
    for (const [council, councilIndex] of councilIndexes)
      errors.push(...(await writeCouncilBundle(await councilIndex, siteFolder, council)));
    check("writeFiles", errors);
  }
  return { finished };
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
void reply(indexSite());
