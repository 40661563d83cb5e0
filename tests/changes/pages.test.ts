import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { addressOf, compareSites, readSiteDigests } from "../../lib/changes/pages.ts";

test("a page's address is its folder, and any other file's its path", () => {
  assert.is(addressOf("index.html"), "/");
  assert.is(addressOf("wrenmoor/actions/cs1/index.html"), "/wrenmoor/actions/cs1/");
  assert.is(addressOf("404.html"), "/404.html");
  assert.is(addressOf("data/all.json"), "/data/all.json");
});

test("pages and other files are each listed as added, removed or changed, in address order", () => {
  const before = new Map([
    ["index.html", "a"],
    ["wrenmoor/index.html", "b"],
    ["wrenmoor/actions/td1/index.html", "c"],
    ["feed.xml", "d"],
  ]);
  const after = new Map([
    ["index.html", "a"],
    ["wrenmoor/index.html", "B"],
    ["wrenmoor/progress/2024-25-q4/index.html", "e"],
    ["feed.xml", "D"],
  ]);
  assert.equal(compareSites(before, after), {
    pages: { added: ["/wrenmoor/progress/2024-25-q4/"], removed: ["/wrenmoor/actions/td1/"], changed: ["/wrenmoor/"] },
    files: { added: [], removed: [], changed: ["/feed.xml"] },
  });
});

test("the search index, whose files are named by hashes of their contents, is left out", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-digests-"));
  const files: [string, string][] = [
    ["index.html", "<p>home</p>"],
    ["pagefind/fragment/en_117a9c5.pf_fragment", "x"],
    ["pagefind/pagefind-entry.json", "{}"],
    ["assets/main.css", "body{}"],
  ];
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  assert.equal([...readSiteDigests(dir).keys()].sort(), ["assets/main.css", "index.html"]);
  rmSync(dir, { recursive: true, force: true });
});

test.run();
