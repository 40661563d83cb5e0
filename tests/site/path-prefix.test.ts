/**
 * A site served from a sub-folder (a GitHub Pages project site): `PATH_PREFIX=/plans/` puts every address
 * in every page, stylesheet, feed and sitemap under /plans/, and nothing in it is broken (issue 3,
 * acceptance 4).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildExampleSite } from "../helpers/build.ts";
import { checkLinks, formatBrokenLink, startTags } from "../../lib/checks/links.ts";

const prefix = "/plans/";
const siteUrl = "https://council.example.org";
const site = buildExampleSite({ PATH_PREFIX: prefix, SITE_URL: siteUrl });
const files = readdirSync(site.outputDir, { recursive: true, encoding: "utf8" })
  .map((path) => path.split("\\").join("/"))
  .sort();
const pages = files.filter((path) => path.endsWith(".html"));

/** Every address a page gives: href, src, srcset, form action, and the refresh address of a redirect. */
function addresses(html: string): string[] {
  return startTags(html).flatMap((tag) => {
    const found = ["href", "xlink:href", "src", "action", "poster"].flatMap((name) => tag.attributes.get(name) ?? []);
    for (const candidate of tag.attributes.get("srcset")?.split(",") ?? []) found.push(candidate.trim().split(/\s+/)[0] ?? "");
    const refresh = tag.name === "meta" ? /url=(\S+)/i.exec(tag.attributes.get("content") ?? "")?.[1] : undefined;
    return refresh ? [...found, refresh] : found;
  });
}

/** An address that leaves the site, or stays on the same page. */
const outside = /^(https?:|mailto:|tel:|#)/;

test("every href, src and form action in every page starts with /plans/, or leaves the site, or is a #fragment", () => {
  assert.ok(pages.length >= 80, `only ${pages.length} pages were built`);
  const wrong: string[] = [];
  let checked = 0;
  for (const page of pages) {
    for (const address of addresses(readFileSync(join(site.outputDir, page), "utf8"))) {
      checked += 1;
      if (!address.startsWith(prefix) && !outside.test(address)) wrong.push(`${page}: "${address}"`);
    }
  }
  assert.ok(checked > 3000, `only ${checked} addresses were found`);
  assert.equal(wrong, [], `${wrong.length} addresses miss the prefix:\n${wrong.slice(0, 20).join("\n")}`);
});

test("the pages link to the stylesheet, the council's logo and the search page under /plans/", () => {
  const plan = site.page("brackenfold/");
  assert.ok(plan.includes('<link rel="stylesheet" href="/plans/assets/main.css">'));
  assert.ok(plan.includes('<link rel="stylesheet" href="/plans/assets/brand/brackenfold.css">'));
  assert.match(plan, /<img class="app-header__logo" src="\/plans\/assets\/logos\/brackenfold\.svg"/);
  assert.match(plan, /<form class="app-search-form" action="\/plans\/search\/"/);
});

test("every url() in the stylesheets is under /plans/ or needs no request", () => {
  const stylesheets = files.filter((path) => path.endsWith(".css"));
  assert.ok(stylesheets.includes("assets/main.css"));
  const wrong: string[] = [];
  for (const stylesheet of stylesheets) {
    const css = readFileSync(join(site.outputDir, stylesheet), "utf8");
    for (const [, quoted] of css.matchAll(/url\(\s*([^)]*?)\s*\)/g)) {
      const address = (quoted ?? "").replace(/^["']|["']$/g, "");
      if (!address.startsWith(prefix) && !/^(data:|#)/.test(address)) wrong.push(`${stylesheet}: url(${address})`);
    }
  }
  assert.equal(wrong, []);
});

test("feeds, the sitemap and robots.txt give the site's full address with /plans/", () => {
  const wrong: string[] = [];
  let checked = 0;
  for (const file of files.filter((path) => /\.(xml|txt)$/.test(path))) {
    const text = readFileSync(join(site.outputDir, file), "utf8");
    for (const [address] of text.matchAll(new RegExp(`${siteUrl.replace(/[.]/g, "\\.")}[^"'<>&\\s]*`, "g"))) {
      checked += 1;
      if (!address.startsWith(`${siteUrl}${prefix}`)) wrong.push(`${file}: ${address}`);
    }
  }
  assert.ok(checked > 100, `only ${checked} addresses were found`);
  assert.equal(wrong, []);
  assert.ok(readFileSync(join(site.outputDir, "robots.txt"), "utf8").includes(`Sitemap: ${siteUrl}/plans/sitemap.xml`));
});

test("the link check finds no broken link, asset or #fragment in the prefixed build", () => {
  const result = checkLinks(site.outputDir, { pathPrefix: prefix, siteUrl });
  assert.is(result.pages, pages.length);
  assert.equal(result.broken.map(formatBrokenLink), []);
});

// Regression: breadcrumbs written as template strings in eleventyComputed gave every paginated page the
// first council's (Fernshire's timeline led back to Brackenfold).
test("every council page's breadcrumbs lead back to its own council", () => {
  const wrong: string[] = [];
  for (const page of pages) {
    const council = /^(brackenfold|fernshire|kestrelmouth)\//.exec(page)?.[1];
    const trail = /<nav class="govuk-breadcrumbs[^>]*>([\s\S]*?)<\/nav>/.exec(readFileSync(join(site.outputDir, page), "utf8"))?.[1];
    // The plan overview is the council's own page: its trail ends at the council.
    if (!council || !trail || page === `${council}/index.html`) continue;
    const links = [...trail.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
    if (links[1] !== `${prefix}${council}/`) wrong.push(`${page}: ${links.join(" > ")}`);
  }
  assert.equal(wrong, []);
  assert.match(site.page("fernshire/timeline/"), /<a class="govuk-breadcrumbs__link" href="\/plans\/fernshire\/">Fernshire<\/a>/);
  assert.match(site.page("kestrelmouth/progress/2025-26-q4/"), /aria-current="page">January to March 2026<\/li>/);
});

test.run();
