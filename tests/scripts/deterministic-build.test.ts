/**
 * Reproducible builds: the project and its content, copied into two different folders and built at two
 * different times (and in two time zones) with the same SOURCE_DATE_EPOCH, give byte-identical output,
 * search index included.
 * https://reproducible-builds.org/docs/source-date-epoch/
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { examplesDir, testEpoch } from "../helpers/build.ts";
import { snapshot } from "../helpers/snapshot.ts";

const workspace = mkdtempSync(join(tmpdir(), "plan-pages-deterministic-"));

/** The project and its content, copied as a fresh clone would have them. */
function copyOfProject(into: string): string {
  mkdirSync(into, { recursive: true });
  for (const name of readdirSync(".")) {
    if (["node_modules", "_site", "tests"].includes(name) || (name.startsWith(".") && name !== ".eleventy.ts")) continue;
    cpSync(name, join(into, name), { recursive: true });
  }
  symlinkSync(resolve("node_modules"), join(into, "node_modules"));
  // With the tests' copy of the examples as its content, not whatever content/ holds today.
  rmSync(join(into, "content", "councils"), { recursive: true });
  cpSync(join(examplesDir, "councils"), join(into, "content", "councils"), { recursive: true });
  return into;
}

function buildIn(project: string, timeZone: string): { status: number | null; output: string; site: string } {
  // The content and the output are the defaults, content/ and _site/, inside each copy.
  const env: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH: testEpoch, TZ: timeZone };
  delete env.OUTPUT_DIR;
  delete env.CONTENT_DIR;
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], { cwd: project, env, encoding: "utf8" });
  return { status: result.status, output: result.stdout + result.stderr, site: join(project, "_site") };
}

/** Where two files first differ, for a failure message worth reading. */
function firstDifference(a: string, b: string): string {
  const left = readFileSync(a, "utf8");
  const right = readFileSync(b, "utf8");
  let index = 0;
  while (index < left.length && left[index] === right[index]) index += 1;
  return `at character ${index}: ${JSON.stringify(left.slice(Math.max(0, index - 60), index + 60))} against ${JSON.stringify(right.slice(Math.max(0, index - 60), index + 60))}`;
}

test("two builds from different folders at different times, with the same SOURCE_DATE_EPOCH, are byte-identical", async () => {
  // Both copies are made before either build, so they hold the same sources; the second sits at a different
  // depth with a longer name, as another machine's checkout would.
  const firstFolder = copyOfProject(join(workspace, "a"));
  const secondFolder = join(workspace, "checkout", "of-plan-pages-somewhere-else");
  cpSync(firstFolder, secondFolder, { recursive: true, verbatimSymlinks: true });
  const first = buildIn(firstFolder, "UTC");
  assert.is(first.status, 0, first.output);
  // At a different time: at least a second later, so any clock reading shows up.
  await new Promise((done) => setTimeout(done, 1100));
  // And on a machine whose clock is set to another time zone (UTC+14): dates are Europe/London's whatever the machine's.
  const second = buildIn(secondFolder, "Pacific/Kiritimati");
  assert.is(second.status, 0, second.output);

  const a = snapshot(first.site);
  const b = snapshot(second.site);
  assert.ok(Object.keys(a).length > 10, "the build wrote almost nothing");
  assert.equal(Object.keys(b), Object.keys(a), "the two builds wrote different files");
  const different = Object.keys(a).filter((path) => a[path] !== b[path]);
  assert.equal(
    different.map((path) => `${path} differs ${firstDifference(join(first.site, path), join(second.site, path))}`),
    [],
  );
  if (existsSync(join(first.site, "pagefind")))
    assert.ok(Object.keys(a).some((path) => path.startsWith("pagefind/") && path !== "pagefind/"));
});

test.after(() => rmSync(workspace, { recursive: true, force: true }));

test.run();
