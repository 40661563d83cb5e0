import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { withCharacterReferences } from "../../lib/site/character-references.ts";
import { buildExampleSite, withCharactersShown } from "../helpers/build.ts";

test("characters beyond Latin-1 become numeric references; Latin-1 and the markup stay as they are", () => {
  assert.is(withCharacterReferences("<p>Brackenfold’s plan – £1.2m, café</p>"), "<p>Brackenfold&#8217;s plan &#8211; £1.2m, café</p>");
  assert.is(withCharacterReferences("<p>Bins 🚮</p>"), "<p>Bins &#128686;</p>");
  assert.is(withCharactersShown(withCharacterReferences("‘Quarrymoor’ – 🚮 &#39;")), "‘Quarrymoor’ – 🚮 &#39;");
});

test("built pages hold no character beyond Latin-1, so each is kept at one byte a character", () => {
  const { outputDir } = buildExampleSite();
  for (const page of ["index.html", "brackenfold/index.html", "brackenfold/progress/2024-25-q3/index.html", "accessibility/index.html"]) {
    const html = readFileSync(join(outputDir, page), "utf8");
    assert.not.match(html, /[\u0100-\u{10FFFF}]/u, page);
  }
});

test.run();
