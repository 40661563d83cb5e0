/**
 * Issue 2, acceptance 3: breaking any example file makes the build exit non-zero quickly (it stops before Eleventy
 * starts), printing each problem with the file's path and line, and leaves the earlier site byte-for-byte unchanged.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { examplesDir, runBuild, type BuildResult } from "../helpers/build.ts";
import { addNextReport, nextReport } from "../helpers/next-report.ts";

interface Break {
  /** Under councils/. */
  file: string;
  from: string;
  to: string;
  /** What the printed problem says, after "path:line:column ". */
  says: RegExp;
}

const breaks: Record<string, Break> = {
  "a YAML syntax error": {
    file: "brackenfold/actions/BR1.yaml",
    from: 'title: "Make the case to Government for fairer funding and fewer new burdens"',
    to: "title: Make the case to Government: fairer funding and fewer new burdens",
    says: /is not valid YAML: /,
  },
  "an impossible date": {
    file: "brackenfold/actions/BR1.yaml",
    from: 'due: "2025-08"',
    to: 'due: "2025-02-30"',
    says: /milestones, item 1, due: "2025-02-30" is not a real date \(February 2025 has 28 days\)/,
  },
  "an unknown milestone reference in an update": {
    file: "brackenfold/updates/2025-26-q1.md",
    from: "  CS1-M4: {",
    to: "  CS1-M44: {",
    says: /milestones, CS1-M44: "CS1-M44" is not a milestone in this plan/,
  },
  "a misspelt field": {
    file: "fernshire/plan.yaml",
    from: "summary: |\n  Fernshire",
    to: "sumary: |\n  Fernshire",
    says: /sumary: "sumary" is not a field here \(did you mean "summary"\?/,
  },
  "a duplicate id": {
    file: "kestrelmouth/actions/ASC1.yaml",
    from: '  - id: "ASC1-M2"',
    to: '  - id: "ASC1-M1"',
    says: /milestones, item 2, id: the milestone id "ASC1-M1" is already used at .*ASC1\.yaml:21/,
  },
};

function exampleCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-content-"));
  cpSync(join(examplesDir, "councils"), join(dir, "councils"), { recursive: true });
  return dir;
}

/** Applies a break to a fresh copy and returns the path of the broken file and the line the change is on. */
function brokenCopy(dir: string, { file, from, to }: Break): { path: string; line: number } {
  const path = join(dir, "councils", file);
  const text = readFileSync(path, "utf8");
  const at = text.indexOf(from);
  if (at === -1) throw new Error(`test set-up: ${JSON.stringify(from)} is not in ${file}`);
  writeFileSync(path, text.slice(0, at) + to + text.slice(at + from.length));
  return { path, line: text.slice(0, at).split("\n").length };
}

/** Every file in a folder, by path, with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

function assertUnchanged(before: Map<string, Buffer>, outputDir: string): void {
  const after = snapshot(outputDir);
  assert.equal([...after.keys()], [...before.keys()], "the same files");
  for (const [path, bytes] of before) assert.ok(after.get(path)?.equals(bytes), `${path} is byte-for-byte unchanged`);
}

function assertNoStackTrace(result: BuildResult): void {
  assert.not.match(result.stdout + result.stderr, /^ {4}at /m, "no stack trace");
}

const outputDir = join(mkdtempSync(join(tmpdir(), "plan-pages-site-")), "_site");
const first = runBuild({ CONTENT_DIR: exampleCopy() }, outputDir);
const before = existsSync(outputDir) ? snapshot(outputDir) : new Map<string, Buffer>();
const timings: string[] = [];

/**
 * A broken build stops after loading and validating, before Eleventy starts. Measured on 2 cores (Node 20, with
 * starting Node and tsx): 0.66 to 0.75 s alone, 1.0 to 2.4 s with both cores busy, as `npm test` runs two files at
 * once; a slower machine took 2.0 to 3.3 s. The bound is ten times 2.4 s, so it only catches a build that hangs or
 * goes on to render; the figures themselves are printed at the end.
 */
const hangSeconds = 24;

test("the example content builds, to give an earlier site to compare against", () => {
  assert.is(first.status, 0, first.stderr);
  assert.ok(before.has("index.html"));
  assert.ok(before.has("brackenfold/index.html"));
  assert.ok(before.size > 10);
});

for (const [kind, change] of Object.entries(breaks)) {
  test(`${kind} fails the build without hanging, naming the file and line, and leaves the site unchanged`, () => {
    const dir = exampleCopy();
    const { path, line } = brokenCopy(dir, change);
    const result = runBuild({ CONTENT_DIR: dir }, outputDir);
    timings.push(`${kind}: ${result.seconds.toFixed(2)} s`);
    assert.is.not(result.status, 0);
    const output = result.stdout + result.stderr;
    const printed = output.split("\n").find((row) => row.startsWith(`${path}:${line}:`));
    assert.ok(printed, `a line starting ${path}:${line}: in\n${output}`);
    assert.match(printed ?? "", change.says);
    assert.match(result.stderr, `Nothing was built; ${outputDir} is unchanged.`);
    assertNoStackTrace(result);
    assertUnchanged(before, outputDir);
    assert.ok(result.seconds < hangSeconds, `took ${result.seconds.toFixed(2)} s`);
  });
}

