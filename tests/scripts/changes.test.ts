/**
 * npm run changes, end to end: a temporary git repository holding a copy of tests/fixtures/minimal (and a second
 * council, so that the site is a site of several councils throughout) takes one commit for each kind of change an
 * officer makes, and each commit is compared with the one before, as a pull request of that one commit would be.
 * Builds are kept in a cache folder for the run, so each tree is built once.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { testEpoch } from "../helpers/build.ts";

const workspace = mkdtempSync(join(tmpdir(), "plan-pages-changes-test-"));
const repo = join(workspace, "repo");
const buildCache = join(workspace, "builds");
const started = performance.now();

/** Fixed names and dates, so the repository's commits are the same on every run. */
const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: "Test Officer",
  GIT_AUTHOR_EMAIL: "officer@example.gov.uk",
  GIT_AUTHOR_DATE: "2026-11-20T09:00:00Z",
  GIT_COMMITTER_NAME: "Test Officer",
  GIT_COMMITTER_EMAIL: "officer@example.gov.uk",
  GIT_COMMITTER_DATE: "2026-11-20T09:00:00Z",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
};

function git(...args: string[]): string {
  const result = spawnSync("git", args, { cwd: repo, env: gitEnv, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${result.stderr}`);
  return result.stdout.trim();
}

function commit(message: string): void {
  git("add", "--all");
  git("-c", "commit.gpgsign=false", "commit", "--quiet", "--message", message);
}

/** Replaces one piece of text in a file of the repository; throws when it is not there, so no edit is imagined. */
function edit(file: string, from: string, to: string): void {
  const path = join(repo, "councils", file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(from)) throw new Error(`test set-up: ${JSON.stringify(from)} is not in ${file}`);
  writeFileSync(path, text.replace(from, to));
}

/** A second council, from the fixture's, under another name and code. */
function copyCouncil(slug: string, name: string, gssCode: string): void {
  cpSync(join(repo, "councils", "wrenmoor"), join(repo, "councils", slug), { recursive: true });
  rmSync(join(repo, "councils", slug, "updates"), { recursive: true });
  edit(`${slug}/council.yaml`, '"Wrenmoor District Council"', `"${name}"`);
  edit(`${slug}/council.yaml`, 'short_name: "Wrenmoor"', `short_name: "${name.split(" ")[0]}"`);
  edit(`${slug}/council.yaml`, '"E07000999"', `"${gssCode}"`);
  edit(`${slug}/council.yaml`, "wrenmoor.example", `${slug}.example`);
  edit(`${slug}/council.yaml`, "wrenmoor.example", `${slug}.example`);
}

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** `npm run changes -- HEAD~1`, with the repository as the content, as of the date the tests use. */
function changes(...args: string[]): Run {
  const { GITHUB_ACTIONS: _ignored, GITHUB_BASE_REF: _base, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/changes.ts", ...args, "--build-cache", buildCache], {
    env: { ...inherited, CONTENT_DIR: repo, SOURCE_DATE_EPOCH: testEpoch },
    encoding: "utf8",
  });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** The report's lines under the council's name, and its lists of pages and files, as printed. */
function sections(stdout: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  let heading = "";
  for (const line of stdout.split("\n").slice(1)) {
    if (line === "") continue;
    if (line.startsWith("  ")) (found[heading] ??= []).push(line.trim());
    else heading = line.replace(/ \(\d+\):$/, "");
  }
  return found;
}

// The repository as it starts: the fixture, a second council, an action to remove later and a typo to fix.
cpSync("tests/fixtures/minimal/councils", join(repo, "councils"), { recursive: true });
git("init", "--quiet", "--initial-branch=main");
copyCouncil("ashby", "Ashby District Council", "E07000998");
writeFileSync(
  join(repo, "councils/wrenmoor/actions/TD1.yaml"),
  [
    'id: "TD1"',
    'title: "Digital records"',
    'theme: "technology"',
    "milestones:",
    '  - id: "TD1-M1"',
    '    title: "Records scanned"',
    '    due: "2025/26"',
    "",
  ].join("\n"),
);
edit("wrenmoor/updates/2024-25-q3.md", "go live in March.", "go live in Marhc.");
commit("The content as it starts");

test("a status change in a report names the milestone's status from and to, the report, and the pages it changes", () => {
  edit("wrenmoor/updates/2024-25-q3.md", 'CS1-M2: { status: "on track" }', 'CS1-M2: { status: "complete", completed: "2024-12-20" }');
  commit("Paper forms withdrawn");
  const run = changes("HEAD~1");
  assert.is(run.status, 0, run.stderr);
  const printed = sections(run.stdout);
  assert.match(
    run.stdout,
    /^What changes on the public site, comparing the content at HEAD~1 \([0-9a-f]{7}\) with the working tree, as of 23 November 2026:\n/,
  );
  assert.equal(printed["Wrenmoor District Council"], [
    'CS1-M2 "Paper forms withdrawn": status on track, now complete.',
    "Report edited: Quarter 3 2024/25 (October to December 2024), /wrenmoor/progress/2024-25-q3/ (milestone ratings).",
  ]);
  assert.equal(printed["Pages changed"], [
    "/",
    "/a-to-z/",
    "/compare/",
    "/wrenmoor/",
    "/wrenmoor/actions/cs1/",
    "/wrenmoor/progress/",
    "/wrenmoor/progress/2024-25-q3/",
    "/wrenmoor/themes/services/",
    "/wrenmoor/timeline/",
  ]);
  assert.is(printed["Pages added"], undefined);
  assert.is(printed["Pages removed"], undefined);
});

test("a revised due date names the dates from and to and the slippage it adds, in days", () => {
  edit("wrenmoor/updates/2024-25-q3.md", 'revised_due: "2025-03-31"', 'revised_due: "2025-06-30"');
  commit("Portal later still");
  const run = changes("HEAD~1");
  assert.is(run.status, 0, run.stderr);
  const printed = sections(run.stdout);
  assert.equal(printed["Wrenmoor District Council"], [
    'CS1-M1 "Portal live": was due by 31 March 2025, now due by 30 June 2025 (91 days later).',
    "Report edited: Quarter 3 2024/25 (October to December 2024), /wrenmoor/progress/2024-25-q3/ (milestone ratings).",
  ]);
  assert.equal(printed["Pages changed"], ["/wrenmoor/", "/wrenmoor/actions/cs1/", "/wrenmoor/progress/2024-25-q3/", "/wrenmoor/timeline/"]);
});

test("a new quarterly report is named with its address, with the statuses it moves, and its page is the one added", () => {
  writeFileSync(
    join(repo, "councils/wrenmoor/updates/2024-25-q4.md"),
    [
      "---",
      'period: "2024/25 Q4"',
      'published: "2025-05-13"',
      "milestones:",
      '  CS1-M1: { status: "complete", completed: "2025-03-28" }',
      "measures:",
      "  CS1-K1: { value: 30 }",
      "---",
      "The portal is live.",
      "",
    ].join("\n"),
  );
  commit("Quarter 4");
  const run = changes("HEAD~1");
  assert.is(run.status, 0, run.stderr);
  const printed = sections(run.stdout);
  assert.equal(printed["Wrenmoor District Council"], [
    'CS1-M1 "Portal live": status delayed, now complete.',
    "New report: Quarter 4 2024/25 (January to March 2025), /wrenmoor/progress/2024-25-q4/",
  ]);
  assert.equal(printed["Pages added"], ["/wrenmoor/progress/2024-25-q4/"]);
  // The report before it links to it; the plan, its action, its theme and the lists count the status it moves.
  assert.equal(printed["Pages changed"], [
    "/",
    "/a-to-z/",
    "/compare/",
    "/wrenmoor/",
    "/wrenmoor/actions/cs1/",
    "/wrenmoor/progress/",
    "/wrenmoor/progress/2024-25-q3/",
    "/wrenmoor/themes/services/",
    "/wrenmoor/timeline/",
  ]);
});

test("an action removed is named, and its page is the one removed", () => {
  unlinkSync(join(repo, "councils/wrenmoor/actions/TD1.yaml"));
  commit("TD1 dropped");
  const run = changes("HEAD~1");
  assert.is(run.status, 0, run.stderr);
  const printed = sections(run.stdout);
  assert.equal(printed["Wrenmoor District Council"], ['Action removed: TD1 "Digital records".']);
  assert.equal(printed["Pages removed"], ["/wrenmoor/actions/td1/"]);
  // Every report's table lists every milestone as it stood, so each loses TD1-M1; its theme loses the action.
  assert.equal(printed["Pages changed"], [
    "/",
    "/a-to-z/",
    "/compare/",
    "/wrenmoor/",
    "/wrenmoor/progress/",
    "/wrenmoor/progress/2024-25-q2/",
    "/wrenmoor/progress/2024-25-q3/",
    "/wrenmoor/progress/2024-25-q4/",
    "/wrenmoor/themes/technology/",
    "/wrenmoor/timeline/",
  ]);
});

test("a typo fixed in a report's narrative names the page whose text changed, and no other change", () => {
  edit("wrenmoor/updates/2024-25-q3.md", "go live in Marhc.", "go live in March.");
  commit("Typo");
  const run = changes("HEAD~1");
  assert.is(run.status, 0, run.stderr);
  const printed = sections(run.stdout);
  assert.equal(printed["Wrenmoor District Council"], ["Text changed on /wrenmoor/progress/2024-25-q3/: the report's text."]);
  assert.equal(printed["Pages changed"], ["/wrenmoor/progress/2024-25-q3/"]);
});

test("a saving corrected says by how much, in pounds", () => {
  edit("wrenmoor/actions/WS1.yaml", "amount: 50000", "amount: 55000");
  commit("Saving corrected");
  const run = changes("HEAD~1");
  assert.is(run.status, 0, run.stderr);
  const printed = sections(run.stdout);
  assert.equal(printed["Wrenmoor District Council"], [
    'Savings planned for WS1 "Fewer agency staff" in 2024/25: £50,000, now £55,000 (£5,000 more).',
  ]);
  assert.equal(printed["Pages changed"], ["/", "/compare/", "/wrenmoor/", "/wrenmoor/actions/ws1/"]);
});

test("a new council is named, and every one of its pages is added", () => {
  copyCouncil("fenmarsh", "Fenmarsh District Council", "E07000997");
  commit("Fenmarsh joins");
  const run = changes("HEAD~1");
  assert.is(run.status, 0, run.stderr);
  const printed = sections(run.stdout);
  assert.equal(printed["Fenmarsh District Council"], ["Council added: Fenmarsh District Council, /fenmarsh/"]);
  assert.equal(printed["Pages added"], [
    "/fenmarsh/",
    "/fenmarsh/about/",
    "/fenmarsh/accessibility/",
    "/fenmarsh/actions/cs1/",
    "/fenmarsh/actions/ws1/",
    "/fenmarsh/barriers/",
    "/fenmarsh/progress/",
    "/fenmarsh/themes/barriers/",
    "/fenmarsh/themes/services/",
    "/fenmarsh/themes/technology/",
    "/fenmarsh/themes/waste/",
    "/fenmarsh/timeline/",
  ]);
  // The site's own pages that list or choose between councils.
  assert.equal(printed["Pages changed"], ["/", "/a-to-z/", "/accessibility/", "/compare/", "/data/", "/search/"]);
});

test("a change to a comment only changes nothing on the public site", () => {
  edit("wrenmoor/actions/CS1.yaml", 'id: "CS1"', '# Checked with the service, November 2026.\nid: "CS1"');
  commit("A comment");
  const run = changes("HEAD~1");
  assert.is(run.status, 0, run.stderr);
  assert.is(run.stdout, "No change to the public site.\n");
});

test("--json gives the same report as data", () => {
  const run = changes("HEAD~3", "--json");
  assert.is(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout);
  assert.is(report.unchanged, false);
  assert.is(report.asOf, "2026-11-23");
  assert.equal(
    report.changes.map((change: { kind: string }) => change.kind),
    ["council added", "savings changed"],
  );
  assert.equal(report.site.pages.removed, []);
});

test("--json-file writes the same data to a file beside the Markdown form, for npm run check-pages", () => {
  const file = join(mkdtempSync(join(tmpdir(), "plan-pages-changes-json-")), "changes.json");
  const run = changes("HEAD~3", "--markdown", "--json-file", file);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, /^#/);
  // The same report, but for the seconds it took.
  const withoutTime = (text: string) => ({ ...JSON.parse(text), seconds: undefined });
  assert.equal(withoutTime(readFileSync(file, "utf8")), withoutTime(changes("HEAD~3", "--json").stdout));
  rmSync(dirname(file), { recursive: true, force: true });
});

test("with no base given, the merge base with the default branch is used, and HEAD when on it", () => {
  const run = changes();
  assert.is(run.status, 0, run.stderr);
  assert.is(run.stdout, "No change to the public site.\n");
  edit("wrenmoor/actions/WS1.yaml", 'owner: "Head of HR"', 'owner: "Director of People"');
  const uncommitted = changes();
  assert.equal(sections(uncommitted.stdout)["Wrenmoor District Council"], [
    'Details of WS1 "Fewer agency staff" changed on /wrenmoor/actions/ws1/: owner.',
  ]);
  git("checkout", "--quiet", "-b", "officer/owner", "HEAD~2");
  commit("New owner");
  const branch = changes();
  assert.match(branch.stdout, /comparing the content at where this branch left main \([0-9a-f]{7}\)/);
});

test("a base that is not a commit is refused in words", () => {
  const run = changes("no-such-branch");
  assert.is(run.status, 1);
  assert.match(run.stderr, /Cannot say what the change does: "no-such-branch" is not a commit, branch or tag/);
});

test.after(() => {
  console.log(
    `npm run changes: ${git("rev-list", "--count", "main")} commits compared in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  rmSync(workspace, { recursive: true, force: true });
});

test.run();
