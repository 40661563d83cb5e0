/**
 * The site's weight budgets (issue 3), measured on a built site folder: every HTML page at most 14 KB
 * gzipped, all CSS at most 12 KB gzipped, and no JavaScript on any page but search; and what a resident's first
 * search query downloads, at most 100 KB from a council's pages and 150 KB from the site's search page. Sizes are
 * what a browser downloads from a static host that gzips (zlib's default level); 1 KB is 1,024 bytes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { isEditorFile } from "../editor/paths.ts";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { formatBytes } from "../size/folder.ts";

export const budgets = {
  pageBytes: 14 * 1024,
  cssBytes: 12 * 1024,
  /** The only pages that may run JavaScript: search needs it to query the index in the browser. */
  scriptPages: ["search/index.html"],
  /** A first search query from a council's pages, which searches that council's own index. */
  firstQueryFromCouncilBytes: 100 * 1024,
  /** A first search query from the site's search page, which searches every council's. */
  firstQueryFromSearchPageBytes: 150 * 1024,
};

/** A query and what its search downloaded (lib/checks/search-downloads.ts). */
export interface QueryWeight {
  query: string;
  bytes: number;
  requests: number;
}

/** A file of the built site, by its path in the folder ("brackenfold/index.html"). */
export interface FileWeight {
  path: string;
  bytes: number;
  gzipBytes: number;
}

/** What a budget found: lines to print, and one line for each way the budget is broken. */
export interface BudgetCheck {
  lines: string[];
  overBudget: string[];
}

/** How many of the heaviest pages the report names. */
const heaviestShown = 5;

