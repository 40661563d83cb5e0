/**
 * A build in several processes, and one in parts on several machines joined by --merge, write the same site as one
 * process does, byte for byte, search index included (scripts/build.ts, docs/architecture.md).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { examplesDir, testEpoch } from "../helpers/build.ts";
import { snapshot } from "../helpers/snapshot.ts";

const workspace = mkdtempSync(join(tmpdir(), "plan-pages-parallel-"));

function build(outputDir: string, args: string[] = [], env: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", ...args], {
    env: { ...process.env, SOURCE_DATE_EPOCH: testEpoch, CONTENT_DIR: examplesDir, OUTPUT_DIR: outputDir, ...env },
    encoding: "utf8",
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

const oneProcess = join(workspace, "one-process");
const differences = (a: Record<string, string>, b: Record<string, string>): string[] =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((path) => a[path] !== b[path]);

test("a build in one process, to compare the others with", () => {
  const result = build(oneProcess, [], { BUILD_PROCESSES: "1" });
  assert.is(result.status, 0, result.output);
  assert.not.match(result.output, "processes");
});

test("a build in as many processes as councils is byte-identical to a build in one", () => {
  const site = join(workspace, "three-processes");
  const result = build(site, [], { BUILD_PROCESSES: "3" });
  assert.is(result.status, 0, result.output);
  assert.match(result.output, "in 3 processes");
  const expected = snapshot(oneProcess);
  assert.ok(Object.keys(expected).some((path) => path.startsWith("pagefind/") && path !== "pagefind/"));
  assert.equal(differences(snapshot(site), expected), []);
});

test("two parts built apart with --shard and joined with --merge are byte-identical to a build on one machine", () => {
  const parts = ["1/2", "2/2"].map((shard) => {
    const folder = join(workspace, `part-${shard[0]}`);
    const result = build(folder, ["--shard", shard]);
    assert.is(result.status, 0, result.output);
    assert.match(result.output, `Built part ${shard[0]} of 2 of`);
    return folder;
  });
  const merged = join(workspace, "merged");
  const result = build(merged, ["--merge", ...parts]);
  assert.is(result.status, 0, result.output);
  assert.match(result.output, "joining 2 parts");
  assert.equal(differences(snapshot(merged), snapshot(oneProcess)), []);
});

test("--merge refuses a part missing, naming what it was given, and leaves the site as it was", () => {
  const merged = join(workspace, "half-merged");
  const result = build(merged, ["--merge", join(workspace, "part-1")]);
  assert.is(result.status, 1, result.output);
  assert.match(result.output, "--merge needs every part of one --shard K/2 build, once each; it was given parts 1");
  assert.match(result.output, "The build failed");
});

test.after(() => rmSync(workspace, { recursive: true, force: true }));

test.run();
