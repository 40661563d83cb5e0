/**
 * Which search indexes ("bundles", in Pagefind's word) a page goes to. Every indexed page goes to the site's, at
 * /pagefind/; on a site of several councils, each council's pages go to an index of its own too, at
 * /<council>/pagefind/, which the search page searches when a resident searches from that council's pages. At 317
 * councils the site's index is 80 KB of page list before a word is looked up; a council's is under 1 KB
 * (docs/search.md). A site of one council has only the site's index, which is that council's.
 * https://pagefind.app/docs/multisite/
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { PagefindIndex } from "pagefind";

/** A council's own index, from the site's root: "brackenfold/pagefind". */
export const councilBundlePath = (council: string): string => `${council}/pagefind`;

/** The council a page belongs to, from its path in the site ("brackenfold/actions/wc1/index.html"); indexed pages are all a council's. */
export function councilOfPage(sourcePath: string): string | undefined {
  const [first, ...rest] = sourcePath.split("/");
  return first && rest.length > 0 ? first : undefined;
}

/** Whether the councils' own indexes are written: only when the site holds more than one council. */
export const writesCouncilBundles = (councils: number): boolean => councils > 1;

/**
 * The files of a council's index that the search page loads: the entry, the page list (.pf_meta), the word, filter
 * and page chunks, and the WebAssembly of the index's languages. Pagefind writes its scripts and ready-made
 * interfaces into every bundle too; the page loads pagefind.js once, from the site's index, and points it at the
 * council's (`basePath`), so the council's copies (430 KB each) are left out.
 */
export function isLoadedFromCouncilBundle(file: string, languages: readonly string[]): boolean {
  if (file === "pagefind-entry.json" || file.endsWith(".pf_meta")) return true;
  if (["index", "fragment", "filter"].includes(file)) return true;
  return languages.some((language) => file === `wasm.${language}.pagefind`);
}

/** Writes a council's index into <site>/<council>/pagefind, with only the files the search page loads. */
export async function writeCouncilBundle(index: PagefindIndex, siteFolder: string, council: string): Promise<string[]> {
  const outputPath = join(siteFolder, councilBundlePath(council));
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) return written.errors.map((error) => `${council}: ${error}`);
  const entry = JSON.parse(readFileSync(join(outputPath, "pagefind-entry.json"), "utf8")) as { languages: Record<string, unknown> };
  const languages = Object.keys(entry.languages);
  for (const file of readdirSync(outputPath)) {
    if (!isLoadedFromCouncilBundle(file, languages)) rmSync(join(outputPath, file), { recursive: true });
  }
  return [];
}
