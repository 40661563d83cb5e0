/**
 * Editing a working copy in the browser with no account (`npm run edit`, and the editor's browser test): Decap
 * CMS's local backend, decap-server, reads and writes the files of a folder, and one address on 127.0.0.1 serves
 * both the site and, under /api/v1, the backend, so that the editor's Content Security Policy needs no other
 * site (connect-src 'self').
 *
 * decap-server runs in its "fs" mode, which writes each save straight into the folder: its "git" mode, the only
 * one with the editorial workflow, would check out a branch of the officer's working copy for every save and
 * commit on their behalf. Decap switches to saving directly when the backend offers only that
 * (https://github.com/decaporg/decap-cms, packages/decap-server/src/middlewares/localFs). The pull request is
 * then made from the working copy, as with any other change.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";

export interface RunningEditor {
  /** The address to open: the site, with the editor at admin/. */
  url: string;
  close: () => Promise<void>;
}

export interface EditorServerOptions {
  /** The folder the editor reads and writes: the repository, which holds the content folder. */
  repositoryDir: string;
  /** The site's address, which everything but /api/v1 is passed to: Eleventy's dev server, or a static server. */
  siteUrl: string;
  /** The port to listen on, on 127.0.0.1; a free one when not given. */
  port?: number;
  /** What decap-server prints, for `npm run edit`; tests leave it quiet. */
  log?: (line: string) => void;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts decap-server on a free port of 127.0.0.1 and waits until it answers. */
async function startBackend(options: EditorServerOptions): Promise<{ process: ChildProcess; url: string }> {
  const port = await freePort();
  const script = createRequire(import.meta.url).resolve("decap-server/dist/index.js");
  const backend = spawn(process.execPath, [script], {
    cwd: options.repositoryDir,
    env: {
      ...process.env,
      MODE: "fs",
      GIT_REPO_DIRECTORY: options.repositoryDir,
      PORT: String(port),
      BIND_HOST: "127.0.0.1",
      LOG_LEVEL: options.log ? "info" : "error",
      ORIGIN: "*",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [backend.stdout, backend.stderr]) stream?.on("data", (chunk: Buffer) => options.log?.(chunk.toString().trimEnd()));
  const url = `http://127.0.0.1:${port}/api/v1`;
  const started = Date.now();
  while (Date.now() - started < 20_000) {
    if (backend.exitCode !== null) throw new Error(`decap-server stopped (exit ${backend.exitCode}) before it answered`);
    try {
      const answer = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ action: "info" }),
      });
      if (answer.ok) return { process: backend, url };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  backend.kill();
  throw new Error("decap-server did not answer within 20 seconds");
}

/** Passes a request on to `target` (an origin), with its answer back unchanged. */
function pass(target: string, incoming: IncomingMessage, outgoing: ServerResponse): void {
  const address = new URL(incoming.url ?? "/", target);
  const forward = request(address, { method: incoming.method, headers: { ...incoming.headers, host: address.host } }, (answer) => {
    outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(outgoing);
  });
  forward.on("error", (error) => {
    if (!outgoing.headersSent) outgoing.writeHead(502, { "Content-Type": "text/plain; charset=utf-8" });
    outgoing.end(`Could not reach ${target}: ${error.message}`);
  });
  incoming.pipe(forward);
}

export async function startEditorServer(options: EditorServerOptions): Promise<RunningEditor> {
  const backend = await startBackend(options);
  const backendOrigin = new URL(backend.url).origin;
  const siteOrigin = new URL(options.siteUrl).origin;
  const server: Server = createServer((incoming, outgoing) => {
    const path = new URL(incoming.url ?? "/", "http://127.0.0.1").pathname;
    pass(path === "/api/v1" || path.startsWith("/api/v1/") ? backendOrigin : siteOrigin, incoming, outgoing);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (backend.process.exitCode === null) {
        const exited = new Promise<void>((resolve) => backend.process.once("exit", () => resolve()));
        backend.process.kill();
        await exited;
      }
    },
  };
}
