import { test } from "uvu";
import * as assert from "uvu/assert";
import { councilsPlan, documentTitle, namesCouncil, withCouncilName } from "../../lib/site/titles.ts";

const brackenfold = {
  shortName: "Brackenfold",
  council: { name: "Brackenfold District Council" },
  plan: { title: "Productivity Plan 2024 to 2027" },
};
const wyre = { shortName: "Wyre", council: { name: "Wyre Council" }, plan: { title: "Wyre Council Productivity Plan" } };

test("a title names the council by its full or its short name, in any case", () => {
  assert.ok(namesCouncil("Wyre Council Productivity Plan", wyre));
  assert.ok(namesCouncil("The wyre plan", wyre));
  assert.ok(namesCouncil("Brackenfold Productivity Plan", brackenfold));
  assert.not.ok(namesCouncil("Productivity Plan 2024 to 2027", brackenfold));
});

test("a plan is named with its council, unless its title names the council already", () => {
  assert.is(councilsPlan(brackenfold), "Brackenfold District Council’s Productivity Plan 2024 to 2027");
  assert.is(councilsPlan(brackenfold, "'"), "Brackenfold District Council's Productivity Plan 2024 to 2027");
  assert.is(councilsPlan(wyre), "Wyre Council Productivity Plan", "not Wyre Council’s Wyre Council Productivity Plan");
  assert.is(withCouncilName("Productivity Plan 2024 to 2027", brackenfold), "Brackenfold District Council: Productivity Plan 2024 to 2027");
  assert.is(withCouncilName("Productivity Plan 2024 to 2027", brackenfold, "Brackenfold"), "Brackenfold: Productivity Plan 2024 to 2027");
  assert.is(withCouncilName("Wyre Council Productivity Plan", wyre), "Wyre Council Productivity Plan");
});

test("a page's <title> is its heading then the council's name, which is not doubled", () => {
  assert.is(documentTitle("Timeline", brackenfold), "Timeline – Brackenfold District Council");
  assert.is(documentTitle("Wyre Council Productivity Plan", wyre), "Wyre Council Productivity Plan");
  assert.is(documentTitle("Search plans and progress updates"), "Search plans and progress updates");
});

test.run();
