/**
 * npm test: runs every tests/**\/*.test.ts file in its own process (two at a time, one per core), then prints
 * one closing line, "N passed, N failed", which CI reads. uvu's own summary is per file.
 *
 * The files run in a copy of the project whose content/ has one more progress report, the next one for its first
 * council, published on a day still to come, as an officer's pull request adds it (`npm run new -- update`). No
 * test may depend on what content/ holds (tests/project/tests-own-content.test.ts); running the whole suite with a
 * report added is what shows that an officer's valid report leaves it green (issue 14). TEST_IN_PLACE=true runs the
 * files in the project itself instead, for a developer following a failure; CI never sets it.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { copyProject } from "../lib/checks/project-copy.ts";

const root = "tests";
const only = process.argv.slice(2);
const files = findTests(root).filter((file) => only.length === 0 || only.some((part) => file.includes(part)));

function findTests(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (name === "fixtures" || name === "node_modules") return [];
      if (statSync(path).isDirectory()) return findTests(path);
      return name.endsWith(".test.ts") ? [path] : [];
    });
}

/** How many days after today the added report is published: after the day any test judges content on. */
const addedReportDaysAhead = 60;

/**
 * Copies the project to a temporary folder and adds the next report for the first council in content/councils,
 * written by `npm run new -- update` as of a day still to come. Returns the copy and what it printed.
 */
function prepareCopy(): { dir: string; said: string; added?: string } {
  const dir = join(mkdtempSync(join(tmpdir(), "plan-pages-test-")), "plan-pages");
  copyProject(".", dir);
  const councilsDir = join(dir, "content", "councils");
  if (!existsSync(councilsDir)) return { dir, said: "content/councils does not exist, so no report was added" };
  const councils = readdirSync(councilsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const first = councils.map((entry) => entry.name).sort()[0];
  if (first === undefined) return { dir, said: "content/councils holds no council, so no report was added" };
  const publish = new Date(Date.now() + addedReportDaysAhead * 86_400_000).toISOString().slice(0, 10);
  const { CONTENT_DIR: _content, OUTPUT_DIR: _output, SOURCE_DATE_EPOCH: _epoch, ...env } = process.env;
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/new.ts", "update", first], {
    cwd: dir,
    env: { ...env, AS_OF: publish },
    encoding: "utf8",
  });
  const wrote = /^Wrote (\S+)/m.exec(result.stdout)?.[1];
  if (result.status !== 0 || wrote === undefined) {
    // Content the scaffolder cannot follow (a council whose latest report covers dates of its own) is the
    // council's to give a period for; the suite still runs in the copy, and says so.
    return { dir, said: `no report was added: ${(result.stderr || result.stdout).trim()}` };
  }
  return { dir, said: `with ${wrote} added, published on ${publish}`, added: wrote };
}

const inPlace = process.env.TEST_IN_PLACE === "true";
const copy = inPlace ? undefined : prepareCopy();
/** The copy goes when the run ends, stopped or not. */
const removeCopy = (): void => {
  if (copy) rmSync(resolve(copy.dir, ".."), { recursive: true, force: true });
};
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    removeCopy();
    process.exit(1);
  });
const cwd = copy?.dir ?? ".";
if (copy) console.log(`Running the tests in a copy of the project ${copy.said}.`);

interface Outcome {
  file: string;
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
  output: string;
}

/**
 * A file still running after this long has hung (a browser or server that never answered): it is stopped and counted
 * as failed, so that a hang shows as a failure with its output rather than running until CI's own limit. The
 * slowest file, the accessibility check of every page, took 4 minutes (240 s) on 2 cores: ten times that is the bound.
 */
const hangMinutes = Number(process.env.TEST_FILE_TIMEOUT_MINUTES ?? 40);

function runFile(file: string): Promise<Outcome> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", "tsx", file], {
      cwd,
      // The smoke test of content/ checks that the build holds the added report back (tests/project/examples.test.ts).
      env: { ...process.env, FORCE_COLOR: "0", ...(copy?.added && { TEST_ADDED_REPORT: copy.added }) },
    });
    let output = "";
    const timer = setTimeout(() => {
      output += `\nStopped after ${hangMinutes} minutes: the file hung.\n`;
      child.kill("SIGKILL");
    }, hangMinutes * 60_000);
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => {
      clearTimeout(timer);
      const count = (label: string): number => Number(new RegExp(`${label}:\\s+(\\d+)`).exec(output)?.[1] ?? 0);
      const total = count("Total");
      const passed = count("Passed");
      const skipped = count("Skipped");
      // A file that crashed before uvu could report counts as one failure, so it cannot pass silently.
      const failed =
        total === 0 || (code !== 0 && total === passed + skipped) ? Math.max(1, total - passed - skipped) : total - passed - skipped;
      // Paths in the copy are shown as the project's own, so that a failure points at a file one can open.
      if (copy) output = output.split(resolve(copy.dir)).join(resolve("."));
      done({ file, passed, failed, skipped, seconds: (performance.now() - started) / 1000, output });
    });
  });
}

const outcomes: Outcome[] = [];
const queue = [...files];
const concurrency = Number(process.env.TEST_CONCURRENCY ?? 2);
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const outcome = await runFile(file);
      outcomes.push(outcome);
      const mark = outcome.failed > 0 ? "FAIL" : "ok  ";
      console.log(`${mark} ${relative(".", file)} (${outcome.passed} passed, ${outcome.failed} failed, ${outcome.seconds.toFixed(1)} s)`);
      if (outcome.failed > 0) console.log(outcome.output.replace(/^/gm, "     "));
    }
  }),
);

const passed = outcomes.reduce((sum, outcome) => sum + outcome.passed, 0);
const failed = outcomes.reduce((sum, outcome) => sum + outcome.failed, 0);
const skipped = outcomes.reduce((sum, outcome) => sum + outcome.skipped, 0);
if (files.length === 0) console.log("No test files found.");
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
removeCopy();
process.exitCode = failed > 0 || files.length === 0 ? 1 : 0;
