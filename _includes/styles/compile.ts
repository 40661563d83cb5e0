/**
 * Sass to CSS for Eleventy's "scss" template format. GOV.UK Frontend is compiled selectively: _site.scss
 * names only the components the pages use, which keeps the stylesheet inside its budget.
 * https://frontend.design-system.service.gov.uk/import-css/
 *
 * Compiling GOV.UK Frontend takes a second or two, the same every build, so the CSS is kept in
 * node_modules/.cache keyed by a hash of every stylesheet it reads and the govuk-frontend version.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

const stylesFolder = "_includes/styles";
const cacheFolder = "node_modules/.cache/plan-pages";

function cacheKey(inputContent: string): string {
  const hash = createHash("sha256").update(inputContent);
  for (const name of readdirSync(stylesFolder)
    .filter((file) => file.endsWith(".scss"))
    .sort()) {
    hash.update(name).update(readFileSync(join(stylesFolder, name)));
  }
  hash.update(readFileSync("node_modules/govuk-frontend/package.json"));
  return hash.digest("hex").slice(0, 32);
}

export async function compileStylesheet(inputContent: string, inputPath: string): Promise<(() => string) | undefined> {
  if (basename(inputPath).startsWith("_")) return undefined;
  const cached = join(cacheFolder, `${basename(inputPath, ".scss")}-${cacheKey(inputContent)}.css`);
  if (existsSync(cached)) {
    const css = readFileSync(cached, "utf8");
    return () => css;
  }
  // Loading Sass itself takes a moment, so only when the cache misses.
  const sass = await import("sass");
  const result = sass.compileString(inputContent, {
    loadPaths: [dirname(inputPath), stylesFolder, "node_modules/govuk-frontend/dist"],
    style: "compressed",
    quietDeps: true,
  });
  mkdirSync(cacheFolder, { recursive: true });
  writeFileSync(cached, result.css);
  return () => result.css;
}
