/**
 * npm start: builds the site (validating the content first), then serves it on http://localhost:8080 with
 * Eleventy's dev server, which rebuilds and reloads the browser when content, templates or styles change.
 * It is a preview (PREVIEW=true unless set otherwise): reports with a published date still to come are shown,
 * each marked with the day it goes online. `npm start -- --as-of 2027-02-10` shows the site as of that day.
 */
import { spawnSync } from "node:child_process";
import { argumentSettings, readSettings } from "../lib/settings.ts";
import { SiteBuild } from "../lib/build/site-build.ts";

const fromArguments = argumentSettings(process.argv.slice(2));
if ("problem" in fromArguments) {
  console.error(fromArguments.problem);
  process.exit(2);
}
const env: NodeJS.ProcessEnv = { ...process.env, PREVIEW: process.env.PREVIEW ?? "true", ...fromArguments.env };
let settings: ReturnType<typeof readSettings>;
try {
  settings = readSettings(env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}

const tsx = ["--import", "tsx"];
const built = spawnSync(process.execPath, [...tsx, "scripts/build.ts"], { stdio: "inherit", env });
if (built.status !== 0) process.exit(built.status ?? 1);

const port = env.PORT ?? "8080";
console.log(
  `Serving ${settings.preview ? "a preview " : ""}as of ${settings.asOf} on http://localhost:${port}/ ; edits to ${env.CONTENT_DIR ?? "content"} rebuild the pages. Ctrl+C stops.`,
);
// The same build as `npm run build` (lib/build/site-build.ts), with no model given: it reads the content afresh for
// each rebuild, and Eleventy's server serves the output folder and rebuilds on each change.
Object.assign(process.env, env);
const { servePages } = await import("../.eleventy.ts");
await servePages(new SiteBuild({ settings }), Number(port));
