import { test } from "uvu";
import * as assert from "uvu/assert";
import { deriveSite } from "../../lib/derive/site.ts";
import { loadContent } from "../../lib/load/content.ts";

const [wrenmoor] = loadContent("tests/fixtures/minimal").councils;
if (!wrenmoor) throw new Error("tests/fixtures/minimal has no council");
const asOf = "2026-11-23";

test("a build of exactly one council is that council's own site", () => {
  const site = deriveSite({ councils: [wrenmoor] }, asOf);
  assert.is(site.onlyCouncil?.slug, "wrenmoor");
  assert.is(site.onlyCouncil, site.councils[0]);
});

test("a build of several councils, or of none, has no only council", () => {
  assert.is(deriveSite({ councils: [wrenmoor, { ...wrenmoor, slug: "wrenmoor-east" }] }, asOf).onlyCouncil, undefined);
  assert.is(deriveSite({ councils: [] }, asOf).onlyCouncil, undefined);
});

test.run();
