/**
 * Each real council (tests/fixtures/real/councils), built alone, reads as that council's own site on every page,
 * as tests/site/one-council.test.ts asks of its fixture: its name in the header, linking the plan; no list of
 * councils to go back to; no comparison; no "1 council" wording; no title that names the council twice. None of
 * them gives a brand colour, so no page links a brand stylesheet and the header keeps the site's own colour.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildExampleSite, withCharactersShown } from "../helpers/build.ts";
import { launchBrowser, serveFolder } from "../../lib/checks/browser.ts";
import { pageFile, sitePages } from "../../lib/checks/page-checks.ts";
import { realCouncils, realCouncilsAlone } from "../helpers/real-councils.ts";
import { pageText } from "../helpers/page-text.ts";

/** The header's colour when the council gives none (_includes/styles/_brand.scss), as a browser reports it. */
const defaultHeaderColour = "rgb(29, 78, 92)";

/** Text as the templates write it into HTML (Nunjucks escapes these five). */
const escaped = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** The words of some HTML, tags removed and spaces collapsed. */

/** Text for comparing: lower case, one kind of apostrophe, spaces collapsed. */
const normalised = (words: string): string => words.toLocaleLowerCase("en-GB").replace(/’/g, "'").replace(/\s+/g, " ");

/** Everything a real council's own files say, to tell its words from the site's. */
const ownWords = (slug: string): string =>
  normalised(
    readdirSync(join(realCouncils, slug), { recursive: true, encoding: "utf8" })
      .filter((file) => /\.(ya?ml|md)$/.test(file))
      .map((file) => readFileSync(join(realCouncils, slug, file), "utf8"))
      .join("\n"),
  );

/** Each use of `wording` in a page's words, with the words around it, that the council's own files do not hold. */
function siteWording(words: string, wording: RegExp, source: string): string[] {
  return [...words.matchAll(new RegExp(wording.source, "gi"))]
    .map((match) =>
      words
        .slice(Math.max(0, match.index - 25), match.index + match[0].length + 25)
        .split(" ")
        .slice(1, -1)
        .join(" "),
    )
    .filter((phrase) => !source.includes(normalised(phrase)));
}

const hrefs = (html: string): string[] => [...html.matchAll(/\shref="([^"]*)"/g)].map((match) => match[1] ?? "");

/** How many times a title names the council, by its full or its short name. */
const timesNamed = (title: string, { name, shortName }: { name: string; shortName: string }): number =>
  [...new Set([name, shortName])].reduce((count, named) => count + title.split(named).length - 1, 0);

const sites = realCouncilsAlone().map((council) => {
  const site = buildExampleSite({ CONTENT_DIR: council.contentDir });
  const pages = sitePages(site.outputDir).map((path) => ({
    path: `/${path}`,
    html: withCharactersShown(readFileSync(pageFile(site.outputDir, path), "utf8")),
  }));
  return { ...council, site, pages, plan: `/${council.slug}/` };
});

test("every real council is built alone, with its plan, search, A to Z, data, accessibility and 404 pages", () => {
  assert.ok(sites.length >= 9, `only ${sites.length} real councils`);
  for (const { name, plan, pages } of sites)
    for (const wanted of ["/", plan, "/search/", "/a-to-z/", "/data/", "/accessibility/", `${plan}accessibility/`, "/404.html"])
      assert.ok(
        pages.some((page) => page.path === wanted),
        `${name}: ${wanted} was built`,
      );
});

test("no page links to a list of councils, nor has an All councils crumb; crumbs start at the plan", () => {
  for (const { name, shortName, plan, pages } of sites)
    for (const { path, html } of pages) {
      assert.not.ok(hrefs(html).includes("/"), `${name}: ${path} links to /`);
      // Only links and crumbs: a plan may say "all councils" in its own words, as Gravesham's does.
      assert.not.match(html, /<a [^>]*>\s*All councils\s*</i, `${name}: ${path}`);
      const crumbs = /<nav class="govuk-breadcrumbs[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
      assert.not.match(crumbs, /All councils/i, `${name}: ${path}`);
      if (crumbs)
        assert.match(
          crumbs,
          `<a class="govuk-breadcrumbs__link" href="${plan}">${escaped(shortName)}</a>`,
          `${name}: ${path}'s crumbs start at the plan`,
        );
    }
});

