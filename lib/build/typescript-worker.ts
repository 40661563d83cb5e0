/**
 * A worker thread running one of our TypeScript modules. Node 20 runs no TypeScript by itself, and a worker does
 * not inherit tsx from the `tsx` command that started the build, so the worker registers tsx before loading it.
 * https://tsx.is/dev-api/register-esm
 */
import { Worker } from "node:worker_threads";

export function typeScriptWorker(module: URL, workerData?: unknown): Worker {
  const bootstrap = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * The worker's one reply: its first message. It fails if the worker throws, or stops without replying. A
 * failure waits to be reported by whoever awaits the reply; until then it does not end the build by itself.
 */
export function workerReply<Reply>(worker: Worker): Promise<Reply> {
  const reply = new Promise<Reply>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the worker stopped (exit code ${code}) without finishing`)));
  });
  reply.catch(() => {});
  return reply;
}
