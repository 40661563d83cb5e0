/**
 * A council that gives no colour beside councils that do: theirs are written and linked, its pages link none and
 * keep the site's own colour. Regression: a page of the colour stylesheets left out for one council once left the
 * other councils' stylesheets unwritten, so every page of theirs linked a file that was not there.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { cpSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { examplesDir, runBuild } from "../helpers/build.ts";

const contentDir = mkdtempSync(join(tmpdir(), "plan-pages-colours-"));
cpSync(join(examplesDir, "councils", "brackenfold"), join(contentDir, "councils", "brackenfold"), { recursive: true });
cpSync(join("tests/fixtures/real/councils", "rotherham"), join(contentDir, "councils", "rotherham"), { recursive: true });
const built = runBuild({ CONTENT_DIR: contentDir });

test("the site builds with one council that gives a colour and one that does not", () => {
  assert.is(built.status, 0, built.stderr);
});

test("the council with a colour has its stylesheet, and its pages link it", () => {
  assert.ok(existsSync(join(built.outputDir, "assets/brand/brackenfold.css")));
});

test("the council with no colour has no stylesheet", () => {
  assert.not.ok(existsSync(join(built.outputDir, "assets/brand/rotherham.css")));
});

test.run();
