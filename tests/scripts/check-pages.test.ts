/**
 * `npm run check-pages`: the page checks a content change needs, over a built site (issue 14). Built from the
 * example fixtures under PATH_PREFIX=/plans/; the pages a `npm run changes -- --json` report names pass, and a page
 * spoilt three ways (an inline style the policy refuses, a second h1 html-validate refuses, an image with no text
 * axe-core refuses) is reported on each count, with its address, and the command fails.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildExampleSite, examplesDir, runBuild } from "../helpers/build.ts";
import { addNextReport, nextReport } from "../helpers/next-report.ts";

const { outputDir } = buildExampleSite({ PATH_PREFIX: "/plans/" });
const workspace = mkdtempSync(join(tmpdir(), "plan-pages-check-pages-"));

function checkPages(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/check-pages.ts", ...args], {
    env: { ...process.env, OUTPUT_DIR: dir, PATH_PREFIX: "/plans/" },
    encoding: "utf8",
  });
}

test("the pages a change report names are checked, and pass", () => {
  const changes = join(workspace, "changes.json");
  writeFileSync(
    changes,
    JSON.stringify({
      site: { pages: { added: ["/brackenfold/progress/2026-27-q2/"], changed: ["/brackenfold/", "/"], removed: ["/gone/"] } },
    }),
  );
  const result = checkPages(outputDir, "--changed", changes);
  assert.is(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /^Checked the 3 pages the change adds or changes in .* \d[\d,]* focusable elements\): 0 problems\.$/m);
});

test("a spoilt page is reported on each count, with its address, and the command fails", () => {
  const spoilt = join(workspace, "site");
  cpSync(outputDir, spoilt, { recursive: true });
  const file = join(spoilt, "brackenfold", "index.html");
  const html = readFileSync(file, "utf8").replace(
    "</main>",
    '<h1>Again</h1><p style="color: red">Styled</p><img src="/plans/assets/favicon.svg"></main>',
  );
  writeFileSync(file, html);
  const result = checkPages(spoilt, "/brackenfold/", "/fernshire/");
  assert.is(result.status, 1, result.stdout + result.stderr);
  assert.match(result.stdout, /^\/brackenfold\/: .*no-inline-style/m);
  assert.match(result.stdout, /^\/brackenfold\/: .*Content Security Policy violation: style-src-attr/m);
  assert.match(result.stdout, /^\/brackenfold\/: at 1280 px: image-alt/m);
  assert.not.match(result.stdout, /^\/fernshire\//m);
  assert.match(result.stdout, /^Checked the pages named in .*: [1-9]\d* problems\.$/m);
});

test("with --held-back, the pages of the reports held back are checked in a preview build, which shows them", () => {
  const content = join(workspace, "content");
  cpSync(examplesDir, content, { recursive: true });
  addNextReport(content);
  const preview = runBuild({ CONTENT_DIR: content, PREVIEW: "true", PATH_PREFIX: "/plans/" }, join(workspace, "preview"));
  assert.is(preview.status, 0, preview.stderr);
  const changes = join(workspace, "held-back.json");
  writeFileSync(changes, JSON.stringify({ heldBack: [{ address: `/${nextReport.address}`, published: nextReport.published }] }));
  const result = checkPages(preview.outputDir, "--held-back", changes);
  assert.is(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /^Checked the 1 report held back until their publication date in .*: 0 problems\.$/m);
  // In the published build the report's page is not there to check, and the command says so rather than pass.
  const published = checkPages(outputDir, "--held-back", changes);
  assert.is(published.status, 1);
  assert.match(published.stderr, `Not pages of the built site in ${outputDir}: /${nextReport.address}`);
});

test("an address that is not a page of the built site is refused", () => {
  const result = checkPages(outputDir, "/nowhere/");
  assert.is(result.status, 1);
  assert.match(result.stderr, "Not pages of the built site in");
  assert.match(result.stderr, "/nowhere/");
});

// The example build is shared with other tests in this run (tests/helpers/build.ts) and left for them.
test.after(() => rmSync(workspace, { recursive: true, force: true }));

test.run();
