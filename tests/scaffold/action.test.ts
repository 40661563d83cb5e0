import { test } from "uvu";
import * as assert from "uvu/assert";
import { join } from "node:path";
import { nextActionId, scaffoldAction } from "../../lib/scaffold/action.ts";
import { copyContent, councilIn, filesOf, schemaDir, writeAndCheck } from "../helpers/temp-content.ts";
import { examplesDir } from "../helpers/build.ts";

const schemaFile = join(schemaDir, "action.schema.json");
const today = "2026-11-23";

test("the next action id follows the letters the theme's actions already use", () => {
  const brackenfold = councilIn(copyContent(examplesDir), "brackenfold");
  assert.is(nextActionId(brackenfold, "waste"), "WS4");
  assert.is(nextActionId(brackenfold, "technology"), "TD3");
  const kestrelmouth = councilIn(copyContent(examplesDir), "kestrelmouth");
  assert.is(nextActionId(kestrelmouth, "barriers"), "BAR2");
});

test("a theme with no actions yet takes its first two letters", () => {
  const wrenmoor = councilIn(copyContent("tests/fixtures/minimal"), "wrenmoor");
  assert.is(nextActionId(wrenmoor, "technology"), "TE1");
  assert.is(nextActionId(wrenmoor, "services"), "CS2");
});

test("the action file is named for its id and names its schema; owner, summary and milestones are left to fill in", () => {
  const dir = copyContent(examplesDir);
  const [file] = filesOf(scaffoldAction(councilIn(dir, "brackenfold"), { theme: "waste", today, schemaFile }));
  assert.is(file?.path, `${dir}/councils/brackenfold/actions/WS4.yaml`);
  assert.ok(file?.text.startsWith(`# yaml-language-server: $schema=`));
  assert.ok(file?.text.includes('\nid: "WS4"\n'));
  assert.ok(file?.text.includes('\ntheme: "waste"\n'));
  assert.ok(file?.text.includes('\n#owner: "Head of Customer Services"\n'), "no owner unless the plan names one");
  assert.ok(file?.text.includes('\n#milestones:\n  #- id: "WS4-M1"\n'));
  assert.ok(file?.text.includes('    #due: "2026/27"\n'), "due by the end of this financial year");
});

test("every commented-out line can be uncommented by removing its #, and the action passes the check", () => {
  const dir = copyContent(examplesDir);
  const [file] = filesOf(scaffoldAction(councilIn(dir, "brackenfold"), { theme: "waste", today, schemaFile }));
  const uncommented = (file?.text ?? "").replace(/^(\s*)#(?=[^\s#])/gm, "$1");
  assert.ok(uncommented.includes('\nmilestones:\n  - id: "WS4-M1"\n    title: "New online form live"\n'));
  const { errors, warnings } = writeAndCheck(dir, { files: [{ path: file?.path ?? "", text: uncommented }] });
  assert.equal(errors, []);
  // A new measure has no figure yet in the latest report, which the check points out for the next one.
  assert.ok(
    warnings.every((warning) => warning.includes("WS4-K1")),
    warnings.join("\n"),
  );
});

test("the scaffolded action passes the check with no errors or warnings", () => {
  for (const [from, slug] of [
    [examplesDir, "brackenfold"],
    ["tests/fixtures/minimal", "wrenmoor"],
  ] as const) {
    const dir = copyContent(from);
    assert.equal(writeAndCheck(dir, scaffoldAction(councilIn(dir, slug), { today, schemaFile })), { errors: [], warnings: [] }, slug);
  }
});

test("by default the action goes in the plan's first theme; an unknown theme is refused with the themes listed", () => {
  const wrenmoor = councilIn(copyContent("tests/fixtures/minimal"), "wrenmoor");
  assert.ok(filesOf(scaffoldAction(wrenmoor, { today, schemaFile }))[0]?.text.includes('\ntheme: "services"\n'));
  assert.equal(scaffoldAction(wrenmoor, { theme: "housing", today, schemaFile }), {
    problem: '"housing" is not a theme in wrenmoor\'s plan',
    hint: "themes: services, technology, waste, barriers",
  });
});

test.run();
