/**
 * Building a real site for integration tests: runs `scripts/build.ts` in a child process, as `npm run build`
 * does, with the settings a test gives, into a folder of its own.
 */
import { runBuild as runProjectBuild, type BuildResult } from "../../lib/checks/run-build.ts";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pageFile } from "../../lib/checks/page-checks.ts";

/** 23 November 2026, 12:00 UTC: the date the example content is judged on in tests. */
export const testEpoch = "1795435200";

/**
 * The tests' own copy of the example councils (its README says why): tests never read content/, which is the
 * council's to change, so that a valid report added there cannot fail a test. Only tests/project/examples.test.ts
 * builds content/ itself.
 */
export const examplesDir = "tests/fixtures/examples";

export type { BuildResult } from "../../lib/checks/run-build.ts";

/** A build of the tests' copy of the examples (or the CONTENT_DIR given), judged on the tests' date; without the browser editor, whose pages have tests of their own (tests/editor/). */
export function runBuild(env: Record<string, string> = {}, outputDir?: string): BuildResult {
  return runProjectBuild({ SOURCE_DATE_EPOCH: testEpoch, CONTENT_DIR: examplesDir, BROWSER_EDITOR: "false", ...env }, outputDir);
}

/** Everything a build reads, so that a cached site is used only while none of it has changed. */
const buildInputs = ["lib", "_includes", "pages", "scripts/build.ts", "scripts/render-part.ts", ".eleventy.ts", "package-lock.json"];

function inputsHash(env: Record<string, string>): string {
  const hash = createHash("sha256").update(JSON.stringify(Object.entries(env).sort()));
  const add = (path: string): void => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
    } else hash.update(path).update(readFileSync(path));
  };
  for (const input of [...buildInputs, env.CONTENT_DIR ?? examplesDir]) add(input);
  return hash.digest("hex").slice(0, 24);
}

/**
 * Builds the tests' copy of the example content (or the CONTENT_DIR given) and returns a reader for its pages. Many test files
 * read the same site, so a build is kept in the temporary folder, keyed by the settings and a hash of every
 * file the build reads, and shared between them; tests must only read it.
 */
export function buildExampleSite(env: Record<string, string> = {}): { outputDir: string; page: (path: string) => string } {
  const cached = join(tmpdir(), "plan-pages-example-sites", inputsHash(env));
  if (!existsSync(cached)) {
    const result = runBuild(env);
    if (result.status !== 0) throw new Error(`The example site did not build:\n${result.stdout}\n${result.stderr}`);
    mkdirSync(dirname(cached), { recursive: true });
    try {
      renameSync(result.outputDir, cached);
    } catch {
      // Another test file finished the same build first; theirs is identical.
      rmSync(result.outputDir, { recursive: true, force: true });
    }
  }
  return {
    outputDir: cached,
    page: (path: string) => withCharactersShown(readFileSync(pageFile(cached, path), "utf8")),
  };
}

/**
 * A page's text with the characters the build writes as references ("&#8217;", lib/site/character-references.ts)
 * shown as themselves again, as a browser shows them, so that tests can look for "Brackenfold’s".
 */
export function withCharactersShown(html: string): string {
  return html.replace(/&#(\d+);/g, (reference, code: string) => (Number(code) > 0xff ? String.fromCodePoint(Number(code)) : reference));
}
