import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadContent } from "../../lib/load/content.ts";
import { deriveSite } from "../../lib/derive/site.ts";
import { sitePages } from "../../lib/site/pages.ts";
import { searchPageTypeNames } from "../../lib/outputs/search-meta.ts";
import { examplesDir } from "../helpers/build.ts";

const settings = { siteUrl: "https://plans.example.org", pathPrefix: "/", asOf: "2026-11-23" };
/** The search page's filter options, as the site model gives them to it. */
const searchPage = (dir: string) => sitePages(deriveSite(loadContent(dir), "2026-11-23"), settings).pages.search[0]!;
const filterOptions = (dir: string) => searchPage(dir).filterOptions;
const options = filterOptions(examplesDir);

test("the council filter offers every council in the build, A to Z", () => {
  assert.equal(options.council, ["Brackenfold District Council", "Fernshire County Council", "Kestrelmouth Council"]);
});

test("a site of one council offers no council filter, and every other filter as before", () => {
  const one = filterOptions("tests/fixtures/one-council");
  assert.equal(one.council, []);
  assert.equal([...one.type].sort(), Object.values(searchPageTypeNames).sort());
  assert.ok(one.theme.length > 0 && one.year.length > 0);
});

test("the search page offers to search each council alone, by its name, A to Z, as its folder names its own index", () => {
  assert.equal(searchPage(examplesDir).councils, [
    { slug: "brackenfold", name: "Brackenfold District Council" },
    { slug: "fernshire", name: "Fernshire County Council" },
    { slug: "kestrelmouth", name: "Kestrelmouth Council" },
  ]);
});

test("a site of one council offers no council to search alone: its index is the council's", () => {
  assert.equal(searchPage("tests/fixtures/one-council").councils, []);
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
