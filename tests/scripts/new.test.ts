import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** 23 November 2026, as the other tests judge the example content. */
const epoch = "1795435200";

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-new-"));
  cpSync("tests/fixtures/minimal", dir, { recursive: true });
  return dir;
}

function run(script: string, dir: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    env: { ...process.env, CONTENT_DIR: dir, SOURCE_DATE_EPOCH: epoch, GITHUB_ACTIONS: "false" },
    encoding: "utf8",
  });
}

test("npm run new -- update writes the next update, which npm run check accepts", () => {
  const dir = copy();
  const result = run("scripts/new.ts", dir, "update", "wrenmoor");
  assert.is(result.status, 0, result.stderr);
  assert.ok(result.stdout.startsWith(`Wrote ${dir}/councils/wrenmoor/updates/2024-25-q4.md\n`));
  const checked = run("scripts/check.ts", dir);
  assert.is(checked.status, 0, checked.stderr);
  assert.match(checked.stdout, /Content is valid: 1 council, 2 actions, 3 updates/);
});

test("a second run for the same quarter refuses, and the file is left as it was", () => {
  const dir = copy();
  run("scripts/new.ts", dir, "update", "wrenmoor", "2024/25 Q4");
  const path = join(dir, "councils/wrenmoor/updates/2024-25-q4.md");
  const before = readFileSync(path, "utf8");
  const again = run("scripts/new.ts", dir, "update", "wrenmoor", "2024/25 Q4");
  assert.is(again.status, 1);
  assert.is(again.stderr.trim(), "2024/25 Q4 already has a report (edit that file instead, or give another period)");
  assert.is(readFileSync(path, "utf8"), before);
});

test("a new council over an existing folder's files writes nothing", () => {
  const dir = copy();
  const result = run("scripts/new.ts", dir, "council", "wrenmoor");
  assert.is(result.status, 1);
  assert.is(
    result.stderr.trim(),
    `Nothing was written: ${dir}/councils/wrenmoor/council.yaml and ${dir}/councils/wrenmoor/plan.yaml already exist (edit them, or remove them first)`,
  );
  assert.is(
    readFileSync(join(dir, "councils/wrenmoor/council.yaml"), "utf8"),
    readFileSync("tests/fixtures/minimal/councils/wrenmoor/council.yaml", "utf8"),
  );
});

test("a new action and a new council are written where the check finds them", () => {
  const dir = copy();
  assert.is(run("scripts/new.ts", dir, "action", "wrenmoor", "technology").status, 0);
  assert.ok(existsSync(join(dir, "councils/wrenmoor/actions/TE1.yaml")));
  assert.is(run("scripts/new.ts", dir, "council", "north-wrenmoor").status, 0);
  // A new council has no website or contact until the officer gives the real ones: the check says what is missing.
  const unfilled = run("scripts/check.ts", dir);
  assert.is(unfilled.status, 1);
  assert.match(unfilled.stderr, "north-wrenmoor/council.yaml:5:1 website: is missing");
  assert.match(unfilled.stderr, "contact:");
  assert.match(unfilled.stderr, "at least one of email, phone or page");
  const councilFile = join(dir, "councils/north-wrenmoor/council.yaml");
  writeFileSync(
    councilFile,
    readFileSync(councilFile, "utf8")
      .replace('#website: "https://www.your-council.gov.uk"', 'website: "https://www.north-wrenmoor.example.gov.uk"')
      .replace("#contact:", "contact:")
      .replace('  #email: "performance@your-council.gov.uk"', '  email: "plans@north-wrenmoor.example.gov.uk"'),
  );
  const checked = run("scripts/check.ts", dir);
  assert.is(checked.status, 0, checked.stderr);
  assert.match(checked.stdout, /Content is valid: 2 councils, 3 actions, 2 updates/);
});

test("a new council's name can be typed after its folder name, and the output asks for it to be checked", () => {
  const dir = copy();
  const result = run("scripts/new.ts", dir, "council", "kings-lynn-and-west-norfolk", "King's Lynn and West Norfolk");
  assert.is(result.status, 0, result.stderr);
  assert.match(
    result.stdout,
    'Check the full name "King\'s Lynn and West Norfolk Council" and the short name "King\'s Lynn and West Norfolk" in council.yaml',
  );
  assert.match(
    readFileSync(join(dir, "councils/kings-lynn-and-west-norfolk/council.yaml"), "utf8"),
    'name: "King\'s Lynn and West Norfolk Council"',
  );
  const unquoted = run("scripts/new.ts", dir, "council", "newcastle-upon-tyne", "Newcastle", "upon", "Tyne");
  assert.is(unquoted.status, 0, unquoted.stderr);
  assert.match(readFileSync(join(dir, "councils/newcastle-upon-tyne/council.yaml"), "utf8"), 'name: "Newcastle upon Tyne Council"');
});

test("without a kind of file, it says how to use it", () => {
  const result = run("scripts/new.ts", copy());
  assert.is(result.status, 1);
  assert.ok(result.stderr.startsWith("Usage:\n  npm run new -- update <council> [period]"));
});

test.run();