/** "33.7 KB", or "35 bytes" for a file under 1 KB. */
function kilobytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`;
}

function weigh(siteDir: string, path: string): FileWeight {
  const content = readFileSync(join(siteDir, path));
  return { path, bytes: content.length, gzipBytes: gzipSync(content).length };
}

/** Every public HTML file in the folder (not the editor's, lib/editor/paths.ts), with "/" between folders, in a stable order. */
export function htmlPages(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: "utf8" })
    .map((path) => path.split("\\").join("/"))
    .filter((path) => path.endsWith(".html") && !isEditorFile(path))
    .sort();
}

/** Every page's weight, heaviest (gzipped) first. */
export function pageWeights(siteDir: string): FileWeight[] {
  return htmlPages(siteDir)
    .map((path) => weigh(siteDir, path))
    .sort((a, b) => b.gzipBytes - a.gzipBytes || a.path.localeCompare(b.path));
}

/** The address a page is served at, under the prefix: "brackenfold/index.html" is "/plans/brackenfold/". */
function pageAddress(path: string, pathPrefix: string): string {
  return `${pathPrefix}${path.replace(/(^|\/)index\.html$/, "$1")}`;
}

/**
 * The stylesheets the pages link to (`<link rel="stylesheet">`), each once, as files in the folder.
 * Stylesheets from another origin are returned apart: the site makes no third-party requests.
 */
export function linkedStylesheets(
  siteDir: string,
  pathPrefix = "/",
): { local: FileWeight[]; external: string[]; pages: { page: string; sheets: string[] }[] } {
  const origin = "http://site.invalid";
  const local = new Set<string>();
  const external = new Set<string>();
  const pages: { page: string; sheets: string[] }[] = [];
  for (const page of htmlPages(siteDir)) {
    const html = readFileSync(join(siteDir, page), "utf8");
    const sheets: string[] = [];
    for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
      if (!/\brel=["']?stylesheet\b/i.test(tag)) continue;
      const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1];
      if (!href) continue;
      const address = new URL(href, origin + pageAddress(page, pathPrefix));
      if (address.origin !== origin) external.add(address.href);
      else if (address.pathname.startsWith(pathPrefix)) {
        const path = decodeURIComponent(address.pathname.slice(pathPrefix.length));
        local.add(path);
        sheets.push(path);
      }
    }
    pages.push({ page, sheets });
  }
  return { local: [...local].sort().map((path) => weigh(siteDir, path)), external: [...external].sort(), pages };
}

/** Pages with a <script> element, in path order. */
export function pagesWithScripts(siteDir: string): string[] {
  return htmlPages(siteDir).filter((page) => /<script\b/i.test(readFileSync(join(siteDir, page), "utf8")));
}

export function pageBudget(siteDir: string): BudgetCheck {
  const pages = pageWeights(siteDir);
  const over = pages.filter((page) => page.gzipBytes > budgets.pageBytes);
  const heaviest = pages.slice(0, heaviestShown);
  return {
    lines: [
      `${pages.length} HTML pages, each at most ${formatBytes(budgets.pageBytes)} gzipped`,
      `Heaviest ${heaviest.length}, gzipped:`,
      ...heaviest.map((page) => `  ${page.path}: ${formatBytes(page.gzipBytes)}, ${kilobytes(page.bytes)} unzipped`),
    ],
    overBudget: over.map((page) => `${page.path} is ${formatBytes(page.gzipBytes)} gzipped, over ${formatBytes(budgets.pageBytes)}`),
  };
}

/**
 * The CSS a visitor downloads for one page: the shared stylesheet and that page's council's colours. Each page
 * is weighed with the stylesheets it links to; the heaviest must be within the budget. (With every council in
 * England there are 317 colour files, but a visitor to one council's pages downloads one of them.)
 */
export function cssBudget(siteDir: string, pathPrefix = "/"): BudgetCheck {
  const { local, external, pages } = linkedStylesheets(siteDir, pathPrefix);
  const weights = new Map(local.map((sheet) => [sheet.path, sheet.gzipBytes]));
  const perPage = pages.map(({ page, sheets }) => ({ page, bytes: sheets.reduce((sum, sheet) => sum + (weights.get(sheet) ?? 0), 0) }));
  const heaviest = perPage.reduce((most, page) => (page.bytes > most.bytes ? page : most), { page: "", bytes: 0 });
  const overBudget = external.map((href) => `${href} is a stylesheet from another site`);
  if (heaviest.bytes > budgets.cssBytes) {
    overBudget.push(`The CSS ${heaviest.page} links to is ${formatBytes(heaviest.bytes)} gzipped, over ${formatBytes(budgets.cssBytes)}`);
  }
  const shown = [...local].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, heaviestShown);
  return {
    lines: [
      `CSS a page links to: at most ${formatBytes(heaviest.bytes)} gzipped${heaviest.page ? ` (${heaviest.page})` : ""}, within ${formatBytes(budgets.cssBytes)}`,
      `Stylesheets: ${local.length}${local.length > shown.length ? `, the ${shown.length} heaviest shown` : ""}`,
      ...shown.map((sheet) => `  ${sheet.path}: ${formatBytes(sheet.gzipBytes)}, ${kilobytes(sheet.bytes)} unzipped`),
    ],
    overBudget,
  };
}

export function scriptBudget(siteDir: string): BudgetCheck {
  const pages = pagesWithScripts(siteDir);
  return {
    lines: [
      `Pages with a <script>: ${pages.length === 0 ? "none" : pages.join(", ")} (only ${budgets.scriptPages.join(", ")} may have one)`,
    ],
    overBudget: pages
      .filter((page) => !budgets.scriptPages.includes(page))
      .map((page) => `${page} has a <script>, and only search may run JavaScript`),
  };
}

/**
 * The first search queries' downloads against their budgets: typed on `council`'s pages, and on the site's search
 * page. Every query measured must be within its budget.
 */
export function searchBudget(council: string, fromCouncil: readonly QueryWeight[], fromSearchPage: readonly QueryWeight[]): BudgetCheck {
  const places = [
    { place: `a council's page (${council})`, downloads: fromCouncil, budget: budgets.firstQueryFromCouncilBytes },
    { place: "the search page", downloads: fromSearchPage, budget: budgets.firstQueryFromSearchPageBytes },
  ];
  return {
    lines: places.flatMap(({ place, downloads, budget }) => [
      `First query from ${place}, gzipped, each at most ${formatBytes(budget)}:`,
      ...downloads.map((query) => `  "${query.query}": ${formatBytes(query.bytes)} in ${query.requests} requests`),
    ]),
    overBudget: places.flatMap(({ place, downloads, budget }) =>
      downloads
        .filter((query) => query.bytes > budget)
        .map(
          (query) =>
            `A first query ("${query.query}") from ${place} downloads ${formatBytes(query.bytes)} gzipped, over ${formatBytes(budget)}`,
        ),
    ),
  };
}