test("two different mistakes in two files are both printed", () => {
  const dir = exampleCopy();
  const date = brokenCopy(dir, breaks["an impossible date"]!);
  const reference = brokenCopy(dir, breaks["an unknown milestone reference in an update"]!);
  const result = runBuild({ CONTENT_DIR: dir }, outputDir);
  timings.push(`two mistakes: ${result.seconds.toFixed(2)} s`);
  assert.is.not(result.status, 0);
  const problems = result.stderr.split("\n").filter((row) => row.startsWith(dir));
  assert.equal(
    problems.map((row) => row.split(" ")[0]),
    [`${date.path}:${date.line}:11`, `${reference.path}:${reference.line}:3`],
  );
  assert.match(result.stderr, "2 errors in the content.");
  assertNoStackTrace(result);
  assertUnchanged(before, outputDir);
});

test("while an action file is broken, an update naming its milestones is not reported as well", () => {
  const dir = exampleCopy();
  const misspelt = brokenCopy(dir, { ...breaks["a misspelt field"]!, file: "brackenfold/actions/CS1.yaml", from: "owner:", to: "ownr:" });
  brokenCopy(dir, breaks["an unknown milestone reference in an update"]!);
  const result = runBuild({ CONTENT_DIR: dir }, outputDir);
  assert.is.not(result.status, 0);
  const problems = result.stderr.split("\n").filter((row) => row.startsWith(dir));
  assert.equal(
    problems.map((row) => row.split(" ")[0]),
    [`${misspelt.path}:${misspelt.line}:1`],
  );
  assertUnchanged(before, outputDir);
});

test("a report published after the as-of date is held back from the published build, which says so and until when", () => {
  const dir = exampleCopy();
  const file = addNextReport(dir);
  const site = mkdtempSync(join(tmpdir(), "plan-pages-held-back-"));
  const result = runBuild({ CONTENT_DIR: dir }, site);
  assert.is(result.status, 0, result.stderr);
  assert.match(result.stdout, `Held back until 10 February 2027: ${file}\n`);
  assert.not.ok(existsSync(join(site, nextReport.address, "index.html")), "the report's page is not built");
});

test("a preview build shows that report, marked with the day it goes online wherever it appears, in valid HTML", async () => {
  const dir = exampleCopy();
  const file = addNextReport(dir);
  const site = mkdtempSync(join(tmpdir(), "plan-pages-preview-"));
  const result = runBuild({ CONTENT_DIR: dir, PREVIEW: "true" }, site);
  assert.is(result.status, 0, result.stderr);
  assert.match(result.stdout, `Shown in this preview, marked "Not yet published: goes online on 10 February 2027": ${file}\n`);
  assert.match(result.stdout, "Built a preview of 3 councils as of 2026-11-23");
  const marked = 'Not yet published: goes online on <time datetime="2027-02-10">10 February 2027</time>';
  const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
  for (const page of [nextReport.address, "brackenfold/progress/", "brackenfold/", ""]) {
    const html = readFileSync(join(site, page, "index.html"), "utf8");
    assert.match(html, marked, page);
    // Valid HTML as the project's html-validate configuration has it, checked as if at its path in the project.
    const report = await htmlvalidate.validateString(html, resolve(page, "index.html"));
    assert.equal(
      report.results.flatMap((found) => found.messages.map((message) => `${page}:${message.line} ${message.ruleId}: ${message.message}`)),
      [],
    );
  }
  // Its ratings count, as they will once it is published: the food waste milestone is complete.
  assert.match(readFileSync(join(site, nextReport.address, "index.html"), "utf8"), "Food waste collections started on 8 December 2026.");
});

test("--as-of builds the site as of that day, when the report is published and marked no more", () => {
  const dir = exampleCopy();
  addNextReport(dir);
  const site = mkdtempSync(join(tmpdir(), "plan-pages-as-of-"));
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--as-of", "2027-02-10"], {
    env: { ...process.env, CONTENT_DIR: dir, OUTPUT_DIR: site },
    encoding: "utf8",
  });
  assert.is(result.status, 0, result.stderr);
  assert.match(result.stdout, "Built 3 councils as of 2027-02-10");
  assert.not.match(result.stdout, "Held back");
  const page = readFileSync(join(site, nextReport.address, "index.html"), "utf8");
  assert.not.match(page, "Not yet published");
});

test("a bad --as-of is one line saying what to write, with no stack trace, and builds nothing", () => {
  for (const [date, says] of [
    ["1801353600", '--as-of must be a date written year-month-day, for example 2027-02-10, not "1801353600"\n'],
    ["2027-02-30", '--as-of must be a date written year-month-day, for example 2027-02-10, not "2027-02-30", which is not a real date\n'],
  ]) {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--as-of", date!], {
      env: { ...process.env, OUTPUT_DIR: outputDir },
      encoding: "utf8",
    });
    assert.is(result.status, 2);
    assert.is(result.stderr, says);
    assert.is(result.stdout, "");
  }
  assertUnchanged(before, outputDir);
});

// The figures, for the record (run this file alone to see them): they include starting Node and tsx.
test.after(() => {
  console.log(`\n  first build ${first.seconds.toFixed(2)} s; broken builds (bound ${hangSeconds} s): ${timings.join("; ")}`);
});

test.run();
