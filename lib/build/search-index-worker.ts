/**
 * The search index's own thread (started by startSearchIndex in search-index.ts). Pages arrive as Eleventy
 * renders them; this thread passes each to Pagefind straight away. On the main thread they would wait: the
 * pipe to Pagefind is written only when the event loop is free, and Eleventy keeps it busy until every page
 * is done, so Pagefind would read nothing until then. Each page also goes to its council's own index, written only
 * when the site holds several councils (search-bundles.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";
import { check, createSiteIndex, SearchIndexError, writeSiteIndex, type FromSearchIndex, type ToSearchIndex } from "./search-index.ts";
import { SearchWords, searchWordsPath } from "./search-words.ts";
import { councilOfPage, writeCouncilBundle, writesCouncilBundles } from "./search-bundles.ts";

if (!parentPort) throw new Error("search-index-worker.ts runs as a worker thread");
const port = parentPort;

const index = createSiteIndex();
// A failure to create the index is reported by finish, in its turn.
index.catch(() => {});
const added: Promise<{ errors: string[] }>[] = [];
let pagesAdded = 0;
const words = new SearchWords();
const councilIndexes = new Map<string, ReturnType<typeof createSiteIndex>>();

/** The council's own index, started with its first page. */
function councilIndex(council: string): ReturnType<typeof createSiteIndex> {
  let started = councilIndexes.get(council);
  if (!started) {
    started = createSiteIndex();
    started.catch(() => {});
    councilIndexes.set(council, started);
  }
  return started;
}

async function finish(siteFolder: string): Promise<FromSearchIndex> {
  const results = await Promise.all(added);
  check(
    "addHTMLFile",
    results.flatMap((result) => result.errors),
  );
  const finished = await writeSiteIndex(await index, siteFolder, pagesAdded, "addHTMLFile");
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

/** Closes Pagefind (its process stops writing), then replies once; the first of finish and cancel wins. */
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
  if ("page" in message) {
    words.add(message.page.content);
    pagesAdded += 1;
    const council = councilOfPage(message.page.sourcePath);
    const indexes = council === undefined ? [index] : [index, councilIndex(council)];
    for (const each of indexes) {
      const page = each.then((ready) => ready.addHTMLFile(message.page));
      // Its failure is reported by finish, with the rest.
      page.catch(() => {});
      added.push(page);
    }
  } else if ("finish" in message) {
    void reply(finish(message.finish.siteFolder));
  } else {
    void reply(Promise.resolve({ cancelled: true }));
  }
});
