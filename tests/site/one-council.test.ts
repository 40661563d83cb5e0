/**
 * A build of one council (tests/fixtures/one-council) reads as that council's own site on every page: its
 * name, logo and colour in the header, no list of councils to go back to, no comparison, no council filter,
 * no "1 council" wording, and no title that names the council twice.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildExampleSite, withCharactersShown } from "../helpers/build.ts";
import { pageFile, sitePages } from "../../lib/checks/page-checks.ts";
import { pageText } from "../helpers/page-text.ts";

const site = buildExampleSite({ CONTENT_DIR: "tests/fixtures/one-council" });
const pages = sitePages(site.outputDir).map((path) => ({
  path: `/${path}`,
  html: withCharactersShown(readFileSync(pageFile(site.outputDir, path), "utf8")),
}));

/** The words of some HTML, tags removed and spaces collapsed. */

const hrefs = (html: string): string[] => [...html.matchAll(/\shref="([^"]*)"/g)].map((match) => match[1] ?? "");

test("every page of the site was built, the site-wide ones included", () => {
  for (const wanted of [
    "/",
    "/brackenfold/",
    "/search/",
    "/a-to-z/",
    "/data/",
    "/accessibility/",
    "/brackenfold/accessibility/",
    "/404.html",
  ]) {
    assert.ok(
      pages.some((page) => page.path === wanted),
      `${wanted} was built`,
    );
  }
});

test("no page links to a list of councils, nor has an All councils crumb", () => {
  for (const { path, html } of pages) {
    assert.not.ok(hrefs(html).includes("/"), `${path} links to /`);
    assert.not.match(html, /All councils/i, path);
    const crumbs = /<nav class="govuk-breadcrumbs[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
    if (crumbs)
      assert.match(crumbs, '<a class="govuk-breadcrumbs__link" href="/brackenfold/">Brackenfold</a>', `${path}'s crumbs start at the plan`);
  }
});

test("there is no comparison page and no link to one", () => {
  assert.not.ok(existsSync(join(site.outputDir, "compare")));
  for (const { path, html } of pages)
    assert.not.ok(
      hrefs(html).some((href) => href.includes("/compare")),
      path,
    );
  assert.not.match(readFileSync(join(site.outputDir, "sitemap.xml"), "utf8"), "/compare/");
});

test("every page has the council's name, logo and brand colour in its header", () => {
  for (const { path, html } of pages) {
    const header = /<header[\s\S]*?<\/header>/.exec(html)?.[0] ?? "";
    assert.match(header, '<span class="app-header__name">Brackenfold District Council</span>', path);
    assert.match(header, '<img class="app-header__logo" src="/assets/logos/brackenfold.svg" alt="">', path);
    assert.match(
      header,
      '<a href="/brackenfold/" class="govuk-generic-header__homepage-link">',
      `${path}: the name goes straight to the plan`,
    );
    assert.match(html, '<link rel="stylesheet" href="/assets/brand/brackenfold.css">', path);
    assert.match(html, "Plan sections", `${path} has the plan's sections`);
  }
});

test("no page speaks of one council as if it were a list, or of every council", () => {
  for (const { path, html } of pages) {
    const words = pageText(html);
    assert.not.match(words, /\b1 council/i, path);
    assert.not.match(words, /\b(every|all) councils?\b/i, path);
    assert.not.match(words, /councils’|councils'/i, path);
  }
  assert.match(pageText(site.page("/a-to-z/")), "All 10 actions in Brackenfold District Council Productivity Plan 2024 to 2027, by title.");
});

test("no title names the council twice", () => {
  for (const { path, html } of pages) {
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "";
    assert.ok(title, `${path} has a title`);
    assert.is(title.split("Brackenfold").length - 1, 1, `${path}: ${title}`);
  }
  assert.match(site.page("/brackenfold/"), "<title>Brackenfold District Council Productivity Plan 2024 to 2027</title>");
  assert.match(site.page("/brackenfold/timeline/"), "<title>Timeline – Brackenfold District Council</title>");
});

test("the home page sends the reader straight to the plan, and is not in the sitemap", () => {
  assert.match(site.page("/"), '<meta http-equiv="refresh" content="0; url=/brackenfold/">');
  assert.match(
    site.page("/"),
    '<a class="govuk-link" href="/brackenfold/">Go to Brackenfold District Council Productivity Plan 2024 to 2027</a>',
  );
  const sitemap = readFileSync(join(site.outputDir, "sitemap.xml"), "utf8");
  assert.not.match(sitemap, "<loc>http://localhost:8080/</loc>");
  assert.match(sitemap, "<loc>http://localhost:8080/brackenfold/</loc>");
});

test("search offers no council filter, and every other", () => {
  const search = site.page("/search/");
  assert.not.match(search, 'id="search-council"');
  for (const filter of ["theme", "status", "type", "year"]) assert.match(search, `id="search-${filter}"`);
});

test("the site-wide feed and the file of all the data are the council's, not a directory's", () => {
  const feed = readFileSync(join(site.outputDir, "feed.xml"), "utf8");
  assert.match(feed, "<title>Brackenfold District Council Productivity Plan 2024 to 2027 progress updates</title>");
  assert.not.match(feed, /every council/i);
  const all = JSON.parse(readFileSync(join(site.outputDir, "data", "all.json"), "utf8")) as { title: string; councils: unknown[] };
  assert.is(all.title, "Brackenfold District Council Productivity Plan 2024 to 2027, with progress");
  assert.is(all.councils.length, 1);
});

test.run();
