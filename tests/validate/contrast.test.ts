import { test } from "uvu";
import * as assert from "uvu/assert";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatContentError } from "../../lib/errors.ts";
import { loadContent } from "../../lib/load/content.ts";
import { contrastRatio, darkenForWhiteText, formatContrast } from "../../lib/validate/contrast.ts";

test("contrast ratios are WCAG's: black on white 21:1, a colour on itself 1:1, GOV.UK's grey text 4.5:1", () => {
  assert.is(formatContrast(contrastRatio("#000000", "#ffffff")), "21.0:1");
  assert.is(contrastRatio("#1d5c4d", "#1d5c4d"), 1);
  assert.is(formatContrast(contrastRatio("#505a5f", "#fff")), "7.0:1");
  assert.is(formatContrast(contrastRatio("#767676", "#ffffff")), "4.5:1");
  assert.ok(contrastRatio("#777777", "#ffffff") < 4.5);
});

test("a contrast just under 4.5:1 is never shown rounded up to a pass", () => {
  assert.is(formatContrast(4.4999), "4.4:1");
});

test("a colour too light for white text is darkened, keeping its hue, just enough to pass", () => {
  const darker = darkenForWhiteText("#00a33b");
  assert.is(darker, "#008831");
  assert.ok(contrastRatio(darker, "#ffffff") >= 4.5);
  assert.is(darkenForWhiteText("#1d5c4d"), "#1d5c4d");
});

/** The minimal fixture with another brand colour, loaded; every error as printed. */
function errorsWithColour(colour: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-contrast-"));
  cpSync("tests/fixtures/minimal", dir, { recursive: true });
  const file = join(dir, "councils/wrenmoor/council.yaml");
  writeFileSync(file, readFileSync(file, "utf8").replace(/colour: "#[0-9a-fA-F]{6}"/, `colour: "${colour}"`));
  return loadContent(dir)
    .errors.filter((error) => error.severity === "error")
    .map((error) => formatContentError(error).replaceAll(`${dir}/councils/wrenmoor/`, ""));
}

test("a brand colour too light for the header's white text is refused at its line, with a darker shade to use", () => {
  assert.equal(errorsWithColour("#00a33b"), [
    'council.yaml:9:12 brand, colour: "#00a33b" is too light for the header\'s white text on it: the contrast is 3.3:1, and at least 4.5:1 is needed (use a darker shade, for example "#008831")',
  ]);
});

test("a colour dark enough for white text passes, and so does a council with no colour of its own", () => {
  assert.equal(errorsWithColour("#1d5c4d"), []);
  assert.equal(errorsWithColour("#0b0c0c"), []);
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-contrast-"));
  cpSync("tests/fixtures/minimal", dir, { recursive: true });
  const file = join(dir, "councils/wrenmoor/council.yaml");
  writeFileSync(file, readFileSync(file, "utf8").replace(/brand:\n  colour: "#[0-9a-fA-F]{6}"\n/, ""));
  assert.not.match(readFileSync(file, "utf8"), /brand/);
  assert.equal(loadContent(dir).errors.map(formatContentError), []);
});

test.run();
