/**
 * The search page's script: the TypeScript modules in pages/assets/search/, bundled by esbuild into the one file the
 * page loads, /assets/search.js (.eleventy.ts writes it as a virtual template, so `npm start` serves it too).
 * Minified: 4,413 bytes gzipped, against 6,078 bundled as written and 7,939 for the hand-written script it replaced
 * (measured when it was written); the readable source is in the repository.
 * https://esbuild.github.io/api/#build
 */
import { build } from "esbuild";

export const searchScriptEntry = "pages/assets/search/page.ts";

export async function searchScript(): Promise<string> {
  const bundled = await build({
    entryPoints: [searchScriptEntry],
    bundle: true,
    // A module, as the page loads it (<script type="module">): import.meta.url finds the site's root under PATH_PREFIX.
    format: "esm",
    target: "es2022",
    minify: true,
    // "‘" and "…" as themselves, not as \u escapes.
    charset: "utf8",
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  const [script] = bundled.outputFiles;
  if (!script) throw new Error(`esbuild wrote nothing for ${searchScriptEntry}`);
  return script.text;
}
