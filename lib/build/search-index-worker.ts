/**
 * The search index's own thread (started by startSearchIndex in search-index.ts). Pages arrive as Eleventy
 * renders them; this thread passes each to Pagefind straight away. On the main thread they would wait: the
 * pipe to Pagefind is written only when the event loop is free, and Eleventy keeps it busy until every page
 * is done, so Pagefind would read nothing until then.
 */
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";

export type ToSearchIndex = { page: { sourcePath: string; content: string } } | { finish: { outputPath: string } };
export type FromSearchIndex = { finished: { filesRead: number } } | { failed: { step: string; errors: string[] } };

if (!parentPort) throw new Error("search-index-worker.ts runs as a worker thread");
const port = parentPort;

const created = await pagefind.createIndex({ forceLanguage: "en" });
const added: Promise<{ errors: string[] }>[] = [];

async function finish(outputPath: string): Promise<FromSearchIndex> {
  if (created.errors.length > 0 || !created.index)
    return { failed: { step: "createIndex", errors: [...created.errors, "Pagefind returned no index"] } };
  const errors = (await Promise.all(added)).flatMap((result) => result.errors);
  if (errors.length > 0) return { failed: { step: "addHTMLFile", errors } };
  if (added.length === 0) return { failed: { step: "addHTMLFile", errors: ["no pages to index"] } };
  const written = await created.index.writeFiles({ outputPath });
  if (written.errors.length > 0) return { failed: { step: "writeFiles", errors: written.errors } };
  return { finished: { filesRead: added.length } };
}

port.on("message", (message: ToSearchIndex) => {
  if ("page" in message) {
    if (created.index) added.push(created.index.addHTMLFile(message.page));
    return;
  }
  void finish(message.finish.outputPath)
    .catch((error: unknown) => ({ failed: { step: "writeFiles", errors: [String(error)] } }))
    .then(async (reply) => {
      await pagefind.close();
      port.postMessage(reply);
      port.close();
    });
});
