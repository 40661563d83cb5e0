/**
 * The examples in content/, whatever they hold today: the one test that reads content/. A council's repository
 * holds its own content and every merge changes it, so this asserts only what is true of any valid content: the
 * check passes, the build succeeds, and every page is valid HTML with one h1 and a title and no broken link.
 * Every other test reads its own fixtures (tests/fixtures/examples is the frozen copy of these examples). Under
 * `npm test` content/ also holds the next report, dated after the day the build judges on (scripts/test.ts), and
 * the build must hold it back.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { checkLinks, formatBrokenLink } from "../../lib/checks/links.ts";
import { runBuild } from "../helpers/build.ts";
import { pageFile, sitePages } from "../../lib/checks/page-checks.ts";

const contentDir = "content";

test("npm run check passes on the content in content/", () => {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts"], {
    env: { ...process.env, CONTENT_DIR: contentDir, GITHUB_ACTIONS: "false" },
    encoding: "utf8",
  });
  assert.is(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /^Content is valid: /m);
});

// Judged as of today, as the council's own build would be, not on the date the fixtures are judged on: a report
// npm test adds is published 60 days from today (scripts/test.ts).
const build = runBuild({ CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000)) });
const pages = build.status === 0 ? sitePages(build.outputDir) : [];
const html = (page: string): string => readFileSync(pageFile(build.outputDir, page), "utf8");

test("npm run build builds the content in content/", () => {
  assert.is(build.status, 0, build.stdout + build.stderr);
  assert.ok(pages.length > 0, "no pages were built");
});

test("a report added to content/ for a day still to come is held back, and the build says so", () => {
  // Set by npm test, which runs the suite in a copy of the project with the next report added (scripts/test.ts).
  const added = process.env.TEST_ADDED_REPORT;
  if (added === undefined) return;
  assert.match(build.stdout, new RegExp(`^Held back until \\d{1,2} \\w+ \\d{4}: ${added.replace(/[.]/g, "\\.")}$`, "m"), build.stdout);
});

test("every page has one h1 and a title", () => {
  const problems = pages.flatMap((page) => {
    const text = html(page);
    const headings = text.match(/<h1[\s>]/g)?.length ?? 0;
    const title = /<title>([^<]*)<\/title>/.exec(text)?.[1]?.trim() ?? "";
    return [...(headings === 1 ? [] : [`${page}: ${headings} h1 elements`]), ...(title === "" ? [`${page}: no title`] : [])];
  });
  assert.equal(problems, []);
});

test("every page is valid HTML by the project's html-validate configuration", async () => {
  const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const page of pages) {
    // Checked as if at its own path in the project, so that the loader finds .htmlvalidate.mjs.
    const report = await htmlvalidate.validateString(html(page), resolve(pageFile("", page)));
    for (const result of report.results) {
      for (const message of result.messages)
        problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  assert.equal(problems, []);
});

test("no link, image, script or fragment on any page is broken", () => {
  assert.equal(checkLinks(build.outputDir, { siteUrl: "http://localhost:8080" }).broken.map(formatBrokenLink), []);
});

test.after(() => rmSync(build.outputDir, { recursive: true, force: true }));

test.run();
