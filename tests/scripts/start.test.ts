/**
 * npm start (scripts/start.ts): a content mistake saved while the site is being served is printed once, as the check
 * prints it, with no JavaScript stack trace, and the server goes on serving the last good site. Run against a copy of
 * the minimal fixture, on a port of its own, and stopped at the end.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const mistake = 'milestones, CS1-M2, status: "finished" is not a status';

interface Started {
  child: ChildProcess;
  output: () => string;
  port: number;
  content: string;
  folder: string;
}

function start(edit?: [from: string, to: string]): Started {
  const folder = mkdtempSync(join(tmpdir(), "plan-pages-start-"));
  const content = join(folder, "content");
  cpSync("tests/fixtures/minimal", content, { recursive: true });
  if (edit) replaceInReport(content, ...edit);
  const port = 18100 + Math.floor(Math.random() * 800);
  const { GITHUB_ACTIONS: _ignored, ...inherited } = process.env;
  // detached: the start script and the Eleventy server it spawns share a process group, stopped together.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...inherited, CONTENT_DIR: content, OUTPUT_DIR: join(folder, "site"), PORT: String(port), SOURCE_DATE_EPOCH: "1743465600" },
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  return { child, output: () => output, port, content, folder };
}

function replaceInReport(content: string, from: string, to: string): void {
  const path = join(content, "councils/wrenmoor/updates/2024-25-q3.md");
  const text = readFileSync(path, "utf8");
  if (!text.includes(from)) throw new Error(`test set-up: ${from} is not in the report`);
  writeFileSync(path, text.replace(from, to));
}

async function waitFor(started: Started, pattern: RegExp, seconds: number): Promise<boolean> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (pattern.test(started.output()) || started.child.exitCode !== null) return pattern.test(started.output());
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

function stop(started: Started): void {
  if (started.child.exitCode === null && started.child.pid !== undefined) {
    try {
      process.kill(-started.child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
  rmSync(started.folder, { recursive: true, force: true });
}

const occurrences = (text: string, part: string): number => text.split(part).length - 1;

test("a mistake saved while serving is printed once, without a stack trace, and the last good site is still served", async () => {
  const started = start();
  try {
    assert.ok(await waitFor(started, /Server at http/, 90), `the server did not start:\n${started.output()}`);
    // Eleventy may rebuild once more after its first build; let it settle before saving the mistake.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const before = started.output().length;
    replaceInReport(started.content, 'CS1-M2: { status: "on track" }', 'CS1-M2: { status: "finished" }');
    assert.ok(await waitFor(started, /stay as they were/, 30), `no message after the mistake:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const after = started.output().slice(before);
    assert.is(occurrences(after, mistake), 1, after);
    assert.match(after, /updates\/2024-25-q3\.md:9:22 milestones, CS1-M2, status: "finished"/);
    assert.not.match(after, /^\s*(\[11ty\]\s*)?at /m, `a stack trace was printed:\n${after}`);
    assert.not.match(after, /stack trace/i);
    const page = await fetch(`http://localhost:${started.port}/wrenmoor/`);
    assert.is(page.status, 200, "the last good site is still served");
    assert.is(started.child.exitCode, null, "the server is still running");
  } finally {
    stop(started);
  }
});

test("a mistake already there when npm start begins is printed once, without a stack trace, and nothing is served", async () => {
  const started = start(['CS1-M2: { status: "on track" }', 'CS1-M2: { status: "finished" }']);
  try {
    const exited = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 60_000);
      started.child.on("exit", () => {
        clearTimeout(timer);
        resolve(true);
      });
      if (started.child.exitCode !== null) resolve(true);
    });
    assert.ok(exited, `npm start did not stop:\n${started.output()}`);
    assert.is(started.child.exitCode, 1);
    assert.is(occurrences(started.output(), mistake), 1, started.output());
    assert.not.match(started.output(), /^\s*at /m, "no stack trace");
  } finally {
    stop(started);
  }
});

test.run();
