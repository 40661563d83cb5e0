import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import {
  budgets,
  cssBudget,
  linkedStylesheets,
  pageBudget,
  pageWeights,
  pagesWithScripts,
  scriptBudget,
  searchBudget,
} from "../../lib/checks/budgets.ts";
import { buildExampleSite } from "../helpers/build.ts";

/** A built site in a temporary folder, from paths and their contents. */
function siteOf(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-budgets-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function page(head: string, body = "<h1>Plan</h1>"): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><title>Plan</title>${head}</head><body>${body}</body></html>`;
}

/** Text that gzip cannot shrink: random bytes as hex, about half their length again once gzipped. */
function incompressible(characters: number): string {
  return randomBytes(characters / 2).toString("hex");
}

test("pages are weighed gzipped, heaviest first", () => {
  const dir = siteOf({
    "index.html": page(""),
    "brackenfold/index.html": page("", `<p>${incompressible(2000)}</p>`),
    "data/plan.json": "{}",
  });
  const weights = pageWeights(dir);
  assert.equal(
    weights.map((weight) => weight.path),
    ["brackenfold/index.html", "index.html"],
  );
  const home = page("");
  assert.equal(weights[1], { path: "index.html", bytes: home.length, gzipBytes: gzipSync(home).length });
});

test("a page over 14 KB gzipped breaks the page budget, and the report names it", () => {
  const dir = siteOf({
    "index.html": page(""),
    "brackenfold/actions/cs1/index.html": page("", `<p>${incompressible(40000)}</p>`),
  });
  const check = pageBudget(dir);
  assert.is(check.lines[0], "2 HTML pages, each at most 14,336 bytes (14.0 KB) gzipped");
  assert.match(check.lines[2] ?? "", /^ {2}brackenfold\/actions\/cs1\/index\.html: \d+,\d+ bytes \(\d+\.\d KB\), 39\.\d KB unzipped$/);
  assert.is(check.overBudget.length, 1);
  assert.match(check.overBudget[0] ?? "", /^brackenfold\/actions\/cs1\/index\.html is .* gzipped, over 14,336 bytes \(14\.0 KB\)$/);
});

test("a page that compresses well can be long and still within budget", () => {
  const dir = siteOf({ "index.html": page("", "<p>On track</p>".repeat(5000)) });
  assert.equal(pageBudget(dir).overBudget, []);
});

test("a page's CSS is the stylesheets it links to, under the path prefix; the heaviest page's must be within budget", () => {
  const dir = siteOf({
    "index.html": page('<link rel="stylesheet" href="/plans/assets/main.css">'),
    "brackenfold/index.html": page(
      '<link rel="stylesheet" href="/plans/assets/main.css"><link href="/plans/assets/brand/brackenfold.css" rel="stylesheet"><link rel="alternate" href="/plans/feed.xml">',
    ),
    "brackenfold/actions/cs1/index.html": page('<link rel="stylesheet" href="../../../assets/main.css">'),
    "assets/main.css": "body{margin:0}",
    "assets/brand/brackenfold.css": ":root{--brand-colour:#1d4e5c}",
    "pagefind/pagefind-ui.css": incompressible(40000),
  });
  const sheets = linkedStylesheets(dir, "/plans/");
  assert.equal(
    sheets.local.map((sheet) => sheet.path),
    ["assets/brand/brackenfold.css", "assets/main.css"],
  );
  assert.equal(sheets.external, []);
  const check = cssBudget(dir, "/plans/");
  const total = gzipSync("body{margin:0}").length + gzipSync(":root{--brand-colour:#1d4e5c}").length;
  assert.is(
    check.lines[0],
    `CSS a page links to: at most ${total} bytes (0.1 KB) gzipped (brackenfold/index.html), within 12,288 bytes (12.0 KB)`,
  );
  assert.equal(check.overBudget, []);
});

test("CSS over 12 KB gzipped, or from another site, breaks the CSS budget", () => {
  const dir = siteOf({
    "index.html": page('<link rel="stylesheet" href="/assets/main.css"><link rel="stylesheet" href="https://fonts.example.com/font.css">'),
    "assets/main.css": `/* ${incompressible(30000)} */`,
  });
  const check = cssBudget(dir);
  assert.is(check.overBudget.length, 2);
  assert.is(check.overBudget[0], "https://fonts.example.com/font.css is a stylesheet from another site");
  assert.match(
    check.overBudget[1] ?? "",
    /^The CSS index\.html links to is 1\d,\d{3} bytes \(1\d\.\d KB\) gzipped, over 12,288 bytes \(12\.0 KB\)$/,
  );
});

test("many councils' colour files do not add up: each page is weighed with its own", () => {
  const brand = (slug: string) => `:root{--brand-colour:#${slug}}/* ${incompressible(2000)} */`;
  const files: Record<string, string> = { "assets/main.css": `/* ${incompressible(6000)} */` };
  for (let council = 0; council < 10; council += 1) {
    files[`c${council}/index.html`] = page(
      `<link rel="stylesheet" href="/assets/main.css"><link rel="stylesheet" href="/assets/brand/c${council}.css">`,
    );
    files[`assets/brand/c${council}.css`] = brand(`c${council}`);
  }
  const check = cssBudget(siteOf(files));
  assert.equal(check.overBudget, []);
  assert.match(check.lines[1] ?? "", "Stylesheets: 11");
});

