import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadContent } from "../../lib/load/content.ts";
import { deriveSite } from "../../lib/derive/site.ts";
import { sitePages } from "../../lib/site/pages.ts";
import { searchCouncils, searchFilterOptions } from "../../lib/outputs/search-filter-options.ts";
import { searchPageTypeNames } from "../../lib/outputs/search-meta.ts";
import { examplesDir } from "../helpers/build.ts";

const options = searchFilterOptions(sitePages(deriveSite(loadContent(examplesDir), "2026-11-23")));

test("the council filter offers every council in the build, A to Z", () => {
  assert.equal(options.council, ["Brackenfold District Council", "Fernshire County Council", "Kestrelmouth Council"]);
});

test("a site of one council offers no council filter, and every other filter as before", () => {
  const one = searchFilterOptions(sitePages(deriveSite(loadContent("tests/fixtures/one-council"), "2026-11-23")));
  assert.equal(one.council, []);
  assert.equal([...one.type].sort(), Object.values(searchPageTypeNames).sort());
  assert.ok(one.theme.length > 0 && one.year.length > 0);
});

test("the search page offers to search each council alone, by its name, A to Z, as its folder names its own index", () => {
  const site = sitePages(deriveSite(loadContent(examplesDir), "2026-11-23"));
  assert.equal(searchCouncils(site), [
    { slug: "brackenfold", name: "Brackenfold District Council" },
    { slug: "fernshire", name: "Fernshire County Council" },
    { slug: "kestrelmouth", name: "Kestrelmouth Council" },
  ]);
});

test("a site of one council offers no council to search alone: its index is the council's", () => {
  assert.equal(searchCouncils(sitePages(deriveSite(loadContent("tests/fixtures/one-council"), "2026-11-23"))), []);
});

test("the page type filter offers plan, theme, action and update pages", () => {
  assert.equal([...options.type].sort(), Object.values(searchPageTypeNames).sort());
});

test("financial years come newest first, from the first update's year to the latest", () => {
  assert.equal(options.year[0], "2026/27");
  assert.ok(options.year.includes("2024/25"));
  assert.equal(options.year, [...options.year].sort().reverse());
});

test("themes and statuses offer only what some indexed page carries", () => {
  assert.ok(options.theme.includes("Transforming services"), options.theme.join(", "));
  for (const status of options.status) assert.ok(/^[A-Z]/.test(status), status);
  assert.ok(options.status.length >= 3);
});

test.run();
