/**
 * Tests never read content/ (issue 14): an officer's valid report added there once failed two tests that
 * counted the example reports, and the check went red with nothing marked on their lines. The tests read their
 * own fixtures, tests/fixtures/examples among them; only the smoke test builds content/ as it stands, and the
 * regression test copies it to add a report.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";

/** The files allowed to read content/: the smoke test, and the regression test that copies it. */
const allowed = ["tests/project/examples.test.ts", "tests/project/new-report.test.ts", "tests/project/tests-own-content.test.ts"];

/**
 * A read of content/ in a test's source: a call given "content" or a path into content/councils (loadContent,
 * copyContent, cpSync, readdirSync, join ...), or CONTENT_DIR set to it. "content/councils/x/..." is the made-up
 * path error-message tests print.
 */
const reads = [
  /(?<![.\w]get(?:Attribute)?)\(\s*["'`]content["'`]/,
  /["'`]\.?\/?content\/councils(?!\/x\b)/,
  /CONTENT_DIR:\s*["'`]\.?\/?content\/?["'`]/,
  /\(\s*["'`]content["'`]\s*,\s*["'`]councils["'`]/,
];

/** A line under a comment saying it reads a temporary folder's content/, "not the project's". */
const exempt = (previousLine: string): boolean => /^\s*\/\/.*not the project's/.test(previousLine);

function testSources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((path) => join(dir, path).split(sep).join("/"))
    .filter((path) => /\.(ts|js|mjs)$/.test(path) && !path.startsWith("tests/fixtures/"));
}

test("the pattern finds the reads of content/ that tests once made", () => {
  for (const line of [
    'const content = loadContent("content");',
    'const examples = copyContent("content");',
    'cpSync("content/councils", join(dir, "councils"), { recursive: true });',
    'const councils = readdirSync("content/councils");',
    'const councilsDir = join("content", "councils");',
    'const result = check({ CONTENT_DIR: "content" });',
  ]) {
    assert.ok(
      reads.some((pattern) => pattern.test(line)),
      line,
    );
  }
  for (const line of [
    'const file = "content/councils/x/plan.yaml";',
    '["content/councils/x", "council"],',
    'await page.getAttribute("content")',
    'tag.attributes.get("content")',
    'join(project, "content", "pages", "broken.njk")',
  ]) {
    assert.not.ok(
      reads.some((pattern) => pattern.test(line)),
      line,
    );
  }
});

test("no test or test helper reads content/, but the smoke test of the examples and the regression test", () => {
  const found = testSources("tests")
    .filter((path) => !allowed.includes(path))
    .flatMap((path) =>
      readFileSync(path, "utf8")
        .split("\n")
        .flatMap((line, index, lines) =>
          reads.some((pattern) => pattern.test(line)) && !exempt(lines[index - 1] ?? "") ? [`${path}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
  assert.equal(found, [], "read tests/fixtures/examples (examplesDir in tests/helpers/build.ts) instead");
});

test.run();
