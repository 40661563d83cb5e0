import { test } from "uvu";
import * as assert from "uvu/assert";
import { homePage, homeRedirect } from "../../lib/site/home.ts";
import { deriveSite } from "../../lib/derive/site.ts";
import { loadContent } from "../../lib/load/content.ts";

const [wrenmoor] = loadContent("tests/fixtures/minimal").councils;
if (!wrenmoor) throw new Error("tests/fixtures/minimal has no council");
const asOf = "2026-11-23";

test("a build of one council sends the home page to that council's plan", () => {
  assert.is(homeRedirect(deriveSite({ councils: [wrenmoor] }, asOf)), "/wrenmoor/");
});

test("the home page of one council's site is headed with its plan's title, and of several with the site's", () => {
  assert.equal(homePage(deriveSite({ councils: [wrenmoor] }, asOf)), { title: "Productivity Plan 2024 to 2027", redirect: "/wrenmoor/" });
  assert.equal(homePage(deriveSite({ councils: [] }, asOf)), { title: "Council plans and progress", redirect: "" });
});

test("a build of several councils, or none, keeps its home page", () => {
  assert.is(homeRedirect(deriveSite({ councils: [wrenmoor, { ...wrenmoor, slug: "wrenmoor-east" }] }, asOf)), "");
  assert.is(homeRedirect(deriveSite({ councils: [] }, asOf)), "");
});

test.run();
