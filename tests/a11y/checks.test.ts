/**
 * The page checks tests/a11y/pages.test.ts relies on, shown to fail on small pages that break each rule, so that
 * their passing on the real site means something.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../helpers/browser.ts";
import { axeViolations, focusProblems, reflowProblems, textSpacingProblems } from "../helpers/page-checks.ts";

let browser: Browser;
test.before(async () => {
  browser = await launchBrowser();
});
test.after(async () => {
  await browser?.close();
});

async function pageWith(body: string, css = "", width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 600 } });
  await page.setContent(
    `<!DOCTYPE html><html lang="en-GB"><head><title>Test</title><style>${css}</style></head><body><main>${body}</main></body></html>`,
  );
  return page;
}

test("axe-core reports an image without a text alternative", async () => {
  const page = await pageWith('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">');
  assert.equal(
    (await axeViolations(page)).map((violation) => violation.id),
    ["image-alt"],
  );
  await page.close();
});

test("reflow names the element that makes a 320 pixel page scroll sideways, but not a table that scrolls in its own box", async () => {
  const page = await pageWith(
    '<p class="wide">performance@a-very-long-council-name.example.gov.uk</p><div class="scroller"><table><tr><td class="cell">wide table</td></tr></table></div>',
    ".wide { white-space: nowrap; font-size: 30px; } .scroller { overflow-x: auto; } .cell { width: 900px; }",
    320,
  );
  const problems = await reflowProblems(page);
  assert.match(problems[0] ?? "", /^the page is \d+ pixels wide in a 320 pixel window$/);
  assert.match(problems[1] ?? "", /^main > p\.wide \("performance@a-very-long-council-name\.example\.gov\.uk"\) reaches \d+ pixels$/);
  assert.is(problems.length, 2);
  await page.close();
});

test("text spacing finds text cut off in a box of fixed height, and leaves visually hidden text alone", async () => {
  const page = await pageWith(
    '<p class="box">Two lines of text that just fit in this box of fixed height at the usual spacing.</p><span class="hidden">Skip</span>',
    ".box { height: 40px; width: 300px; overflow: hidden; line-height: 20px; font-size: 16px; } " +
      ".hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }",
  );
  const problems = await textSpacingProblems(page);
  assert.is(problems.length, 1, problems.join("\n"));
  assert.match(
    problems[0] ?? "",
    /^main > p\.box \("Two lines of text.*"\) is 40 pixels high but its text needs \d+, and the rest is hidden$/,
  );
  await page.close();
});

test("a link whose focus style removes the outline and adds nothing else is reported; the GOV.UK focus style passes", async () => {
  const page = await pageWith(
    '<a href="#a" class="bare" id="a">No indicator</a> <a href="#b" class="govuk" id="b">Yellow and black</a>',
    ".bare:focus { outline: none; } .govuk:focus { outline: 3px solid transparent; background-color: #fd0; box-shadow: 0 -2px #fd0, 0 4px #0b0c0c; }",
  );
  const { checked, problems } = await focusProblems(page);
  assert.is(checked, 2);
  assert.equal(problems, ['a#a ("No indicator") looks the same focused as not (outline none, box-shadow none)']);
  await page.close();
});

test.run();
