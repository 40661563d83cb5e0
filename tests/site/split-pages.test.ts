/**
 * A site of forty councils (tests/helpers/split-site.ts), too big for the A to Z, the comparison, the open data and
 * the shared accessibility statement to fit one page each: what a resident finds on the pages they are split into.
 * Their titles, trails, HTML and accessibility are checked with every other page's (tests/site/page-names.test.ts,
 * tests/site/html-validate.test.ts, tests/a11y/pages.test.ts).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildExampleSite } from "../helpers/build.ts";
import { isSplitPage, splitSiteContent } from "../helpers/split-site.ts";
import { sitePages } from "../../lib/checks/page-checks.ts";
import { pageBudget } from "../../lib/checks/budgets.ts";
import { pageText } from "../helpers/page-text.ts";

const site = buildExampleSite({ CONTENT_DIR: splitSiteContent() });
const built = sitePages(site.outputDir);
const councils = built.filter((path) => /^[^/]+\/data\/$/.test(path)).map((path) => path.split("/")[0] ?? "");
const links = (path: string): string[] => [...site.page(path).matchAll(/<a [^>]*href="([^"#]*)[^"]*"/g)].map((match) => match[1] ?? "");

test("every page is within the 14 KB page budget", () => {
  assert.equal(pageBudget(site.outputDir).overBudget, []);
});

test("every page the split makes is in the sitemap", () => {
  const sitemap = readFileSync(join(site.outputDir, "sitemap.xml"), "utf8");
  const split = built.filter(isSplitPage);
  assert.ok(split.length > 40, `only ${split.length} pages`);
  for (const path of split) assert.match(sitemap, `<loc>http://localhost:8080/${path}</loc>`, path);
});

test("the A to Z's index links every letter's page and every part of a letter, each named by its first and last titles", () => {
  const index = links("a-to-z/");
  const letterPages = built.filter((path) => /^a-to-z\/.+/.test(path));
  for (const path of letterPages) assert.ok(index.includes(`/${path}`), path);
  const text = pageText(site.page("a-to-z/"));
  assert.match(text, /R: \d+ actions R, part 1 of 2: Redesign .* to .* R, part 2 of 2: .* to Review .*/);
  assert.match(text, "B C", "a letter no title starts with stays in the index, unlinked");
  assert.not.ok(index.includes("/a-to-z/c/"));
});

test("a letter's page links the other letters and its other parts, and lists its actions, each linked", () => {
  const r2 = site.page("a-to-z/r/2/");
  assert.ok(links("a-to-z/r/2/").includes("/a-to-z/r/"));
  assert.ok(links("a-to-z/r/2/").includes("/a-to-z/a/"));
  assert.match(pageText(r2), /\d+ actions whose titles start with R, from .* to Review/);
  const actions = links("a-to-z/r/").filter((href) => /\/actions\//.test(href)).length;
  const actionsR2 = links("a-to-z/r/2/").filter((href) => /\/actions\//.test(href)).length;
  assert.ok(actions > 0 && actions <= 150 && actionsR2 > 0 && actionsR2 <= 150, `${actions} and ${actionsR2} actions`);
});

test("the comparison keeps the whole plan and links a page per theme, each comparing every council", () => {
  const compare = pageText(site.page("compare/"));
  assert.match(compare, "The whole plan");
  for (const theme of ["services", "technology", "waste", "barriers"]) assert.ok(links("compare/").includes(`/compare/${theme}/`), theme);
  const services = site.page("compare/services/");
  assert.is([...services.matchAll(/<th scope="row"/g)].length, councils.length);
  assert.ok(links("compare/services/").includes("/compare/"));
});

test("/data/ keeps the files for all councils and the columns, and links each council's own data page, which has its files", () => {
  const data = links("data/");
  assert.ok(data.includes("/data/all.json") && data.includes("/feed.xml"));
  assert.match(pageText(site.page("data/")), "Columns in actions.csv");
  assert.is(councils.length, 40);
  for (const council of councils) assert.ok(data.includes(`/${council}/data/`), council);
  assert.not.ok(
    data.some((href) => /\/calendar|\.ics$/.test(href)),
    "no council's calendar on /data/",
  );
  const first = councils[0] ?? "";
  assert.equal(
    links(`${first}/data/`).filter((href) => /\.(xml|ics|json|csv)$/.test(href)),
    [
      `/${first}/feed.xml`,
      `/${first}/milestones.ics`,
      `/data/${first}.json`,
      ...["actions", "milestones", "measures", "savings"].map((table) => `/data/${first}/${table}.csv`),
    ],
  );
});

test("a council's pages link its own data page from the footer; the shared pages, /data/", () => {
  const first = councils[0] ?? "";
  const footer = (path: string) => /<footer[\s\S]*<\/footer>/.exec(site.page(path))?.[0] ?? "";
  for (const path of [`${first}/`, `${first}/progress/`, `${first}/accessibility/`]) {
    assert.match(footer(path), `<a class="govuk-footer__link" href="/${first}/data/#subscribe">Subscribe</a>`, path);
    assert.match(footer(path), `<a class="govuk-footer__link" href="/${first}/data/">Open data</a>`, path);
  }
  for (const path of ["", "a-to-z/", "compare/services/"])
    assert.match(footer(path), '<a class="govuk-footer__link" href="/data/">Open data</a>', path);
});

test("the shared statement links each council's own, which gives its contacts, instead of listing them", () => {
  const shared = site.page("accessibility/");
  for (const council of councils) assert.ok(links("accessibility/").includes(`/${council}/accessibility/`), council);
  assert.not.match(shared, "mailto:");
  assert.match(pageText(shared), "Its own accessibility statement, in the list at the start of this page, gives its contact details.");
  assert.match(site.page(`${councils[0]}/accessibility/`), "mailto:");
});

test.run();