test("only the search page may have a <script>", () => {
  const dir = siteOf({
    "index.html": page(""),
    "search/index.html": page('<script type="module" src="/assets/search.js"></script>'),
    "brackenfold/index.html": page("", '<SCRIPT src="/assets/chart.js"></SCRIPT>'),
  });
  assert.equal(pagesWithScripts(dir), ["brackenfold/index.html", "search/index.html"]);
  const check = scriptBudget(dir);
  assert.equal(check.lines, ["Pages with a <script>: brackenfold/index.html, search/index.html (only search/index.html may have one)"]);
  assert.equal(check.overBudget, ["brackenfold/index.html has a <script>, and only search may run JavaScript"]);
  assert.equal(budgets.scriptPages, ["search/index.html"]);
});

test("the example site holds every budget", () => {
  const site = buildExampleSite();
  const pages = pageBudget(site.outputDir);
  const css = cssBudget(site.outputDir);
  const scripts = scriptBudget(site.outputDir);
  assert.equal([...pages.overBudget, ...css.overBudget, ...scripts.overBudget], []);
  assert.match(pages.lines[0] ?? "", /^\d{2,} HTML pages/);
  assert.equal(
    linkedStylesheets(site.outputDir).local.map((sheet) => sheet.path),
    ["assets/brand/brackenfold.css", "assets/brand/fernshire.css", "assets/brand/kestrelmouth.css", "assets/main.css"],
  );
  assert.equal(pagesWithScripts(site.outputDir), ["search/index.html"]);
});

test("a first search query over 100 KB from a council's page, or over 150 KB from the search page, breaks its budget", () => {
  const query = (name: string, bytes: number) => ({ query: name, bytes, requests: 12 });
  const within = searchBudget(
    "brackenfold",
    [query("bins", budgets.firstQueryFromCouncilBytes)],
    [query("bins", budgets.firstQueryFromSearchPageBytes)],
  );
  assert.equal(within.overBudget, []);
  assert.is(within.lines[0], "First query from a council's page (brackenfold), gzipped, each at most 102,400 bytes (100.0 KB):");
  assert.is(within.lines[1], '  "bins": 102,400 bytes (100.0 KB) in 12 requests');
  const over = searchBudget(
    "brackenfold",
    [query("bins", 90_000), query("council tax", budgets.firstQueryFromCouncilBytes + 1)],
    [query("bins", budgets.firstQueryFromSearchPageBytes + 1)],
  );
  assert.equal(over.overBudget, [
    'A first query ("council tax") from a council\'s page (brackenfold) downloads 102,401 bytes (100.0 KB) gzipped, over 102,400 bytes (100.0 KB)',
    'A first query ("bins") from the search page downloads 153,601 bytes (150.0 KB) gzipped, over 153,600 bytes (150.0 KB)',
  ]);
});

test.run();
