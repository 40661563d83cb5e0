/**
 * npm start: builds the site (validating the content first), then serves it on http://localhost:8080 with
 * Eleventy's dev server, which rebuilds and reloads the browser when content, templates or styles change.
 */
import { spawnSync, spawn } from "node:child_process";

const tsx = ["--import", "tsx"];
const built = spawnSync(process.execPath, [...tsx, "scripts/build.ts"], { stdio: "inherit" });
if (built.status !== 0) process.exit(built.status ?? 1);

const port = process.env.PORT ?? "8080";
console.log(`Serving on http://localhost:${port}/ ; edits to ${process.env.CONTENT_DIR ?? "content"} rebuild the pages. Ctrl+C stops.`);
const server = spawn(
  process.execPath,
  [...tsx, "node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", "--serve", `--port=${port}`],
  { stdio: "inherit" },
);
server.on("exit", (code) => process.exit(code ?? 0));
