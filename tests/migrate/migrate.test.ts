import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { issueFromText, migrateCouncil } from "../../lib/migrate/council.ts";
import { migratePlan } from "../../lib/migrate/plan.ts";
import { migrateUpdate } from "../../lib/migrate/update.ts";
import { loadContent } from "../../lib/load/content.ts";

const oldUpdate = [
  "---",
  "# The quarter this update covers",
  'quarter: "2024/25 Q2"  # as the committee report',
  'published: "2024-11-14"',
  "rag_summary: { green: 8, amber: 2, red: 1 }  # counted by the report",
  "milestones:",
  '  CS1-M1: { status: "on track" }',
  "---",
  "## Summary",
  "",
  "quarter: this line is narrative and stays as it is.",
  "",
].join("\n");

const oldPlan = [
  'title: "Productivity Plan 2024 to 2027"',
  "# Keep the ids: actions refer to them.",
  "themes:",
  '  - id: "services"',
  '    title: "Transforming services"',
  '    # "achieved" lists what was done before the plan',
  "    achieved:",
  '      - "Moved garden waste subscriptions online."',
  "      # the next one is from the 2023 report",
  "      - 'Joined up the two customer desks.'",
  '  - id: "waste"',
  '    title: "Reducing wasteful spend"',
  "barriers: []",
  "",
].join("\n");

function migrated(result: ReturnType<typeof migrateUpdate>): { text: string; changes: string[] } {
  if ("problem" in result) throw new Error(`migration refused: ${result.problem}`);
  return result;
}

test("an update's quarter becomes period and its RAG counts become rating counts, with comments and narrative kept", () => {
  const { text, changes } = migrated(migrateUpdate(oldUpdate));
  assert.ok(text.includes('\n# The quarter this update covers\nperiod: "2024/25 Q2"  # as the committee report\n'));
  assert.ok(
    text.includes(
      '\nrating_counts: { counts: [{ rating: "Green", count: 8 }, { rating: "Amber", count: 2 }, { rating: "Red", count: 1 }] }  # counted by the report\n',
    ),
  );
  assert.ok(text.includes("quarter: this line is narrative and stays as it is."));
  assert.is(text.split("\n").length, oldUpdate.split("\n").length, "no line moves");
  assert.equal(changes, ['quarter: "2024/25 Q2" is now period', "rag_summary is now rating_counts (Green 8, Amber 2, Red 1)"]);
});

test("RAG counts written as a block keep the green, amber, red order and the comments inside them", () => {
  const block = [
    "---",
    'quarter: "2024/25 Q3"',
    "rag_summary:",
    "  red: 1",
    "  # amber includes two carried over",
    "  amber: 2",
    "  green: 8",
    "---",
    "",
  ].join("\n");
  const { text } = migrated(migrateUpdate(block));
  assert.is(
    text,
    [
      "---",
      'period: "2024/25 Q3"',
      "# amber includes two carried over",
      "rating_counts:",
      "  counts:",
      '    - { rating: "Green", count: 8 }',
      '    - { rating: "Amber", count: 2 }',
      '    - { rating: "Red", count: 1 }',
      "---",
      "",
    ].join("\n"),
  );
});

test("achieved lists become done Markdown, with comments kept above, and a plan with no themes gets the four written in", () => {
  const { text, changes } = migrated(migratePlan(oldPlan));
  assert.ok(
    text.includes(
      '    # "done" lists what was done before the plan\n    # the next one is from the 2023 report\n    done: |\n      - Moved garden waste subscriptions online.\n      - Joined up the two customer desks.\n  - id: "waste"',
    ),
    text,
  );
  assert.ok(changes.includes("themes, item 1, achieved (2 items) is now done, a Markdown list"));

  const noThemes = 'title: "Plan"\n# Barriers we face\nbarriers: []\n';
  const withThemes = migrated(migratePlan(noThemes)).text;
  assert.ok(withThemes.startsWith('title: "Plan"\n\n# The plan\'s themes'));
  assert.ok(withThemes.includes('themes:\n  - id: "services"\n    title: "Transforming services"\n'));
  assert.ok(
    withThemes.endsWith(
      '    title: "Barriers to progress"\n    summary: "Barriers preventing progress that the Government can help to reduce or remove."\n\n# Barriers we face\nbarriers: []\n',
    ),
  );
});

