/**
 * Regression (issue 14): an officer added Brackenfold's next quarterly report, valid and published on a day still to
 * come, and `npm test` went red, because tests counted the example reports in content/. Here the project is copied to
 * a temporary folder with the examples as its content/ and that report added, as the officer's branch would be.
 * In that copy: `npm run check` passes; `npm test` runs there (the suite as a whole always runs in such a copy, with
 * the next report added: scripts/test.ts, so every run of `npm test` is this acceptance test over every file); `npm
 * run build` says it held the report back, and until when; and `npm start` serves the report's page marked as not
 * yet published.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { copyProject } from "../../lib/checks/project-copy.ts";
import { examplesDir, testEpoch } from "../helpers/build.ts";
import { addNextReport, nextReport } from "../helpers/next-report.ts";

const workspace = mkdtempSync(join(tmpdir(), "plan-pages-new-report-"));
const project = join(workspace, "plan-pages");
copyProject(".", project);
// The examples as the officer found them, then their report.
rmSync(join(project, "content", "councils"), { recursive: true });
cpSync(join(examplesDir, "councils"), join(project, "content", "councils"), { recursive: true });
addNextReport(join(project, "content"));
const reportFile = join("content", nextReport.path);

/** Runs a script of the copy as npm would, in the copy, with the content and output at their defaults. */
function run(script: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const { CONTENT_DIR: _content, OUTPUT_DIR: _output, GITHUB_ACTIONS: _actions, ...env } = process.env;
  return spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: project,
    env: { ...env, SOURCE_DATE_EPOCH: testEpoch },
    encoding: "utf8",
  });
}

test("npm run check passes with the new report", () => {
  const result = run("scripts/check.ts");
  assert.is(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, "Content is valid: 3 councils, 28 actions, 28 updates");
});

test("npm test in that copy adds the report after it, and the tests that read content/ pass", () => {
  const result = run("scripts/test.ts", "tests/project/examples.test.ts", "tests/project/tests-own-content.test.ts");
  assert.is(result.status, 0, result.stdout + result.stderr);
  // The officer's report is there, and npm test adds the one after it (January to March 2027).
  assert.match(
    result.stdout,
    /^Running the tests in a copy of the project with content\/councils\/brackenfold\/updates\/2026-27-q4\.md added, published on \d{4}-\d{2}-\d{2}\.$/m,
  );
  assert.match(result.stdout, /\b(\d+) passed, 0 failed\s*$/);
});

test("npm run build holds the report back and says until when", () => {
  const result = run("scripts/build.ts");
  assert.is(result.status, 0, result.stderr);
  assert.match(result.stdout, `Held back until 10 February 2027: ${reportFile}\n`);
});

/** A port nothing is listening on, on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? done(address.port) : fail(new Error("no port"))));
    });
  });
}

test("npm start serves the report's page, marked as not yet published, with the day it goes online", async () => {
  const port = await freePort();
  const { CONTENT_DIR: _content, OUTPUT_DIR: _output, ...env } = process.env;
  // Its own process group, so that stopping it stops the Eleventy server it starts as well.
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: project,
    env: { ...env, SOURCE_DATE_EPOCH: testEpoch, PORT: String(port) },
    detached: true,
  });
  let output = "";
  server.stdout.on("data", (chunk) => (output += chunk));
  server.stderr.on("data", (chunk) => (output += chunk));
  const stop = (): void => {
    try {
      if (server.pid !== undefined) process.kill(-server.pid, "SIGTERM");
    } catch {
      // Already stopped.
    }
  };
  // Stopped whatever happens: after two minutes at most, and when this process ends.
  const deadline = setTimeout(stop, 120_000);
  process.once("exit", stop);
  try {
    let page = "";
    for (let tries = 0; tries < 240 && server.exitCode === null; tries += 1) {
      await new Promise((done) => setTimeout(done, 500));
      if (!/Server at /.test(output)) continue;
      const url = /Server at (http:\/\/\S+?)\/?\s/.exec(output)?.[1]?.replace("localhost", "127.0.0.1") ?? `http://127.0.0.1:${port}`;
      const response = await fetch(`${url}/${nextReport.address}`).catch(() => undefined);
      if (response?.ok) {
        page = await response.text();
        break;
      }
    }
    assert.match(output, `Shown in this preview, marked "Not yet published: goes online on 10 February 2027": ${reportFile}`);
    assert.match(page, 'Not yet published: goes online on <time datetime="2027-02-10">10 February 2027</time>', output);
  } finally {
    clearTimeout(deadline);
    stop();
  }
});

test.after(() => rmSync(workspace, { recursive: true, force: true }));

test.run();
