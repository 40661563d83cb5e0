/**
 * scripts/build.ts publishes all or nothing: a build that fails in any step (validation, rendering, the
 * search index) or is killed part-way leaves the previous output folder exactly as it was, byte for byte.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { freshBuildFolder, restoreInterruptedSwap, swapIntoPlace } from "../../lib/build/output-folder.ts";
import { examplesDir, testEpoch } from "../helpers/build.ts";
import { snapshot } from "../helpers/snapshot.ts";

const workspace = mkdtempSync(join(tmpdir(), "plan-pages-atomic-"));
const outputDir = join(workspace, "site");
let published: Record<string, string> = {};
/** How many pages the first build wrote, to kill later builds part-way through writing them. */
let pageCount = 0;

/** Folders a build works in beside the output (".site.building-<pid>", ".site.previous-<pid>"). */
function workFolders(): string[] {
  return readdirSync(workspace).filter((name) => name.startsWith(`.${basename(outputDir)}.`));
}

/** The parts of the project a build needs, copied to a folder of its own, so that a test can break one. */
function copyOfProject(): string {
  const copy = mkdtempSync(join(workspace, "project-"));
  for (const name of readdirSync(".")) {
    if (["node_modules", "_site", "tests"].includes(name) || (name.startsWith(".") && name !== ".eleventy.ts")) continue;
    cpSync(name, join(copy, name), { recursive: true });
  }
  symlinkSync(resolve("node_modules"), join(copy, "node_modules"));
  // With the tests' copy of the examples as its content, not whatever content/ holds today.
  rmSync(join(copy, "content", "councils"), { recursive: true });
  cpSync(join(examplesDir, "councils"), join(copy, "content", "councils"), { recursive: true });
  return copy;
}

interface Outcome {
  status: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  /** Seconds from the build folder appearing to the build ending, if it appeared. */
  span?: number;
  /** Files in the build folder when the build was killed. */
  filesAtKill?: number;
}

/**
 * Runs `npm run build` (scripts/build.ts) into the test's output folder, watching its build folder; `killWhen`
 * is asked every few milliseconds, with the build folder's files and the seconds since it appeared.
 */
function build(
  options: { cwd?: string; env?: Record<string, string>; killWhen?: (files: string[], seconds: number) => boolean } = {},
): Promise<Outcome> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
      cwd: options.cwd ?? project,
      env: { ...process.env, SOURCE_DATE_EPOCH: testEpoch, OUTPUT_DIR: outputDir, ...options.env },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const buildFolder = join(workspace, `.${basename(outputDir)}.building-${child.pid}`);
    let appeared: number | undefined;
    let filesAtKill: number | undefined;
    const watch = setInterval(() => {
      if (!existsSync(buildFolder)) return;
      appeared ??= performance.now();
      if (!options.killWhen || filesAtKill !== undefined) return;
      let files: string[];
      try {
        files = readdirSync(buildFolder, { recursive: true, encoding: "utf8" });
      } catch {
        return; // swapped into place between the two calls
      }
      if (options.killWhen(files, (performance.now() - appeared) / 1000)) {
        filesAtKill = files.length;
        child.kill("SIGKILL");
      }
    }, 5);
    child.on("exit", (status, signal) => {
      clearInterval(watch);
      const span = appeared === undefined ? undefined : (performance.now() - appeared) / 1000;
      done({ status, signal, output, span, filesAtKill });
    });
  });
}

// Every build runs in a copy of the project, so that the site published is the same each time it is built.
const project = copyOfProject();

test("the first build publishes the site that every later failure must leave alone", async () => {
  const result = await build();
  assert.is(result.status, 0, result.output);
  assert.ok(existsSync(join(outputDir, "index.html")));
  assert.equal(workFolders(), []);
  published = snapshot(outputDir);
  pageCount = Object.keys(published).filter((path) => path.endsWith(".html")).length;
});

test("a build that fails validation leaves the site as it was and makes no build folder", async () => {
  const result = await build({ env: { CONTENT_DIR: resolve("tests/fixtures/bad/yaml-duplicate-key") } });
  assert.is(result.status, 1, result.output);
  assert.match(result.output, 'council.yaml:3:1 name: "name" is given twice');
  assert.match(result.output, "Nothing was built");
  assert.is(result.span, undefined);
  assert.equal(snapshot(outputDir), published);
  assert.equal(workFolders(), []);
});

test("a build that fails while rendering leaves the site as it was and clears its build folder", async () => {
  const project = copyOfProject();
  writeFileSync(join(project, "pages", "broken.njk"), '---\npermalink: "/broken/"\n---\n{% include "components/does-not-exist.njk" %}\n');
  const result = await build({ cwd: project });
  assert.is(result.status, 1, result.output);
  assert.match(result.output, "does-not-exist.njk");
  assert.match(result.output, "The build failed");
  assert.equal(snapshot(outputDir), published);
  assert.equal(workFolders(), []);
});

