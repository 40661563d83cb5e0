/**
 * The page checks tests/a11y/pages.test.ts relies on, shown to fail on small pages that break each rule, so that
 * their passing on the real site means something.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../../lib/checks/browser.ts";
import {
  axeViolations,
  chartTextProblems,
  focusProblems,
  needlessTabStops,
  reflowProblems,
  textSpacingProblems,
} from "../../lib/checks/page-checks.ts";

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

test("a focus indicator under 3:1 against what is behind it, and focused text under 4.5:1, are reported with their colours", async () => {
  const page = await pageWith(
    '<div class="band"><a href="#a" class="white" id="a">Council</a></div> <div tabindex="0" class="box" id="b">Table</div>' +
      ' <a href="#c" class="govuk" id="c">Yellow and black</a> <a href="#d" class="skip" id="d">Skip</a>',
    ".band { background: #1d4e5c; } .white { color: #fff; } .white:focus, .govuk:focus, .skip:focus { outline: 3px solid transparent; color: inherit; background-color: #fd0; box-shadow: 0 -2px #fd0, 0 4px #0b0c0c; }" +
      " .white:focus { color: #fff; } .box:focus { outline: 3px solid #fd0; } .govuk:focus, .skip:focus { color: #0b0c0c; }" +
      " .skip:not(:focus) { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }",
  );
  const { checked, contrastProblems, worstIndicator, worstText } = await focusProblems(page);
  assert.is(checked, 4);
  assert.equal(contrastProblems, [
    'a#a ("Council") focused is #ffffff on #ffdd00, 1.35:1, under 4.5:1',
    'div#b ("Table") shows focus at 1.35:1 at best (outline #ffdd00 on #ffffff), under 3:1',
  ]);
  assert.is(worstIndicator.toFixed(2), "1.35");
  assert.is(worstText.toFixed(2), "1.35");
  await page.close();
});

test("a tab stop that is neither a link nor a control is reported unless it scrolls", async () => {
  const page = await pageWith(
    '<div tabindex="0" id="still">Nothing to scroll</div><div tabindex="0" id="scroller"><p>wide</p></div><div tabindex="-1" id="target">Skip target</div>',
    "#scroller { overflow-x: auto; width: 100px; } #scroller p { width: 400px; }",
  );
  const problems = await needlessTabStops(page);
  assert.is(problems.length, 1, problems.join("\n"));
  assert.match(problems[0] ?? "", /^div#still \("Nothing to scroll"\) is a tab stop but is not interactive and does not scroll/);
  await page.close();
});

test("chart text that runs past its chart or over other text is reported", async () => {
  const page = await pageWith(
    '<svg class="app-chart__svg" viewBox="0 0 200 60" width="200" height="60" role="img" aria-label="Test"><title>Test chart</title>' +
      '<text x="0" y="14">Fits</text><text x="120" y="30">Runs a long way past the edge</text>' +
      '<text x="0" y="50">Over</text><text x="10" y="52">lapping</text></svg>',
    "svg { font-size: 14px; }",
  );
  const { charts, labels, problems } = await chartTextProblems(page);
  assert.is(charts, 1);
  assert.is(labels, 4);
  assert.is(problems.length, 2, problems.join("\n"));
  assert.match(problems[0] ?? "", /^in "Test chart", "Runs a long way past the edge" runs past the chart/);
  assert.match(problems[1] ?? "", /^in "Test chart", "Over" overlaps "lapping"/);
  await page.close();
});

test.run();
