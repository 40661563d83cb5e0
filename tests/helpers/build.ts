/**
 * Building a real site for integration tests: runs `scripts/build.ts` in a child process, as `npm run build`
 * does, with the settings a test gives, into a folder of its own.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** 23 November 2026, 12:00 UTC: the date the example content is judged on in tests. */
export const testEpoch = "1795435200";

export interface BuildResult {
  status: number;
  stdout: string;
  stderr: string;
  seconds: number;
  outputDir: string;
}

export function runBuild(env: Record<string, string> = {}, outputDir = mkdtempSync(join(tmpdir(), "plan-pages-site-"))): BuildResult {
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
    env: { ...process.env, SOURCE_DATE_EPOCH: testEpoch, OUTPUT_DIR: outputDir, ...env },
    encoding: "utf8",
  });
  return {
    status: result.status ?? 1,
    stdout: result.stdout,
    stderr: result.stderr,
    seconds: (performance.now() - started) / 1000,
    outputDir,
  };
}

/** Builds the example content once per test file and returns a reader for its pages. */
export function buildExampleSite(env: Record<string, string> = {}): { outputDir: string; page: (path: string) => string } {
  const result = runBuild(env);
  if (result.status !== 0) throw new Error(`The example site did not build:\n${result.stdout}\n${result.stderr}`);
  return {
    outputDir: result.outputDir,
    page: (path: string) => readFileSync(join(result.outputDir, path.endsWith("/") ? `${path}index.html` : path), "utf8"),
  };
}
