/**
 * The search index's own thread (started by startSearchIndex in search-index.ts). Pages arrive as Eleventy
 * renders them; this thread passes each to Pagefind straight away. On the main thread they would wait: the
 * pipe to Pagefind is written only when the event loop is free, and Eleventy keeps it busy until every page
 * is done, so Pagefind would read nothing until then.
 */
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";

export type ToSearchIndex = { page: { sourcePath: string; content: string } } | { finish: { outputPath: string } } | { cancel: true };
export type FromSearchIndex = { finished: { filesRead: number } } | { failed: { step: string; errors: string[] } } | { cancelled: true };

if (!parentPort) throw new Error("search-index-worker.ts runs as a worker thread");
const port = parentPort;

const created = await pagefind.createIndex({ forceLanguage: "en" });
const added: Promise<{ errors: string[] }>[] = [];

async function finish(outputPath: string): Promise<FromSearchIndex> {
  if (created.errors.length > 0) return { failed: { step: "createIndex", errors: created.errors } };
  if (!created.index) return { failed: { step: "createIndex", errors: ["Pagefind returned no index"] } };
  const errors = (await Promise.all(added)).flatMap((result) => result.errors);
  if (errors.length > 0) return { failed: { step: "addHTMLFile", errors } };
  if (added.length === 0) return { failed: { step: "addHTMLFile", errors: ["no pages to index"] } };
  const written = await created.index.writeFiles({ outputPath });
  if (written.errors.length > 0) return { failed: { step: "writeFiles", errors: written.errors } };
  return { finished: { filesRead: added.length } };
}

let replied = false;

/** Closes Pagefind (its process stops writing), then replies once; the first of finish and cancel wins. */
async function reply(result: Promise<FromSearchIndex>): Promise<void> {
  const settled = await result.catch((error: unknown): FromSearchIndex => ({ failed: { step: "Pagefind", errors: [String(error)] } }));
  await pagefind.close();
  if (replied) return;
  replied = true;
  port.postMessage(settled);
  port.close();
}

port.on("message", (message: ToSearchIndex) => {
  if ("page" in message) {
    if (created.index) added.push(created.index.addHTMLFile(message.page));
  } else if ("finish" in message) {
    void reply(finish(message.finish.outputPath));
  } else {
    void reply(Promise.resolve({ cancelled: true }));
  }
});
