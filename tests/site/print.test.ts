/**
 * The print stylesheet (_includes/styles/_print.scss), in Chromium with print media: the plan overview and
 * an action page print as a paper for a scrutiny meeting. And the logo in forced colours (_brand.scss).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Page } from "playwright-core";
import { buildExampleSite } from "../helpers/build.ts";
import { launchBrowser, serveFolder } from "../../lib/checks/browser.ts";

const site = buildExampleSite();
const served = await serveFolder(site.outputDir);
const browser = await launchBrowser();

async function printed(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.emulateMedia({ media: "print" });
  await page.goto(served.url + path);
  return page;
}

/** The computed value of a style property on the first element matching the selector (and pseudo-element). */
function style(page: Page, selector: string, property: string, pseudo = ""): Promise<string> {
  const argument = (text: string) => JSON.stringify(text);
  return page.evaluate<string>(
    `getComputedStyle(document.querySelector(${argument(selector)}), ${argument(pseudo)}).getPropertyValue(${argument(property)})`,
  );
}

test("on paper there is no skip link, navigation, breadcrumbs, search form or footer links", async () => {
  const page = await printed("brackenfold/");
  for (const selector of [
    ".govuk-skip-link",
    ".govuk-service-navigation",
    ".govuk-breadcrumbs",
    ".app-search-form",
    ".govuk-footer__inline-list",
  ]) {
    assert.is(await style(page, selector, "display"), "none", selector);
  }
  assert.is(await style(page, "h1", "display"), "block");
  assert.match(await page.$eval(".govuk-footer", (footer) => footer.textContent ?? ""), /© Brackenfold District Council/);
  await page.close();
});

test("a link to another site prints its address; a link within the site does not", async () => {
  const page = await printed("brackenfold/");
  const external = await page.$eval('main a[href^="https://"]', (link) => link.getAttribute("href") ?? "");
  assert.is(external, "https://www.brackenfold.example.gov.uk/your-council/plans/productivity-plan-2024");
  assert.is(await style(page, `main a[href="${external}"]`, "content", "::after"), `" (${external})"`);
  assert.is(await style(page, 'main a[href="/brackenfold/about/"]', "content", "::after"), "none");
  await page.close();
});

test("an action page's tables are whole, and its status tags are black words in a border", async () => {
  const page = await printed("brackenfold/actions/cs1/");
  assert.is(await style(page, ".app-table-wrapper", "overflow-x"), "visible");
  assert.is(await style(page, ".govuk-table__row", "break-inside"), "avoid");
  assert.is(await style(page, "h2", "break-after"), "avoid");
  assert.is(await style(page, ".govuk-tag--green", "color"), "rgb(0, 0, 0)");
  assert.is(await style(page, ".govuk-tag--green", "background-color"), "rgba(0, 0, 0, 0)");
  assert.is(await style(page, ".govuk-tag--green", "border-top-style"), "solid");
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.subarray(0, 5).toString() === "%PDF-" && pdf.length > 10_000, "the page prints to a PDF");
  await page.close();
});

test("on paper the page prints its own address, which its links within the site do not show", async () => {
  const page = await printed("brackenfold/progress/2024-25-q3/");
  assert.is(await style(page, ".app-print-only", "display"), "block");
  assert.match(
    await page.innerText(".app-print-only"),
    /^This page is online at http:\/\/localhost:8080\/brackenfold\/progress\/2024-25-q3\/$/,
  );
  await page.close();
  const screen = await browser.newPage();
  await screen.goto(served.url + "brackenfold/");
  assert.is(await style(screen, ".app-print-only", "display"), "none", "on screen the address bar shows it");
  await screen.close();
});

test("in forced colours a council's logo keeps its white ground, so a dark wordmark is not drawn on black", async () => {
  const page = await browser.newPage();
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto(served.url + "brackenfold/");
  assert.is(await style(page, ".app-header__logo", "background-color"), "rgb(255, 255, 255)");
  assert.is(await style(page, ".app-header__logo", "forced-color-adjust"), "none");
  await page.close();
});

test.after(async () => {
  await browser.close();
  await served.close();
});

test.run();
