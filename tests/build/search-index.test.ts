import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSearchIndex, searchablePages, startSearchIndex } from "../../lib/build/search-index.ts";

function siteFolder(pages: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), "plan-pages-search-"));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(folder, path), { recursive: true });
    writeFileSync(join(folder, path, "index.html"), html);
  }
  return folder;
}

const page = (main: string) =>
  `<!DOCTYPE html><html lang="en-GB"><head><title>t</title></head><body><nav>Menu</nav>${main}<footer>Footer</footer></body></html>`;

test("only pages marked data-pagefind-body go in the index, which is written to /pagefind/", async () => {
  const folder = siteFolder({
    "brackenfold/progress/2024-25-q2": page(
      `<main data-pagefind-body><h1>Progress update</h1><p>New bin rounds at Quarrymoor Lane.</p></main>`,
    ),
    "brackenfold/timeline": page(`<main><h1>Timeline</h1></main>`),
  });
  const result = await buildSearchIndex(folder);
  assert.is(result.filesRead, 2);
  assert.is(result.pages, 1);
  assert.is(result.outputPath, join(folder, "pagefind"));
  assert.ok(existsSync(join(folder, "pagefind", "pagefind.js")));
  assert.ok(existsSync(join(folder, "pagefind", "pagefind-entry.json")));
});

test("a folder with no pages to index fails the build, naming the folder", async () => {
  const folder = siteFolder({});
  try {
    await buildSearchIndex(folder);
    assert.unreachable("an empty site should not make an index");
  } catch (error) {
    assert.instance(error, Error);
    assert.match((error as Error).message, "The search index could not be built (addDirectory)");
    assert.match((error as Error).message, `no pages to index in ${folder}`);
  }
});

test("the finished pages are indexed under the URL of their path; unmarked pages and other files are skipped", async () => {
  const folder = siteFolder({
    "brackenfold/progress/2024-25-q2": page(`<main data-pagefind-body><h1>Update</h1><p>Quarrymoor Lane</p></main>`),
    "brackenfold/timeline": page(`<main><h1>Timeline</h1></main>`),
  });
  writeFileSync(join(folder, "brackenfold/feed.xml"), "<feed data-pagefind-body></feed>");
  const searchIndex = startSearchIndex(folder);
  const result = await searchIndex.finish();
  assert.equal(result, { filesRead: 1, pages: 1, outputPath: join(folder, "pagefind") });
  const fragments = readdirSync(join(folder, "pagefind", "fragment"));
  const fragment = gunzipSync(readFileSync(join(folder, "pagefind", "fragment", fragments[0] ?? ""))).toString();
  assert.match(fragment, '"url":"/brackenfold/progress/2024-25-q2/"');
  assert.match(fragment, "Quarrymoor Lane");
});

test("pages go to Pagefind in address order, whatever order they were written in, so that every build gives the same index", () => {
  const folder = siteFolder({ "b/actions/a2": page(""), "a/themes/x": page(""), a: page(""), b: page("") });
  assert.equal(searchablePages(folder), ["a/index.html", "a/themes/x/index.html", "b/actions/a2/index.html", "b/index.html"]);
});

/** The pages' addresses an index lists, from its fragments. */
function urlsIn(bundle: string): string[] {
  return readdirSync(join(bundle, "fragment"))
    .map((file) => /"url":"([^"]+)"/.exec(gunzipSync(readFileSync(join(bundle, "fragment", file))).toString())?.[1] ?? "")
    .sort();
}

test("on a site of several councils each council's pages go to its own index too, which holds only what the search page loads", async () => {
  const paths = ["brackenfold/actions/wc1", "brackenfold/about", "fernshire/actions/lb1"];
  const folder = siteFolder(
    Object.fromEntries(paths.map((path) => [path, page(`<main data-pagefind-body><h1>${path}</h1><p>Library bins</p></main>`)])),
  );
  const result = await startSearchIndex(folder).finish();
  assert.equal(result, { filesRead: 3, pages: 3, outputPath: join(folder, "pagefind") });
  assert.equal(urlsIn(join(folder, "pagefind")), ["/brackenfold/about/", "/brackenfold/actions/wc1/", "/fernshire/actions/lb1/"]);
  assert.equal(urlsIn(join(folder, "brackenfold", "pagefind")), ["/brackenfold/about/", "/brackenfold/actions/wc1/"]);
  assert.equal(urlsIn(join(folder, "fernshire", "pagefind")), ["/fernshire/actions/lb1/"]);
  const files = readdirSync(join(folder, "brackenfold", "pagefind")).map((file) => file.replace(/_[0-9a-f]+\.pf_meta$/, "_….pf_meta"));
  assert.equal(files.sort(), ["fragment", "index", "pagefind-entry.json", "pagefind.en_….pf_meta", "wasm.en.pagefind"]);
});

test("a site of one council has only the site's index, which is the council's", async () => {
  const folder = siteFolder({ "brackenfold/actions/wc1": page(`<main data-pagefind-body><h1>WC1</h1></main>`) });
  await startSearchIndex(folder).finish();
  assert.ok(existsSync(join(folder, "pagefind", "pagefind-entry.json")));
  assert.not.ok(existsSync(join(folder, "brackenfold", "pagefind")));
});

test("a build that hands over no page to index fails, naming the folder", async () => {
  const folder = mkdtempSync(join(tmpdir(), "plan-pages-search-"));
  try {
    await startSearchIndex(folder).finish();
    assert.unreachable("an empty site should not make an index");
  } catch (error) {
    assert.instance(error, Error);
    assert.match((error as Error).message, "The search index could not be built (addHTMLFile)");
    assert.match((error as Error).message, `no pages to index in ${folder}`);
  }
});

test.run();
