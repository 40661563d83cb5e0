import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A copy of the minimal fixture with one mistake (money written as text, an error) and one thing for a reviewer
 * (an update published 15 weeks after its quarter ended, a warning), checked by scripts/check.ts as CI runs it.
 */
function brokenCopy(prefix = "plan-pages-annotations-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync("tests/fixtures/minimal", dir, { recursive: true });
  const edit = (file: string, from: string, to: string): void => {
    const path = join(dir, "councils/wrenmoor", file);
    writeFileSync(path, readFileSync(path, "utf8").replace(from, to));
  };
  edit("actions/WS1.yaml", "amount: 50000", 'amount: "50,000"');
  edit("updates/2024-25-q3.md", 'published: "2025-02-11"', 'published: "2025-04-15"');
  return dir;
}

function check(contentDir: string, githubActions: string | undefined): { status: number | null; stdout: string; stderr: string } {
  const env: Record<string, string | undefined> = { ...process.env, CONTENT_DIR: contentDir, GITHUB_ACTIONS: githubActions };
  if (githubActions === undefined) delete env["GITHUB_ACTIONS"];
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts"], { env, encoding: "utf8" });
}

const error = (dir: string) =>
  `${dir}/councils/wrenmoor/actions/WS1.yaml,line=12,col=14,title=savings%2C item 1%2C amount::savings, item 1, amount: "50,000" is not written as a plain number: write 50000 (figures are digits only, with a "." for any decimals: no "£", commas, spaces, "%25" or "million")`;
const warning = (dir: string) =>
  `${dir}/councils/wrenmoor/updates/2024-25-q3.md,line=3,col=13,title=published::published: 2025-04-15 is 15 weeks after 2024/25 Q3 ended (2024-12-31) (check the period and the date: a report is usually published within 13 weeks of its period ending)`;

test("on GitHub Actions each mistake is an ::error annotation with file, line and column, and the check fails", () => {
  const dir = brokenCopy();
  const result = check(dir, "true");
  const lines = result.stderr.split("\n");
  assert.ok(lines.includes(`::error file=${error(dir)}`), result.stderr);
  assert.is(result.status, 1);
});

test("on GitHub Actions a warning is a ::warning annotation, and warnings alone do not fail the check", () => {
  const dir = brokenCopy();
  assert.ok(
    check(dir, "true")
      .stderr.split("\n")
      .includes(`::warning file=${warning(dir)}`),
  );
  writeFileSync(join(dir, "councils/wrenmoor/actions/WS1.yaml"), readFileSync("tests/fixtures/minimal/councils/wrenmoor/actions/WS1.yaml"));
  const result = check(dir, "true");
  assert.equal(result.stderr.trim().split("\n"), [`::warning file=${warning(dir)}`, "", "1 warning in the content."]);
  assert.is(result.status, 0);
  assert.match(result.stdout, /^Content is valid: 1 council, 2 actions, 2 updates/);
});

test("elsewhere mistakes print as path:line:column, warnings marked as such", () => {
  const dir = brokenCopy();
  for (const githubActions of [undefined, "false"]) {
    const result = check(dir, githubActions);
    assert.equal(result.stderr.trim().split("\n"), [
      `${dir}/councils/wrenmoor/actions/WS1.yaml:12:14 savings, item 1, amount: "50,000" is not written as a plain number: write 50000 (figures are digits only, with a "." for any decimals: no "£", commas, spaces, "%" or "million")`,
      `${dir}/councils/wrenmoor/updates/2024-25-q3.md:3:13 warning: published: 2025-04-15 is 15 weeks after 2024/25 Q3 ended (2024-12-31) (check the period and the date: a report is usually published within 13 weeks of its period ending)`,
      "",
      "1 error and 1 warning in the content.",
    ]);
    assert.is(result.status, 1);
  }
});

test("a comma or colon in a file's path is escaped, so the annotation's properties still read correctly", () => {
  const dir = brokenCopy("plan-pages,annotations:");
  const escaped = dir.replaceAll(":", "%3A").replaceAll(",", "%2C");
  assert.ok(
    check(dir, "true")
      .stderr.split("\n")
      .includes(`::error file=${error(escaped)}`),
  );
});

test.run();
