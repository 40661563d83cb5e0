/**
 * Every built page of the example site is valid HTML by html-validate's recommended, document and
 * accessibility presets (issue 3, acceptance 2), with the project's configuration in .htmlvalidate.mjs.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { buildExampleSite } from "../helpers/build.ts";
import { realCouncilsAlone } from "../helpers/real-councils.ts";
import { isSplitPage, splitSiteContent } from "../helpers/split-site.ts";

const site = buildExampleSite();
const pages = htmlPages(site.outputDir);
/** A site of one council (tests/fixtures/one-council), whose site-wide pages wear the council's header. */
const oneCouncil = buildExampleSite({ CONTENT_DIR: "tests/fixtures/one-council" });
/** Each real council (tests/fixtures/real/councils) alone, a site of one council with a real plan's untidy shape. */
const realAlone = realCouncilsAlone().map((council) => ({ ...council, site: buildExampleSite({ CONTENT_DIR: council.contentDir }) }));
/** A site of forty councils, whose site-wide lists are split into pages (tests/helpers/split-site.ts). */
const split = buildExampleSite({ CONTENT_DIR: splitSiteContent() });

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".html"))
    .sort();
}

const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());

/**
 * html-validate's messages for a page. The site is built in a temporary folder, outside the project, so
 * each page is checked as if it were at its own path in the project: the loader then finds the project's
 * .htmlvalidate.mjs, as the command-line tool would.
 */
async function problems(html: string, page: string): Promise<string[]> {
  const report = await htmlvalidate.validateString(html, resolve(page));
  return report.results.flatMap((result) =>
    result.messages.map((message) => `${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
  );
}

test("the configuration finds real mistakes: an image with no text alternative, a skipped heading level", async () => {
  const page = `<!DOCTYPE html>
<html lang="en-GB">
<head><title>Plan</title></head>
<body>
<main>
<h1>Plan</h1>
<h3>Themes</h3>
<img src="/logo.png">
</main>
</body>
</html>
`;
  const found = await problems(page, "broken.html");
  assert.ok(
    found.some((line) => line.includes("heading-level")),
    found.join("\n"),
  );
  assert.ok(
    found.some((line) => line.includes("wcag/h37")),
    found.join("\n"),
  );
});

test("a stylesheet from another origin still needs its integrity hash", async () => {
  const page = `<!DOCTYPE html>
<html lang="en-GB">
<head><title>Plan</title><link rel="stylesheet" href="/assets/main.css"><link rel="stylesheet" href="https://cdn.example.com/x.css"></head>
<body><main><h1>Plan</h1></main></body>
</html>
`;
  assert.equal(await problems(page, "cdn.html"), ['cdn.html:3:74 require-sri: SRI "integrity" attribute is required on <link> element']);
});

test("every page of the example site is valid HTML with 0 errors", async () => {
  assert.ok(pages.length >= 80, `only ${pages.length} pages were found in ${site.outputDir}`);
  for (const wanted of ["index.html", "brackenfold/index.html", "search/index.html", "404.html"]) {
    assert.ok(pages.includes(wanted), `${wanted} was built`);
  }
  const found: string[] = [];
  for (const page of pages) found.push(...(await problems(readFileSync(join(site.outputDir, page), "utf8"), page)));
  assert.equal(found, [], `${found.length} errors:\n${found.slice(0, 40).join("\n")}`);
});

test("every page of a site of one council is valid HTML with 0 errors, its home page's redirect included", async () => {
  const onePages = htmlPages(oneCouncil.outputDir);
  assert.ok(onePages.length >= 30, `only ${onePages.length} pages were found in ${oneCouncil.outputDir}`);
  assert.ok(onePages.includes("index.html") && onePages.includes("search/index.html") && onePages.includes("404.html"));
  const found: string[] = [];
  for (const page of onePages) found.push(...(await problems(readFileSync(join(oneCouncil.outputDir, page), "utf8"), page)));
  assert.equal(found, [], `${found.length} errors:\n${found.slice(0, 40).join("\n")}`);
});

test("every page of each real council's site, built alone, is valid HTML with 0 errors", async () => {
  const found: string[] = [];
  for (const { name, site } of realAlone) {
    const alonePages = htmlPages(site.outputDir);
    assert.ok(alonePages.includes("index.html") && alonePages.includes("search/index.html") && alonePages.includes("404.html"), name);
    for (const page of alonePages)
      found.push(...(await problems(readFileSync(join(site.outputDir, page), "utf8"), page)).map((problem) => `${name}: ${problem}`));
  }
  assert.equal(found, [], `${found.length} errors:\n${found.slice(0, 40).join("\n")}`);
});

test("every site-wide page of a site too big to list everything on one page is valid HTML with 0 errors", async () => {
  const splitPages = htmlPages(split.outputDir).filter((page) => isSplitPage(page.replace(/index\.html$/, "")));
  assert.ok(splitPages.length > 40, `only ${splitPages.length} site-wide pages`);
  assert.ok(splitPages.includes("a-to-z/r/2/index.html") && splitPages.includes("compare/services/index.html"));
  const found: string[] = [];
  for (const page of splitPages) found.push(...(await problems(readFileSync(join(split.outputDir, page), "utf8"), page)));
  assert.equal(found, [], `${found.length} errors:\n${found.slice(0, 40).join("\n")}`);
});

test.run();
