/**
 * npm run size: what the built site weighs, one section at a time, for the site in OUTPUT_DIR (default
 * _site; run `npm run build` first, with the same PATH_PREFIX). A section that finds a budget broken makes
 * the command exit 1.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readSettings } from "../lib/settings.ts";

const settings = readSettings(process.env);
import { folderSize, formatBytes } from "../lib/size/folder.ts";
import { cssBudget, pageBudget, scriptBudget, searchBudget } from "../lib/checks/budgets.ts";
import { councilToMeasure, firstQueries, firstQueryDownloads, searchDownloads } from "../lib/checks/search-downloads.ts";

interface SectionReport {
  lines: string[];
  /** One line for each budget that does not hold. */
  overBudget: string[];
}

interface SizeSection {
  name: string;
  measure: (siteDir: string) => Promise<SectionReport>;
}

/** Two queries a resident might make, each found on several pages of the example site. */
const searchQueries = ["bins", "planning"];

/** Pagefind writes its own ready-made interfaces too; the search page uses none of them. */
const unusedPagefindFiles = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

const search: SizeSection = {
  name: "Search",
  async measure(siteDir) {
    const bundle = join(siteDir, "pagefind");
    if (!existsSync(bundle)) return { lines: [], overBudget: [`No search index in ${bundle}: run npm run build`] };
    const all = folderSize(bundle);
    const used = folderSize(bundle, (path) => !unusedPagefindFiles.test(path));
    const script = folderSize(join(siteDir, "assets"), (path) => path === "search.js");
    // Each council's own index, /<council>/pagefind/, on a site of several (lib/build/search-bundles.ts).
    const councilBundles = folderSize(siteDir, (path) => /^[^/]+\/pagefind\//.test(path));
    const plain = await searchDownloads(siteDir, settings.pathPrefix, searchQueries);
    const gzipped = await searchDownloads(siteDir, settings.pathPrefix, searchQueries, true);
    const council = councilToMeasure(siteDir);
    if (!council) return { lines: [], overBudget: [`No council's pages in ${siteDir} to search from`] };
    const firsts = searchBudget(
      council,
      await firstQueryDownloads(siteDir, settings.pathPrefix, firstQueries, { council }),
      await firstQueryDownloads(siteDir, settings.pathPrefix, firstQueries, { searchPage: true }),
    );
    return {
      lines: [
        `Index on disk (pagefind/): ${formatBytes(all.bytes)} in ${all.files} files`,
        `  of which the browser can use: ${formatBytes(used.bytes)} in ${used.files} files (the rest is Pagefind's own ready-made interfaces, unused)`,
        `Councils' own indexes (<council>/pagefind/): ${formatBytes(councilBundles.bytes)} in ${councilBundles.files} files`,
        `Search page script (assets/search.js): ${formatBytes(script.bytes)}`,
        ...plain.map((query, index) => {
          const compressed = gzipped[index]?.bytes ?? query.bytes;
          return `${index === 0 ? "First" : "Second"} query on the search page ("${query.query}"): ${formatBytes(compressed)} from /pagefind/ in ${query.requests} requests with gzip, ${formatBytes(query.bytes)} without`;
        }),
        ...firsts.lines,
      ],
      overBudget: firsts.overBudget,
    };
  },
};

/** The budgets of issue 3: pages, CSS and JavaScript; search's are in its section (lib/checks/budgets.ts). */
const pages: SizeSection = { name: "Pages", measure: async (siteDir) => pageBudget(siteDir) };
const css: SizeSection = { name: "CSS", measure: async (siteDir) => cssBudget(siteDir, settings.pathPrefix) };
const javascript: SizeSection = { name: "JavaScript", measure: async (siteDir) => scriptBudget(siteDir) };

const sections: SizeSection[] = [pages, css, javascript, search];

if (!existsSync(settings.outputDir)) {
  console.error(`There is no built site in ${settings.outputDir}: run npm run build first.`);
  process.exit(1);
}
let broken = 0;
for (const section of sections) {
  const report = await section.measure(settings.outputDir);
  console.log(section.name);
  for (const line of report.lines) console.log(`  ${line}`);
  for (const line of report.overBudget) console.log(`  OVER BUDGET: ${line}`);
  broken += report.overBudget.length;
}
process.exitCode = broken > 0 ? 1 : 0;
