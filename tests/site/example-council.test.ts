/**
 * The examples on the site name the site's own council. A site holding only Wrenmoor once told readers to
 * acknowledge "Brackenfold District Council", a council the example content has and that site did not.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { buildExampleSite, examplesDir } from "../helpers/build.ts";

const site = buildExampleSite({ CONTENT_DIR: "tests/fixtures/minimal" });
const exampleContentCouncils = readdirSync(join(examplesDir, "councils"));

/** Every "Something Council", "Something District Council" and the like that a text names. */
function councilsNamed(text: string): string[] {
  return [
    ...new Set(
      [...text.matchAll(/\b(?:[A-Z][\w'’-]* )+?(?:(?:District|Borough|County|City|Metropolitan) )?Council\b/g)].map((found) => found[0]),
    ),
  ];
}

test("the data page's licence example names the site's only council, Wrenmoor, and no other council", () => {
  const page = site.page("data/");
  assert.match(page, 'for example: "Contains public sector information from Wrenmoor District Council licensed under');
  assert.equal(councilsNamed(page), ["Wrenmoor District Council"]);
});

test("the data page's column descriptions give Wrenmoor's web address as the example", () => {
  assert.match(site.page("data/"), "short name in web addresses, for example wrenmoor.");
});

test("the published data schema's examples of a council's name are Wrenmoor's", () => {
  const schema = site.page("data/schema.json");
  assert.match(schema, `The council's full name, for example \\"Wrenmoor District Council\\".`);
  assert.match(schema, `A shorter name used in headings and tables, for example \\"Wrenmoor\\".`);
  assert.equal(councilsNamed(schema), ["Wrenmoor District Council"]);
});

test("no page or data file of the site names a council of the example content", () => {
  for (const path of ["data/", "data/schema.json", "", "wrenmoor/", "search/", "about/"]) {
    let text: string;
    try {
      text = site.page(path).toLowerCase();
    } catch {
      continue;
    }
    for (const slug of exampleContentCouncils) assert.not.ok(text.includes(slug), `${path || "/"} names ${slug}`);
  }
});

test.run();
