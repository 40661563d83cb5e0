/**
 * npm run edit: edit this working copy in the browser, with no account. Serves the site as `npm start` does
 * (a preview that rebuilds as files change) and the editor at http://localhost:8080/admin/, whose saves are
 * written straight into content/ by Decap CMS's local backend (lib/editor/local-server.ts). Commit and open a
 * pull request from the working copy as with any other change.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { startEditorServer } from "../lib/editor/local-server.ts";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === "object" && address ? address.port : 0;
}

const port = Number(process.env.PORT ?? "8080");
const sitePort = await freePort();
const site = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", ...process.argv.slice(2)], {
  stdio: ["ignore", "pipe", "pipe"],
  env: { ...process.env, PORT: String(sitePort), BROWSER_EDITOR: "true" },
});
site.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => site.kill(signal));

// The site is ready once Eleventy's server answers (at "localhost", which may be IPv6 only); its own address is an
// internal one, so lines naming it are not passed on.
for (const [from, to] of [
  [site.stdout, process.stdout],
  [site.stderr, process.stderr],
] as const) {
  from?.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    if (!/Serving|Server at/.test(text)) to.write(text);
  });
}
const siteUrl = `http://localhost:${sitePort}/`;
for (;;) {
  const answered = await fetch(siteUrl).then(
    (response) => response.ok,
    () => false,
  );
  if (answered) break;
  await new Promise((resolve) => setTimeout(resolve, 500));
}
const editor = await startEditorServer({ repositoryDir: process.cwd(), siteUrl, port, log: (line) => console.log(line) });
console.log(`Editing this working copy: open http://localhost:${port}/admin/ (the site is at http://localhost:${port}/). Ctrl+C stops.`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void editor.close());