/**
 * A copy of the project in which one function of lib/ is replaced by `failing` (which must end by opening the
 * original's renamed declaration, "function original…("), built: it must fail with `message`, leave the site as
 * it was, and clear its build folder.
 */
async function buildFailingIn(file: string, signature: string, failing: string, message: string): Promise<void> {
  const project = copyOfProject();
  const path = join(project, file);
  const original = readFileSync(path, "utf8");
  assert.ok(original.includes(signature), `${file} no longer has "${signature}"; update this test`);
  writeFileSync(path, original.replace(signature, failing));
  const result = await build({ cwd: project });
  assert.is(result.status, 1, result.output);
  assert.match(result.output, message);
  assert.match(result.output, "The build failed");
  assert.equal(snapshot(outputDir), published);
  assert.equal(workFolders(), []);
}

test("a build whose search index fails leaves the site as it was and clears its build folder", async () => {
  // As Pagefind fails when it cannot write its index (a full disk): the step throws after the pages are rendered.
  await buildFailingIn(
    "lib/build/search-index.ts",
    "export function startSearchIndex(",
    `export function startSearchIndex(siteFolder: string): SearchIndexWhileRendering {
  return {
    addPage() {},
    async finish() {
      throw new SearchIndexError("writeFiles", [\`no space left on the device while writing \${siteFolder}\`]);
    },
    async cancel() {},
  };
}
function originalSearchIndex(`,
    "The search index could not be built",
  );
});

test("a build that fails while Pagefind writes its index stops Pagefind, leaves the site as it was and clears its build folder", async () => {
  // The open data is written while Pagefind writes its index: a failure then must stop Pagefind before the folder goes.
  await buildFailingIn(
    "lib/build/downloads.ts",
    "export function writeOpenData(",
    `export function writeOpenData(folder: string): void {
  throw new Error(\`no space left on the device while writing the open data into \${folder}\`);
}
function originalOpenData(`,
    "no space left on the device while writing the open data",
  );
});

// Kill points through the build: as its folder is made, while Eleventy starts, as pages are written, once every
// page is written (before the search index), and while the search index is written.
const pages = (files: string[]): number => files.filter((file) => file.endsWith(".html")).length;
const killPoints: { name: string; when: (files: string[], seconds: number) => boolean }[] = [
  { name: "as soon as its build folder is made", when: () => true },
  { name: "while Eleventy starts", when: (_, seconds) => seconds >= 0.3 },
  { name: "once its first page is written", when: (files) => pages(files) >= 1 },
  { name: "half way through writing its pages", when: (files) => pages(files) >= pageCount / 2 },
  { name: "once every page is written", when: (files) => pages(files) >= pageCount },
  { name: "while the search index is written", when: (files) => files.some((file) => file.startsWith("pagefind")) },
];
let killed = 0;

for (const point of killPoints) {
  test(`a build killed ${point.name} leaves the site exactly as it was`, async () => {
    const result = await build({ killWhen: point.when });
    if (result.signal === "SIGKILL") {
      killed += 1;
      assert.ok(result.filesAtKill !== undefined);
      console.log(`killed ${point.name}, with ${result.filesAtKill} files in its build folder`);
    } else {
      // The build finished before the moment came; it published the same bytes again (builds are deterministic).
      assert.is(result.status, 0, result.output);
    }
    assert.equal(snapshot(outputDir), published);
  });
}

test("most kills landed during the build, and the next build clears what they left and publishes", async () => {
  assert.ok(killed >= 4, `only ${killed} of ${killPoints.length} kills landed before the build finished`);
  const result = await build();
  assert.is(result.status, 0, result.output);
  assert.equal(workFolders(), []);
  assert.equal(snapshot(outputDir), published);
});

test("a swap whose second rename fails puts the previous site back", () => {
  const folder = mkdtempSync(join(workspace, "swap-"));
  const live = join(folder, "site");
  mkdirSync(live);
  writeFileSync(join(live, "index.html"), "previous");
  assert.throws(() => swapIntoPlace(join(folder, ".site.building-missing"), live));
  assert.is(readFileSync(join(live, "index.html"), "utf8"), "previous");
  assert.equal(readdirSync(folder), ["site"]);
});

test("a build killed between the two renames of a swap has the previous site put back by the next build", () => {
  const folder = mkdtempSync(join(workspace, "interrupted-"));
  const live = join(folder, "site");
  mkdirSync(live);
  writeFileSync(join(live, "index.html"), "previous");
  // What a kill between renameSync(live, previous) and renameSync(build, live) leaves behind.
  renameSync(live, join(folder, ".site.previous-12345"));
  mkdirSync(join(folder, ".site.building-12345"));
  const fresh = freshBuildFolder(live);
  assert.is(readFileSync(join(live, "index.html"), "utf8"), "previous");
  assert.equal(readdirSync(folder).sort(), [basename(fresh), "site"].sort());
  restoreInterruptedSwap(live);
  assert.is(readFileSync(join(live, "index.html"), "utf8"), "previous");
});

test.after(() => rmSync(workspace, { recursive: true, force: true }));

test.run();
