/**
 * npm test: runs every tests/**\/*.test.ts file in its own process (two at a time, one per core), then prints
 * one closing line, "N passed, N failed", which CI reads. uvu's own summary is per file.
 */
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

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
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", file], { env: { ...process.env, FORCE_COLOR: "0" } });
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
      resolve({ file, passed, failed, skipped, seconds: (performance.now() - started) / 1000, output });
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
process.exitCode = failed > 0 || files.length === 0 ? 1 : 0;
