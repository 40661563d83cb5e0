import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { checkLinks, decodeCharacterReferences, formatBrokenLink, startTags } from "../../lib/checks/links.ts";
import { buildExampleSite } from "../helpers/build.ts";
import { realCouncilsAlone } from "../helpers/real-councils.ts";

/** A folder of pages, each given as its path and body; every page gets the same head. */
function siteOf(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-links-"));
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(
      join(dir, path),
      path.endsWith(".html") ? `<!DOCTYPE html><html lang="en-GB"><head><title>t</title></head><body>${body}</body></html>` : body,
    );
  }
  return dir;
}

const problems = (dir: string, options = {}) => checkLinks(dir, options).broken.map(formatBrokenLink);

test("a link to a page that does not exist is reported with the page it is on", () => {
  const dir = siteOf({
    "index.html": '<a href="/brackenfold/">Plan</a> <a href="/kestrelmouth/">Plan</a>',
    "brackenfold/index.html": "<h1>Plan</h1>",
  });
  assert.equal(problems(dir), ['index.html: a href "/kestrelmouth/": no file at /kestrelmouth/']);
});

test("a #fragment with no element of that id on its page is reported; one that exists is not", () => {
  const dir = siteOf({
    "index.html":
      '<a href="#main">Skip</a><main id="main"><a href="/data/#subscribe">Subscribe</a> <a href="/data/#download">Download</a></main>',
    "data/index.html": '<h2 id="subscribe">Subscribe</h2>',
  });
  assert.equal(problems(dir), ['index.html: a href "/data/#download": /data/ has no element with id "download"']);
});

test("relative addresses, srcset, SVG links, form actions and the refresh redirect are all followed", () => {
  const dir = siteOf({
    "a/index.html": [
      '<img src="logo.svg" alt="" srcset="logo.svg 1x, logo@2x.png 2x">',
      '<svg><a href="../b/#gone"><text>B</text></a></svg>',
      '<form action="/search/"></form>',
    ].join(""),
    "a/logo.svg": "<svg></svg>",
    "b/index.html": '<meta http-equiv="refresh" content="0; url=/c/">',
  });
  assert.equal(problems(dir), [
    'a/index.html: img srcset "logo@2x.png": no file at /a/logo@2x.png',
    'a/index.html: a href "../b/#gone": /b/ has no element with id "gone"',
    'a/index.html: form action "/search/": no file at /search/',
    'b/index.html: meta refresh "/c/": no file at /c/',
  ]);
});

test("other hosts, mailto: and tel: are not followed, but the site's own absolute address is", () => {
  const dir = siteOf({
    "index.html": [
      '<a href="https://www.brackenfold.example.gov.uk/">Council</a><a href="mailto:a@b.example">Email</a><a href="tel:01632960418">Call</a>',
      '<a href="https://plans.example.gov.uk/missing/">Missing</a>',
    ].join(""),
  });
  assert.equal(problems(dir, { siteUrl: "https://plans.example.gov.uk" }), [
    'index.html: a href "https://plans.example.gov.uk/missing/": no file at /missing/',
  ]);
});

test("under a path prefix, an address that leaves out the prefix is broken", () => {
  const dir = siteOf({ "index.html": '<a href="/plans/data/">Data</a> <a href="/data/">Data</a>', "data/index.html": "<h1>Data</h1>" });
  assert.equal(problems(dir, { pathPrefix: "/plans/" }), [
    'index.html: a href "/data/": the address is outside the site\'s path prefix /plans/',
  ]);
});

test("attributes are read as a browser reads them: quoted or not, with character references decoded", () => {
  const [tag] = startTags(`<a class=govuk-link href='/search/?q=bins&amp;council=brackenfold' data-x="a>b">`);
  assert.is(tag?.attributes.get("href"), "/search/?q=bins&council=brackenfold");
  assert.is(tag?.attributes.get("class"), "govuk-link");
  assert.is(tag?.attributes.get("data-x"), "a>b");
  assert.is(decodeCharacterReferences("&#163;4.2 million &#x2013; &lt;ok&gt;"), "£4.2 million – <ok>");
  assert.equal(
    startTags('<!-- <a href="/commented/"> --><script src="/a.js">if (a<b) "<a href=x>"</script><a href="/real/">').map(
      (t) => t.attributes.get("src") ?? t.attributes.get("href"),
    ),
    ["/a.js", "/real/"],
  );
});

test("npm run links prints each broken link and exits 1", () => {
  const dir = siteOf({ "index.html": '<a href="/nowhere/">Nowhere</a>' });
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/links.ts"], {
    env: { ...process.env, OUTPUT_DIR: dir, PATH_PREFIX: "/" },
    encoding: "utf8",
  });
  assert.is(run.status, 1);
  assert.match(run.stdout, 'index.html: a href "/nowhere/": no file at /nowhere/');
  assert.match(run.stdout, "Checked 1 links on 1 pages");
});

test("the example site has no broken links, images, scripts or fragments", () => {
  const { outputDir } = buildExampleSite();
  const result = checkLinks(outputDir, { siteUrl: "http://localhost:8080" });
  assert.ok(result.pages > 80, `only ${result.pages} pages`);
  assert.ok(result.links > 3000, `only ${result.links} links`);
  assert.equal(result.broken.map(formatBrokenLink), []);
});

test("the example site built under PATH_PREFIX=/plans/ has no broken links either: every address carries the prefix", () => {
  const { outputDir } = buildExampleSite({ PATH_PREFIX: "/plans/" });
  assert.equal(checkLinks(outputDir, { pathPrefix: "/plans/" }).broken.map(formatBrokenLink), []);
});

test("a site of one council, as built and under PATH_PREFIX=/plans/, has no broken links either", () => {
  for (const prefix of ["/", "/plans/"]) {
    const { outputDir } = buildExampleSite({ CONTENT_DIR: "tests/fixtures/one-council", PATH_PREFIX: prefix });
    const result = checkLinks(outputDir, { pathPrefix: prefix, siteUrl: "http://localhost:8080" });
    assert.ok(result.pages > 30, `only ${result.pages} pages under ${prefix}`);
    assert.equal(result.broken.map(formatBrokenLink), [], prefix);
  }
});

test("each real council's site, built alone, has no broken links either", () => {
  for (const { name, contentDir } of realCouncilsAlone()) {
    const { outputDir } = buildExampleSite({ CONTENT_DIR: contentDir });
    const result = checkLinks(outputDir, { siteUrl: "http://localhost:8080" });
    assert.ok(result.pages > 10, `only ${result.pages} pages of ${name}`);
    assert.equal(result.broken.map(formatBrokenLink), [], name);
  }
});

test.run();
