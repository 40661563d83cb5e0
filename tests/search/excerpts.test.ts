/**
 * Search excerpts once ran words together, "OwnerHead of Waste and Street Scene", "CoversJuly",
 * "yearPlannedDelivered": Pagefind reads the indexed part of a page as written, and the tags of a term and its
 * value, or of two table cells, stood next to each other. The example site is built, and searched in Chromium as
 * a resident would; every excerpt must keep its words apart, and a label apart from its value.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { buildExampleSite } from "../helpers/build.ts";
import { launchBrowser, serveFolder } from "../../lib/checks/browser.ts";

const site = buildExampleSite();

/** The run-together words the excerpts once showed, and any word running into a capital ("CoversJuly"). */
const runTogether = /OwnerHead|memberCabinet|Covers[A-Z]|Published\d|yearPlanned|PlannedDelivered|[a-z][A-Z]/;

test("the text Pagefind indexed on every page keeps the words of neighbouring blocks and cells apart", () => {
  const folder = join(site.outputDir, "pagefind", "fragment");
  const fragments = readdirSync(folder).map(
    (name) =>
      JSON.parse(
        gunzipSync(readFileSync(join(folder, name)))
          .toString()
          .replace(/^pagefind_dcd/, ""),
      ) as { url: string; content: string },
  );
  assert.ok(fragments.length > 50, `only ${fragments.length} pages indexed`);
  for (const { url, content } of fragments) {
    const found = runTogether.exec(content);
    assert.not.ok(found, `${url} has "${content.slice(Math.max(0, (found?.index ?? 0) - 30), (found?.index ?? 0) + 30)}"`);
  }
});

test("search excerpts for a field's label set the label apart from its value: 'Owner: Head of ...'", async () => {
  const served = await serveFolder(site.outputDir);
  const browser = await launchBrowser();
  try {
    const excerpts = new Map<string, string[]>();
    for (const query of ["owner", "covers", "planned", "delivered", "lead member"]) {
      const page = await browser.newPage();
      await page.goto(`${served.url}search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector(".app-search__excerpt");
      excerpts.set(query, await page.locator(".app-search__excerpt").allInnerTexts());
      await page.close();
    }
    for (const [query, texts] of excerpts) {
      assert.ok(texts.length > 0, `no results for ${query}`);
      for (const text of texts) assert.not.match(text, runTogether, `an excerpt for "${query}" runs words together: ${text}`);
    }
    assert.ok(
      excerpts.get("owner")?.some((text) => /\bOwner: Head of /.test(text)),
      `no excerpt for "owner" reads "Owner: Head of ...":\n${excerpts.get("owner")?.join("\n")}`,
    );
    assert.ok(
      excerpts.get("covers")?.some((text) => /\bCovers: [A-Z][a-z]+ to [A-Z][a-z]+ \d{4}/.test(text)),
      `no excerpt for "covers" reads "Covers: July to September 2024":\n${excerpts.get("covers")?.join("\n")}`,
    );
  } finally {
    await browser.close();
    await served.close();
  }
});

test.run();
