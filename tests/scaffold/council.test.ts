import { test } from "uvu";
import * as assert from "uvu/assert";
import { scaffoldCouncil } from "../../lib/scaffold/council.ts";
import { loadContent } from "../../lib/load/content.ts";
import { copyContent, filesOf, schemaDir, writeAndCheck } from "./temp-content.ts";

const today = "2026-11-23";

test("a new council gets council.yaml and plan.yaml in a folder named for it, and no logo", () => {
  const dir = copyContent("tests/fixtures/minimal");
  const files = filesOf(scaffoldCouncil("north-wrenmoor", { contentDir: dir, today, schemaDir }));
  assert.equal(
    files.map((file) => file.path),
    [`${dir}/councils/north-wrenmoor/council.yaml`, `${dir}/councils/north-wrenmoor/plan.yaml`],
  );
  const [council, plan] = files.map((file) => file.text);
  assert.ok(council?.includes('name: "North Wrenmoor Council"\nshort_name: "North Wrenmoor"\n'));
  assert.ok(council?.includes('  # logo: "logo.svg"\n'));
  assert.ok(plan?.includes('period:\n  from: "2026/27"\n  to: "2028/29"\n'));
});

test("the plan has the four productivity plan themes written out, so they can be reworded", () => {
  const dir = copyContent("tests/fixtures/minimal");
  const plan = filesOf(scaffoldCouncil("north-wrenmoor", { contentDir: dir, today, schemaDir }))[1]?.text ?? "";
  const ids = [...plan.matchAll(/^ {2}- id: "([a-z]+)"$/gm)].map((match) => match[1]);
  assert.equal(ids, ["services", "technology", "waste", "barriers"]);
  assert.ok(plan.includes('    title: "Reducing wasteful spend"\n'));
});

test("the new council passes the check as written, and loads with its four themes", () => {
  const dir = copyContent("tests/fixtures/minimal");
  assert.equal(writeAndCheck(dir, scaffoldCouncil("north-wrenmoor", { contentDir: dir, today, schemaDir })), { errors: [], warnings: [] });
  const council = loadContent(dir).councils.find((found) => found.slug === "north-wrenmoor");
  assert.is(council?.council.data.name, "North Wrenmoor Council");
  assert.equal(
    council?.themes.map((theme) => theme.title),
    ["Transforming services", "Technology and data", "Reducing wasteful spend", "Barriers to progress"],
  );
});

test("a folder name that cannot be a web address, or that the site uses, is refused", () => {
  const options = { contentDir: "/content", today, schemaDir };
  assert.equal(scaffoldCouncil("North Wrenmoor", options), {
    problem: '"North Wrenmoor" cannot be a council folder name',
    hint: 'use lowercase letters, digits and hyphens only, for example "north-wrenmoor"; it becomes the web address',
  });
  const search = scaffoldCouncil("search", options);
  assert.ok("problem" in search && search.problem === '"search" is a name the site itself uses');
});

test.run();