test("migrating twice changes nothing the second time", () => {
  for (const [migrate, text] of [
    [migrateUpdate, oldUpdate],
    [migratePlan, oldPlan],
    [migratePlan, 'title: "Plan"\n'],
  ] as const) {
    const once = migrated(migrate(text)).text;
    assert.equal(migrated(migrate(once)), { text: once, changes: [] });
  }
});

test("Windows line endings and a byte-order mark are kept", () => {
  const windows = `\ufeff${oldUpdate.replaceAll("\n", "\r\n")}`;
  const { text } = migrated(migrateUpdate(windows));
  assert.ok(text.startsWith('\ufeff---\r\n# The quarter this update covers\r\nperiod: "2024/25 Q2"'));
  assert.not.ok(/[^\r]\n/.test(text));
});

test("a file that is not valid YAML is left as it is, with the reason", () => {
  assert.equal(migratePlan('title: "Plan\nthemes: []\n'), {
    problem: "it is not valid YAML (line 2: is not valid YAML: deficient indentation)",
  });
  assert.equal(migrateUpdate("## Only narrative\n"), { text: "## Only narrative\n", changes: [] });
});

function runMigrate(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("npx", ["tsx", "scripts/migrate.ts", ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const oldCouncil = [
  'name: "Wrenmoor Borough Council"',
  "accessibility:",
  '  tested: "2025-03-14"',
  '  tested_by: "Shoreline Audit Ltd"',
  "  issues:",
  "    # found with VoiceOver",
  '    - "Some table headers are not announced in VoiceOver on iOS (WCAG 1.3.1)."  # see the audit',
  "    - 'The savings chart key is too small at 200% zoom, failing success criterion 1.4.4'",
  "",
].join("\n");

test("an accessibility problem written as text becomes its WCAG success criterion and a description, comments kept", () => {
  const result = migrateCouncil(oldCouncil);
  if ("problem" in result) throw new Error(result.problem);
  assert.is(
    result.text,
    [
      'name: "Wrenmoor Borough Council"',
      "accessibility:",
      '  tested: "2025-03-14"',
      '  tested_by: "Shoreline Audit Ltd"',
      "  issues:",
      "    # found with VoiceOver",
      '    - criterion: "1.3.1"  # see the audit',
      '      description: "Some table headers are not announced in VoiceOver on iOS"',
      '    - criterion: "1.4.4"',
      '      description: "The savings chart key is too small at 200% zoom, failing"',
      "",
    ].join("\n"),
  );
  assert.equal(result.changes, [
    "accessibility, issues, item 1 is now a criterion (1.3.1) and a description",
    "accessibility, issues, item 2 is now a criterion (1.4.4) and a description",
  ]);
  const again = migrateCouncil(result.text);
  assert.equal("problem" in again ? again.problem : again.changes, []);
});

test("a problem that gives no success criterion is not guessed at: the file is left, with the reason", () => {
  assert.is(issueFromText("Headers are not announced."), undefined);
  assert.equal(issueFromText("Headers are not announced (WCAG 2.2 1.3.1)."), {
    criterion: "1.3.1",
    description: "Headers are not announced",
  });
  const result = migrateCouncil(oldCouncil.replace("(WCAG 1.3.1)", ""));
  assert.ok("problem" in result && result.problem.includes("gives no WCAG success criterion"), JSON.stringify(result));
});

test("npm run migrate moves a folder to the new format that loads without errors; --check exits 1 before and 0 after", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-migrate-"));
  cpSync("tests/fixtures/minimal/councils", join(dir, "councils"), { recursive: true });
  const update = join(dir, "councils/wrenmoor/updates/2024-25-q2.md");
  writeFileSync(update, readFileSync(update, "utf8").replace("period:", "quarter:"));

  const before = runMigrate("--content", dir, "--check");
  assert.is(before.status, 1);
  assert.ok(
    before.stdout.includes('councils/wrenmoor/updates/2024-25-q2.md would change:\n  quarter: "2024/25 Q2" is now period'),
    before.stdout,
  );
  assert.ok(before.stderr.includes("run `npm run migrate`"));
  assert.ok(readFileSync(update, "utf8").includes("\nquarter:"), "--check writes nothing");

  assert.is(runMigrate("--content", dir).status, 0);
  assert.is(runMigrate("--content", dir, "--check").status, 0);
  assert.equal(
    loadContent(dir).errors.filter((error) => error.severity === "error"),
    [],
  );
});

test.run();
