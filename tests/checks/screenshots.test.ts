import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pageAddresses, screenshotFileName, screenshotPages, screenshotWidths } from "../../lib/checks/screenshots.ts";

function siteOf(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-screenshots-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

test("the first council's plan, fullest action page, fullest update and timeline are photographed", () => {
  const dir = siteOf({
    "index.html": "<p>Home</p>",
    "assets/main.css": "",
    "a-to-z/index.html": "<p>A to Z</p>",
    "fernshire/index.html": "<p>Plan</p>",
    "fernshire/timeline/index.html": "<p>Timeline</p>",
    "kestrelmouth/index.html": "<p>Plan</p>",
    "kestrelmouth/timeline/index.html": "<p>Timeline</p>",
    "fernshire/actions/ad1/index.html": "<p>Short</p>",
    "fernshire/actions/cs2/index.html": "<p>The longest action page of them all</p>",
    "fernshire/actions/hw1/index.html": "<p>Middling page</p>",
    "fernshire/progress/index.html": "<p>Every update, listed at length, the longest page here</p>",
    "fernshire/progress/2024-25-q2/index.html": "<p>First update, a long one</p>",
    "fernshire/progress/2024-25-q3/index.html": "<p>Second</p>",
  });
  assert.equal(screenshotPages(dir), [
    { name: "fernshire-plan", path: "fernshire/" },
    { name: "fernshire-action-cs2", path: "fernshire/actions/cs2/" },
    { name: "fernshire-update-2024-25-q2", path: "fernshire/progress/2024-25-q2/" },
    { name: "fernshire-timeline", path: "fernshire/timeline/" },
  ]);
});

test("a council with no actions or updates yet still has its plan and timeline photographed", () => {
  const dir = siteOf({ "wrenmoor/index.html": "<p>Plan</p>", "wrenmoor/timeline/index.html": "<p>Timeline</p>" });
  assert.equal(
    screenshotPages(dir).map((page) => page.path),
    ["wrenmoor/", "wrenmoor/timeline/"],
  );
  assert.equal(screenshotPages(siteOf({ "index.html": "<p>No councils</p>" })), []);
});

test("each picture is named for its page and width, at 1280 and 320 CSS pixels", () => {
  assert.equal(screenshotWidths, [1280, 320]);
  assert.is(screenshotFileName({ name: "brackenfold-timeline", path: "brackenfold/timeline/" }, 320), "brackenfold-timeline-320.png");
});

test("pages are visited at the addresses a static host serves them from", () => {
  assert.equal(pageAddresses(["index.html", "404.html", "brackenfold/index.html", "brackenfold/actions/cs1/index.html"]), [
    "",
    "404.html",
    "brackenfold/",
    "brackenfold/actions/cs1/",
  ]);
});

test.run();
