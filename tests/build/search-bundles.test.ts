import { test } from "uvu";
import * as assert from "uvu/assert";
import { councilBundlePath, councilOfPage, isLoadedFromCouncilBundle, writesCouncilBundles } from "../../lib/build/search-bundles.ts";

test("a page belongs to the council whose folder holds it", () => {
  assert.is(councilOfPage("brackenfold/actions/wc1/index.html"), "brackenfold");
  assert.is(councilOfPage("brackenfold/index.html"), "brackenfold");
  assert.is(councilOfPage("index.html"), undefined);
});

test("a council's own index is in its folder", () => {
  assert.is(councilBundlePath("brackenfold"), "brackenfold/pagefind");
});

test("councils have indexes of their own only on a site of several", () => {
  assert.not.ok(writesCouncilBundles(1));
  assert.ok(writesCouncilBundles(2));
});

test("a council's index keeps what the search page loads from it, and not Pagefind's scripts, interfaces or other languages", () => {
  const kept = ["pagefind-entry.json", "pagefind.en_3fab4ca857.pf_meta", "index", "fragment", "filter", "wasm.en.pagefind"];
  for (const file of kept) assert.ok(isLoadedFromCouncilBundle(file, ["en"]), file);
  const dropped = [
    "pagefind.js",
    "pagefind-worker.js",
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-highlight.js",
    "wasm.unknown.pagefind",
  ];
  for (const file of dropped) assert.not.ok(isLoadedFromCouncilBundle(file, ["en"]), file);
});

test.run();