test("there is no comparison page and no link to one, nor an entry in the sitemap", () => {
  for (const { name, site, pages } of sites) {
    assert.not.ok(existsSync(join(site.outputDir, "compare")), name);
    for (const { path, html } of pages)
      assert.not.ok(
        hrefs(html).some((href) => href.includes("/compare")),
        `${name}: ${path}`,
      );
    assert.not.match(readFileSync(join(site.outputDir, "sitemap.xml"), "utf8"), "/compare/", name);
  }
});

test("every page has the council's name in its header, going straight to the plan, and the plan's sections", () => {
  for (const { name, plan, pages } of sites)
    for (const { path, html } of pages) {
      const header = /<header[\s\S]*?<\/header>/.exec(html)?.[0] ?? "";
      assert.match(header, `<span class="app-header__name">${escaped(name)}</span>`, `${name}: ${path}`);
      assert.match(header, `<a href="${plan}" class="govuk-generic-header__homepage-link">`, `${name}: ${path}`);
      assert.match(html, "Plan sections", `${name}: ${path} has the plan's sections`);
    }
});

test("a council that gives no colour has no brand stylesheet: every page links the site's stylesheet alone", () => {
  for (const { name, site, pages } of sites) {
    assert.not.ok(existsSync(join(site.outputDir, "assets", "brand")), `${name}: a brand stylesheet was written`);
    for (const { path, html } of pages) {
      const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]*)">/g)].map((match) => match[1]);
      assert.equal(stylesheets, ["/assets/main.css"], `${name}: ${path}`);
    }
  }
});

test("in a browser, the header of a council that gives no colour is the site's own colour", async () => {
  const browser = await launchBrowser();
  try {
    for (const { name, site, plan } of sites) {
      const served = await serveFolder(site.outputDir);
      try {
        const page = await browser.newPage();
        await page.goto(served.url + plan.slice(1));
        assert.is(
          await page.evaluate<string>(`getComputedStyle(document.querySelector("header.app-header")).backgroundColor`),
          defaultHeaderColour,
          name,
        );
        await page.close();
      } finally {
        await served.close();
      }
    }
  } finally {
    await browser.close();
  }
});

test("no page speaks of one council as if it were a list, or of every council, but in the council's own words", () => {
  for (const { name, slug, pages } of sites) {
    const source = ownWords(slug);
    for (const { path, html } of pages) {
      const words = pageText(html);
      for (const wording of [/\b1 council/, /\b(every|all) councils?\b/, /councils’|councils'/])
        assert.equal(siteWording(words, wording, source), [], `${name}: ${path}`);
    }
  }
});

test("every title names the council once", () => {
  for (const council of sites)
    for (const { path, html } of council.pages) {
      const title = pageText(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "");
      assert.ok(title, `${council.name}: ${path} has a title`);
      assert.is(timesNamed(title, council), 1, `${council.name}: ${path}: ${title}`);
    }
});

test("the home page sends the reader straight to the plan, and is not in the sitemap", () => {
  for (const { name, site, plan } of sites) {
    assert.match(site.page("/"), `<meta http-equiv="refresh" content="0; url=${plan}">`, name);
    const sitemap = readFileSync(join(site.outputDir, "sitemap.xml"), "utf8");
    assert.not.match(sitemap, "<loc>http://localhost:8080/</loc>", name);
    assert.match(sitemap, `<loc>http://localhost:8080${plan}</loc>`, name);
  }
});

test("search offers no council filter", () => {
  for (const { name, site } of sites) assert.not.match(site.page("/search/"), 'id="search-council"', name);
});

test.run();
