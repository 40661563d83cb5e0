import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { folderSize, formatBytes } from "../../lib/size/folder.ts";

test("a folder's size counts every file in it and in its sub-folders", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-size-"));
  mkdirSync(join(dir, "index"));
  writeFileSync(join(dir, "pagefind.js"), "x".repeat(1000));
  writeFileSync(join(dir, "pagefind-ui.js"), "x".repeat(500));
  writeFileSync(join(dir, "index", "en_1.pf_index"), "x".repeat(24));
  assert.equal(folderSize(dir), { bytes: 1524, files: 3 });
  assert.equal(
    folderSize(dir, (path) => !path.startsWith("pagefind-ui")),
    { bytes: 1024, files: 2 },
  );
  assert.equal(
    folderSize(dir, (path) => path === "index/en_1.pf_index"),
    { bytes: 24, files: 1 },
  );
});

test("sizes are given in bytes and in KB of 1,024 bytes", () => {
  assert.is(formatBytes(136049), "136,049 bytes (132.9 KB)");
  assert.is(formatBytes(0), "0 bytes (0.0 KB)");
});

test.run();
