import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { typeScriptWorker, workerReply } from "../../lib/build/typescript-worker.ts";

function workerModule(source: string): URL {
  const path = join(mkdtempSync(join(tmpdir(), "plan-pages-worker-")), "worker.mts");
  writeFileSync(path, source);
  return pathToFileURL(path);
}

test("a TypeScript worker runs, is given its data, and replies once", async () => {
  const module = workerModule(`import { parentPort, workerData } from "node:worker_threads";
const pages: number = (workerData as { pages: number }).pages;
parentPort?.postMessage(pages * 2);
parentPort?.postMessage(0);`);
  assert.is(await workerReply<number>(typeScriptWorker(module, { pages: 21 })), 42);
});

test("a worker that throws, or stops without replying, fails its reply", async () => {
  const throwing = workerModule(`throw new Error("the calendar could not be written");`);
  try {
    await workerReply(typeScriptWorker(throwing));
    assert.unreachable("the reply should fail");
  } catch (error) {
    assert.match(String(error), "the calendar could not be written");
  }
  const silent = workerModule(`process.exit(3);`);
  try {
    await workerReply(typeScriptWorker(silent));
    assert.unreachable("the reply should fail");
  } catch (error) {
    assert.match(String(error), "exit code 3");
  }
});

test.run();
