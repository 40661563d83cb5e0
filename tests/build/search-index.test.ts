import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSearchIndex } from "../../lib/build/search-index.ts";

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

test.run();
