import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { examplesDir } from "../helpers/build.ts";

function check(env: Record<string, string>): { status: number; stdout: string; stderr: string } {
  const { GITHUB_ACTIONS: _ignored, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts"], { env: { ...inherited, ...env }, encoding: "utf8" });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the example content with one line of one file changed. */
function brokenExample(file: string, from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-check-"));
  cpSync(join(examplesDir, "councils"), join(dir, "councils"), { recursive: true });
  const path = join(dir, "councils", file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(from)) throw new Error(`test set-up: ${from} is not in ${file}`);
  writeFileSync(path, text.replace(from, to));
  return dir;
}

const noStackTrace = (output: string): void => assert.not.match(output, /^\s+at /m, "no stack trace");

test("the example content passes, and the counts are printed", () => {
  const result = check({ CONTENT_DIR: examplesDir });
  assert.is(result.status, 0, result.stderr);
  assert.is(result.stderr, "");
  assert.match(result.stdout, /^Content is valid: 3 councils, 28 actions, 27 updates, checked in \d+\.\d\d s\.\n$/);
});

test("a broken copy fails with every error printed as path:line:column field: message, and nothing else", () => {
  const dir = brokenExample("brackenfold/actions/BR1.yaml", 'due: "2025-08"', 'due: "2025-02-30"');
  const result = check({ CONTENT_DIR: dir });
  assert.is(result.status, 1);
  assert.is(result.stdout, "");
  assert.is(
    result.stderr,
    `${dir}/councils/brackenfold/actions/BR1.yaml:21:11 milestones, item 1, due: "2025-02-30" is not a real date (February 2025 has 28 days)\n\n1 error in the content.\n`,
  );
  noStackTrace(result.stderr);
});

test("mistakes in several files are all printed, with a count", () => {
  const result = check({ CONTENT_DIR: "tests/fixtures/five-mistakes" });
  assert.is(result.status, 1);
  const lines = result.stderr.trimEnd().split("\n");
  assert.equal(
    lines.slice(0, 5).map((line) => line.split(" ")[0]),
    [
      "tests/fixtures/five-mistakes/councils/wrenmoor/actions/CS1.yaml:4:1",
      "tests/fixtures/five-mistakes/councils/wrenmoor/actions/CS1.yaml:20:17",
      "tests/fixtures/five-mistakes/councils/wrenmoor/plan.yaml:10:10",
      "tests/fixtures/five-mistakes/councils/wrenmoor/updates/2024-25-q3.md:9:22",
      "tests/fixtures/five-mistakes/councils/wrenmoor/updates/2024-25-q3.md:13:17",
    ],
  );
  assert.equal(lines.slice(5), ["", "5 errors in the content."]);
});

test("on GitHub Actions each error is printed as an annotation on its file and line", () => {
  const result = check({ CONTENT_DIR: "tests/fixtures/five-mistakes", GITHUB_ACTIONS: "true" });
  assert.is(result.status, 1);
  const annotations = result.stderr.split("\n").filter((line) => line.startsWith("::"));
  assert.is(annotations.length, 5);
  assert.is(
    annotations[2],
    '::error file=tests/fixtures/five-mistakes/councils/wrenmoor/plan.yaml,line=10,col=10,title=approval%2C date::approval, date: "2024-06-31" is not a real date (check the day exists in that month)',
  );
  for (const line of annotations) assert.match(line, /^::error file=[^,]+,line=\d+,col=\d+,title=[^:]+::\S/);
});

test("annotation properties escape commas and colons so GitHub reads them", () => {
  const parent = mkdtempSync(join(tmpdir(), "plan-pages-check-"));
  const dir = join(parent, "a,b:c");
  cpSync("tests/fixtures/minimal", dir, { recursive: true });
  writeFileSync(join(dir, "councils/wrenmoor/actions/WS1.yaml"), "");
  const result = check({ CONTENT_DIR: dir, GITHUB_ACTIONS: "true" });
  assert.is(result.status, 1);
  const escaped = `${parent}/a%2Cb%3Ac/councils/wrenmoor/actions/WS1.yaml`.replaceAll(":", "%3A");
  assert.ok(
    result.stderr.startsWith(`::error file=${escaped},line=1,col=1::is empty (copy an example file to start from)\n`),
    result.stderr,
  );
});

test("warnings alone are printed but do not fail the check", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-check-"));
  cpSync("tests/fixtures/minimal", dir, { recursive: true });
  writeFileSync(join(dir, "councils/wrenmoor/updates/notes.txt"), "to do\n");
  const result = check({ CONTENT_DIR: dir });
  assert.is(result.status, 0);
  assert.is(
    result.stderr,
    `${dir}/councils/wrenmoor/updates/notes.txt warning: is not an update file (files in updates/ must end in .md)\n\n1 warning in the content.\n`,
  );
  assert.match(result.stdout, /^Content is valid: 1 council, 2 actions, 2 updates/);
});

test("a content folder with no councils in it fails with a clear message", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-check-"));
  const result = check({ CONTENT_DIR: dir });
  assert.is(result.status, 1);
  assert.ok(
    result.stderr.startsWith(
      `${dir}/councils does not exist (content lives in <content folder>/councils/<council>/; set CONTENT_DIR to the content folder)`,
    ),
  );
  noStackTrace(result.stderr);
});

test.run();
