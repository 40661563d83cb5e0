/**
 * One money style on every page the site writes (lib/format/money.ts, docs/domain.md "Money"): "95p", "£450,000",
 * "£75.50", "£1.8 million", "£1.82 million"; never "£0.95", "£1,055,000" or "£1.802 million" beside them. A figure
 * in another style is allowed only where the council wrote it so itself, in a narrative or summary quoted as it was
 * published (the site says only what the council said, in its words).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { buildExampleSite, examplesDir } from "../helpers/build.ts";
import { sitePages } from "../helpers/page-checks.ts";

/** The forms formatMoney writes. */
const siteStyle = /^-?(?:[1-9]\d?p|£0|£[1-9]\d{0,2}(?:,\d{3})?(?:\.(?!00)\d\d)?|£[1-9]\d{0,2}(?:\.\d?[1-9])? (?:million|billion))$/;

/** Every sum of money written on a page, in pounds or pence, with "million" or "m" when it has one. */
function moneyOn(html: string): string[] {
  const text = html.replace(/&nbsp;|&#160;/g, " ");
  const pounds = text.match(/-?£\d+(?:,\d{3})*(?:\.\d+)?(?: ?(?:million|billion|bn|m|k)\b)?/g) ?? [];
  const pence = text.match(/(?<![\w.,£-])\d+(?:\.\d+)?p\b(?![\w-])/g) ?? [];
  return [...pounds, ...pence.filter((figure) => !/^\d+(?:\.\d+)?p$/.test(figure) || Number.parseFloat(figure) < 100)];
}

/** Everything the councils wrote, to tell a figure the council wrote its own way from one the site wrote. */
function councilsOwnWords(contentDir: string): string {
  const files = readdirSync(join(contentDir, "councils"), { recursive: true, encoding: "utf8" }).filter((file) =>
    /\.(ya?ml|md)$/.test(file),
  );
  return files.map((file) => readFileSync(join(contentDir, "councils", file), "utf8")).join("\n");
}

const sites = [
  { name: "the example councils", contentDir: examplesDir, site: buildExampleSite() },
  { name: "the real councils", contentDir: "tests/fixtures/real", site: buildExampleSite({ CONTENT_DIR: "tests/fixtures/real" }) },
];

for (const { name, contentDir, site } of sites) {
  test(`every sum of money on ${name}' pages is in GOV.UK style, unless the council wrote it so itself`, () => {
    const own = councilsOwnWords(contentDir);
    const pages = sitePages(site.outputDir);
    const problems: string[] = [];
    let figures = 0;
    for (const path of pages) {
      for (const figure of moneyOn(site.page(path || "index.html"))) {
        figures += 1;
        if (!siteStyle.test(figure) && !own.includes(figure)) problems.push(`${path || "/"}: "${figure}"`);
      }
    }
    assert.ok(pages.length > 50, `${pages.length} pages`);
    assert.ok(figures > 20, `${figures} sums of money`);
    assert.equal([...new Set(problems)], []);
  });
}

test("the pages that once showed three decimals, £0.95 and £1,055,000 now show the one style", () => {
  const example = sites[0]?.site;
  assert.ok(example);
  const action = example.page("brackenfold/actions/lc1/");
  assert.match(action, "Target 95p by March 2027");
  assert.not.match(action, "£0.95");
  for (const path of sitePages(example.outputDir)) {
    const html = example.page(path || "index.html");
    assert.not.match(html, /£\d+\.\d{3} million/, path);
    assert.not.match(html, /£\d{1,3},\d{3},\d{3}/, path);
  }
});

test("the style test tells the site's style from others", () => {
  for (const figure of [
    "95p",
    "£0",
    "£450,000",
    "£75.50",
    "£1.04",
    "£1 million",
    "£1.8 million",
    "£1.82 million",
    "£1.2 billion",
    "-£1,200",
  ]) {
    assert.ok(siteStyle.test(figure), figure);
  }
  for (const figure of ["£0.95", "£1,055,000", "£1.802 million", "£75.00", "£9m", "£1.80 million", "£075"]) {
    assert.not.ok(siteStyle.test(figure), figure);
  }
  assert.equal(moneyOn("<p>Target £0.95, then 95p, and £1.8&nbsp;million or £9m; 2024p? no: 250p.</p>"), [
    "£0.95",
    "£1.8 million",
    "£9m",
    "95p",
  ]);
});

test.run();
