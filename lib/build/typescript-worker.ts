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
