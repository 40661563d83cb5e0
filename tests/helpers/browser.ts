/**
 * Browser tests: Debian's Chromium driven by playwright-core, and a small static file server on 127.0.0.1
 * that serves a built site folder under a path prefix ("/plans/"), as a static host would.
 *
 *   const site = await serveFolder(outputDir, { prefix: "/plans/" });
 *   const browser = await launchBrowser();
 *   const page = await browser.newPage();
 *   await page.goto(site.url + "search/");
 *   ...
 *   await browser.close();
 *   await site.close();
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { normalisePathPrefix } from "../../lib/settings.ts";

/** Where Debian's chromium package puts the browser; CHROMIUM_PATH overrides it. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath))
    throw new Error(`Chromium is not installed at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".wasm": "application/wasm",
};

export interface ServeOptions {
  /** The path the site is served under, "/" (the default) or "/plans/". */
  prefix?: string;
  /** Extra response headers, for every file or chosen by its address (the path after the prefix, "/search/"). */
  headers?: Record<string, string> | ((path: string) => Record<string, string>);
  /** Gzip text files (HTML, CSS, JavaScript, JSON, SVG) for browsers that accept it, as most static hosts do. */
  gzip?: boolean;
}

export interface ServedFolder {
  /** The site's address, ending in the prefix: "http://127.0.0.1:41234/plans/". */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves `dir` on 127.0.0.1 on a free port. Folders serve their index.html (and redirect to the address
 * with a trailing slash, as static hosts do); anything outside the prefix or the folder is a 404. The
 * server does not keep the process alive, so a test that forgets close() still ends.
 */
export async function serveFolder(dir: string, options: ServeOptions = {}): Promise<ServedFolder> {
  const prefix = normalisePathPrefix(options.prefix);
  const server = createServer((request, response) => respond(dir, prefix, options, request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function respond(dir: string, prefix: string, options: ServeOptions, request: IncomingMessage, response: ServerResponse): void {
  const { headers } = options;
  const address = new URL(request.url ?? "/", "http://127.0.0.1");
  let pathname: string;
  try {
    pathname = decodeURIComponent(address.pathname);
  } catch {
    return notFound(response);
  }
  if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return notFound(response);
  const sitePath = `/${pathname.slice(prefix.length)}`;
  const file = normalize(join(dir, sitePath));
  if (file !== normalize(dir) && !file.startsWith(normalize(dir) + sep)) return notFound(response);
  if (!existsSync(file)) return notFound(response);

  const extra = typeof headers === "function" ? headers(sitePath) : (headers ?? {});
  if (statSync(file).isDirectory()) {
    if (!pathname.endsWith("/")) {
      response.writeHead(301, { ...extra, Location: `${pathname}/${address.search}` });
      return void response.end();
    }
    const index = join(file, "index.html");
    if (!existsSync(index)) return notFound(response);
    return sendFile(index, extra, options.gzip === true, request, response);
  }
  sendFile(file, extra, options.gzip === true, request, response);
}

const compressible = /^(text\/|application\/(json|xml)|image\/svg)/;

function sendFile(file: string, headers: Record<string, string>, gzip: boolean, request: IncomingMessage, response: ServerResponse): void {
  const contentType = contentTypes[extname(file)] ?? "application/octet-stream";
  const common = { ...headers, "Content-Type": contentType, "Cache-Control": "no-store" };
  if (gzip && compressible.test(contentType) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
    const body = gzipSync(readFileSync(file));
    response.writeHead(200, { ...common, "Content-Encoding": "gzip", "Content-Length": body.length, Vary: "Accept-Encoding" });
    return void response.end(request.method === "HEAD" ? undefined : body);
  }
  response.writeHead(200, { ...common, "Content-Length": statSync(file).size });
  if (request.method === "HEAD") return void response.end();
  createReadStream(file).pipe(response);
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
  response.end("Not found");
}
