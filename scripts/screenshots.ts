/**
 * npm run screenshots: builds the site afresh into a temporary folder, serves it on 127.0.0.1 (under
 * PATH_PREFIX, as a static host would), and saves full-page pictures of a plan overview, an action page,
 * an update and a timeline at 1280 and 320 CSS pixels wide into screenshots/. Then it opens every page at
 * 320 pixels and names any that scrolls sideways (WCAG 1.4.10 Reflow), exiting 1 if one does.
 * Statuses are judged as of SOURCE_DATE_EPOCH, or 23 November 2026 as in the tests, so pictures compare.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { readSettings } from "../lib/settings.ts";

const settings = readSettings(process.env);
import { htmlPages } from "../lib/checks/budgets.ts";
import { pageAddresses, screenshotFileName, screenshotPages, screenshotWidths } from "../lib/checks/screenshots.ts";
import { runBuild } from "../tests/helpers/build.ts";
import { launchBrowser, serveFolder } from "../tests/helpers/browser.ts";

const screenshotsDir = "screenshots";
const phoneWidth = 320;

/**
 * Run in the page: how far it scrolls sideways, and the elements that stick out past the window's right
 * edge without being clipped by a region that scrolls on its own (a wide table's wrapper), deepest first.
 * An absolutely positioned element (GOV.UK's visually hidden text) escapes such a region unless its
 * containing block, its offsetParent, is inside it.
 */
const overflowCheck = `(() => {
  const width = document.documentElement.clientWidth;
  const clipped = (element) => {
    const position = getComputedStyle(element).position;
    if (position === "fixed") return false;
    const block = position === "absolute" ? element.offsetParent : null;
    for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement)
      if (/auto|scroll|hidden|clip/.test(getComputedStyle(parent).overflowX) && (!block || parent.contains(block))) return true;
    return false;
  };
  const culprits = [...new Set([...document.body.querySelectorAll("*")]
    .filter((element) => element.getBoundingClientRect().right > width + 1 && !clipped(element))
    .filter((element, index, all) => !all.some((other) => other !== element && element.contains(other)))
    .map((element) => element.tagName.toLowerCase() + (element.className && typeof element.className === "string" ? "." + element.className.trim().split(/\\s+/).join(".") : "")))]
    .slice(0, 3);
  return { sideways: document.documentElement.scrollWidth - width, culprits };
})()`;

console.log("Building the site...");
const build = runBuild(process.env.SOURCE_DATE_EPOCH ? { SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH } : {});
if (build.status !== 0) {
  console.error(`The site did not build:\n${build.stdout}\n${build.stderr}`);
  process.exit(1);
}

const site = await serveFolder(build.outputDir, { prefix: settings.pathPrefix });
const browser = await launchBrowser();
const problems: string[] = [];
try {
  mkdirSync(screenshotsDir, { recursive: true });
  const pages = screenshotPages(build.outputDir);
  for (const width of screenshotWidths) {
    const tab = await browser.newPage({ viewport: { width, height: 900 } });
    for (const page of pages) {
      await tab.goto(site.url + page.path);
      const file = join(screenshotsDir, screenshotFileName(page, width));
      await tab.screenshot({ path: file, fullPage: true });
      console.log(`Saved ${file}`);
    }
    await tab.close();
  }

  const tab = await browser.newPage({ viewport: { width: phoneWidth, height: 640 } });
  const addresses = pageAddresses(htmlPages(build.outputDir));
  for (const address of addresses) {
    await tab.goto(site.url + address, { waitUntil: "load" });
    const { sideways, culprits } = (await tab.evaluate(overflowCheck)) as { sideways: number; culprits: string[] };
    if (sideways > 0) problems.push(`/${address} scrolls ${sideways}px sideways at ${phoneWidth}px: ${culprits.join(", ")}`);
  }
  console.log(
    `Checked ${addresses.length} pages at ${phoneWidth}px wide: ${problems.length === 0 ? "none scrolls sideways" : `${problems.length} scroll sideways`}`,
  );
  for (const problem of problems) console.log(`  ${problem}`);
} finally {
  await browser.close();
  await site.close();
  rmSync(build.outputDir, { recursive: true, force: true });
}
process.exitCode = problems.length > 0 ? 1 : 0;
