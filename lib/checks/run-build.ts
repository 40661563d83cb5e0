/**
 * `npm run build` in a child process, into a folder of the caller's choosing, with the environment given on top of
 * this process's own: for scripts that need a fresh build to look at (`npm run screenshots`) and, with the tests'
 * own defaults, for tests (tests/helpers/build.ts).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export interface BuildResult {
  status: number;
  stdout: string;
  stderr: string;
  seconds: number;
  outputDir: string;
}

const buildScript = fileURLToPath(new URL("../../scripts/build.ts", import.meta.url));

export function runBuild(env: Record<string, string> = {}, outputDir = mkdtempSync(join(tmpdir(), "plan-pages-site-"))): BuildResult {
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--import", "tsx", buildScript], {
    env: { ...process.env, OUTPUT_DIR: outputDir, ...env },
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
