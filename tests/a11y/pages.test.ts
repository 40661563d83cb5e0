/**
 * Every page of the example site, of a site of one council (tests/fixtures/one-council) and of each real council
 * (tests/fixtures/real/councils) built alone, not a sample, in Debian's Chromium at 1280 and 320 CSS pixels wide:
 * axe-core's WCAG 2.2 AA rules, reflow (WCAG 1.4.10), the text spacing override (1.4.12) on text and on chart
 * labels, a visible focus indicator on everything a keyboard reaches (2.4.7) at 3:1 against what is behind it
 * (1.4.11) with its text at 4.5:1 while focused (1.4.3), no tab stop that does nothing, and no console errors. The search page is checked twice:
 * empty, and showing results for a query. Of a site of forty councils, whose site-wide lists are split into pages,
 * one page of each kind the split makes is checked.
 *
 * Each page is opened once and every check made on it; a few pages, of all the sites, are open at a time in one
 * browser. The content security policy is bypassed here so that axe-core can be injected (tests/security checks
 * the policy).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildExampleSite } from "../helpers/build.ts";
import { launchBrowser, serveFolder, type ServedFolder } from "../../lib/checks/browser.ts";
import { checkOpenPage, checkWidths, refreshTarget, sitePages } from "../../lib/checks/page-checks.ts";
import { realCouncilsAlone } from "../helpers/real-councils.ts";
import { isSplitPage, splitSiteContent } from "../helpers/split-site.ts";

const openAtOnce = 3;
const { wide, narrow } = checkWidths;

/** A built site to check: every page, and the search page with results for a word its pages have. */
interface CheckedSite {
  /** Put before each problem found on it: "" for the example site. */
  label: string;
  outputDir: string;
  builtPages: string[];
  pages: string[];
  served?: ServedFolder;
  checkedPages: number;
  searchResults: string;
}

function checkedSite(label: string, env: Record<string, string>, query: string): CheckedSite {
  const { outputDir } = buildExampleSite(env);
  const builtPages = sitePages(outputDir);
  return { label, outputDir, builtPages, pages: [...builtPages, `search/?q=${query}`], checkedPages: 0, searchResults: "" };
}

const started = performance.now();
const example = checkedSite("", {}, "digital");
/** A site of one council, whose every page wears that council's header and colour: checked in the same way. */
const oneCouncil = checkedSite("(one council) ", { CONTENT_DIR: "tests/fixtures/one-council" }, "digital");
/** Each real council alone: a site of one council with a real plan's untidy shape; "council" is on every plan page. */
const realAlone = realCouncilsAlone().map((council) =>
  checkedSite(`(${council.name} alone) `, { CONTENT_DIR: council.contentDir }, "council"),
);
/**
 * A site of forty councils whose site-wide lists are split into pages (tests/helpers/split-site.ts): one page of each
 * kind the split makes, and the pages it changes.
 */
const split = checkedSite("(forty councils) ", { CONTENT_DIR: splitSiteContent() }, "council");
const splitKinds = ["a-to-z/", "a-to-z/a/", "a-to-z/r/", "a-to-z/r/2/", "compare/", "compare/services/", "data/", "accessibility/"];
const firstCouncilData = split.builtPages.find((page) => /^[^/]+\/data\/$/.test(page));
split.pages = [...splitKinds, ...(firstCouncilData ? [firstCouncilData] : [])];
const sites = [example, oneCouncil, ...realAlone, split];
const builtAt = performance.now();

const found = {
  axe: [] as string[],
  reflow: [] as string[],
  spacing: [] as string[],
  focus: [] as string[],
  focusContrast: [] as string[],
  tabStops: [] as string[],
  chartText: [] as string[],
  chartNames: [] as string[],
  console: [] as string[],
};
const checked = { focusable: 0, worstIndicator: Infinity, worstText: Infinity, charts: 0, chartLabels: 0 };
let browser: Browser;

/** Opens one page of a served site and makes every check; problems are labelled with the site they are on. */
async function checkPage(context: BrowserContext, path: string, site: CheckedSite, served: ServedFolder): Promise<void> {
  const page: Page = await context.newPage();
  const { label } = site;
  const report = (list: string[], width: number | undefined, problems: string[]) =>
    list.push(...problems.map((problem) => `${label}/${path}${width ? ` at ${width} px` : ""}: ${problem}`));
  page.on("console", (message) => {
    if (message.type() === "error") report(found.console, undefined, [`${message.text()} (${message.location().url})`]);
  });
  page.on("pageerror", (error) => report(found.console, undefined, [error.message]));
  page.on("response", (response) => {
    if (response.status() >= 400) report(found.console, undefined, [`${response.status()} for ${response.url()}`]);
  });
  try {
    await page.setViewportSize(wide);
    // The home page of a site of one council sends the browser on to the plan at once: check where it lands,
    // going there directly, since a check made while the refresh is under way would find the page gone. Where it
    // goes is read from the built page: asked of the open page, the refresh can fire before the answer comes back.
    const target = refreshTarget(site.outputDir, path);
    await page.goto(target === undefined ? served.url + path : new URL(target, served.url).href, { waitUntil: "load" });
    if (path.startsWith("search/?q=")) {
      await page.locator("[data-search-status]").filter({ hasText: "result" }).waitFor();
      await page.locator(".app-search__result").first().waitFor();
      site.searchResults = await page.locator("[data-search-status]").innerText();
    }
    const findings = await checkOpenPage(page);
    for (const kind of ["axe", "reflow", "spacing", "focus", "focusContrast", "tabStops", "chartText", "chartNames"] as const)
      report(found[kind], undefined, findings[kind]);
    checked.focusable += findings.checked.focusable;
    checked.worstIndicator = Math.min(checked.worstIndicator, findings.checked.worstIndicator);
    checked.worstText = Math.min(checked.worstText, findings.checked.worstText);
    checked.charts += findings.checked.charts;
    checked.chartLabels += findings.checked.chartLabels;
    site.checkedPages += 1;
  } finally {
    await page.close();
  }
}

test.before(async () => {
  const queue = (
    await Promise.all(
      sites.map(async (site) => {
        const served = await serveFolder(site.outputDir);
        site.served = served;
        return site.pages.map((path) => ({ path, site, served }));
      }),
    )
  ).flat();
  browser = await launchBrowser();
  const context = await browser.newContext({ bypassCSP: true });
  await Promise.all(
    Array.from({ length: openAtOnce }, async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) await checkPage(context, next.path, next.site, next.served);
    }),
  );
  await context.close();
  const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
  console.log(
    `Checked ${example.checkedPages} pages (${example.builtPages.length} built pages and the search page with results), ${oneCouncil.checkedPages} of the one-council site ` +
      `and ${realAlone.reduce((sum, site) => sum + site.checkedPages, 0)} of ${realAlone.length} real councils' sites, at ${wide.width} and ${narrow.width} CSS pixels, ` +
      `${checked.focusable} focusable elements (worst focus indicator ${checked.worstIndicator.toFixed(2)}:1, worst focused text ${checked.worstText.toFixed(2)}:1), ` +
      `${checked.charts} charts with ${checked.chartLabels} labels, in ${seconds(builtAt)} s (${seconds(started)} s with the build).`,
  );
});

test.after(async () => {
  await browser?.close();
  for (const site of sites) await site.served?.close();
});

const none = (problems: string[]) => assert.ok(problems.length === 0, `${problems.length} found:\n${problems.join("\n")}`);

test("every built page is checked, and the search page with results for a query", () => {
  const { builtPages } = example;
  assert.ok(builtPages.length > 80, `only ${builtPages.length} pages were built`);
  assert.ok(builtPages.includes("brackenfold/") && builtPages.includes("search/") && builtPages.includes("404.html"));
  assert.is(example.checkedPages, example.pages.length);
  assert.match(example.searchResults, /^\d[\d,]* results? for ‘digital’/);
});

test("every page of a site of one council is checked too, and its search page with results", () => {
  assert.ok(oneCouncil.pages.length > 30, `only ${oneCouncil.pages.length} pages of the one-council site`);
  assert.is(oneCouncil.checkedPages, oneCouncil.pages.length);
  assert.match(oneCouncil.searchResults, /^\d[\d,]* results? for ‘digital’/);
});

test("every page of each real council's site alone is checked too, and its search page with results", () => {
  assert.ok(realAlone.length >= 9, `only ${realAlone.length} real councils`);
  for (const site of realAlone) {
    assert.ok(site.builtPages.includes("search/") && site.builtPages.includes("404.html"), site.label);
    assert.is(site.checkedPages, site.pages.length, site.label);
    assert.match(site.searchResults, /^\d[\d,]* results? for ‘council’/, site.label);
  }
});

test("one page of each kind that splitting a long site-wide list makes is checked too", () => {
  assert.ok(
    split.pages.every((page) => split.builtPages.includes(page) && isSplitPage(page)),
    split.pages.join(", "),
  );
  assert.is(split.pages.length, 9);
  assert.is(split.checkedPages, split.pages.length);
});

test("no page has an axe-core violation of WCAG 2.2 AA at 1280 or 320 pixels wide", () => none(found.axe));

test("no page scrolls sideways at 320 pixels wide, with or without the text spacing override (WCAG 1.4.10 Reflow)", () =>
  none(found.reflow));

test("no text is cut off with the text spacing override, at either width (WCAG 1.4.12)", () => none(found.spacing));

test("every element a keyboard reaches shows a visible focus indicator (WCAG 2.4.7)", () => {
  assert.ok(checked.focusable > 1000, `only ${checked.focusable} focusable elements were checked`);
  none(found.focus);
});

test("every focus indicator is at least 3:1 against what is behind it, and focused text at least 4.5:1 (WCAG 1.4.11, 1.4.3)", () => {
  assert.ok(checked.worstIndicator >= 3 && checked.worstText >= 4.5, `worst ${checked.worstIndicator}:1 and ${checked.worstText}:1`);
  none(found.focusContrast);
});

test("nothing is a tab stop unless it is a link or control, or a region that scrolls at 320 pixels (WCAG 2.4.3)", () =>
  none(found.tabStops));

test("with the text spacing override, no chart label runs past its chart or over another, at 1280 or 320 pixels (WCAG 1.4.12)", () => {
  assert.ok(checked.charts > 100, `only ${checked.charts} charts were checked`);
  none(found.chartText);
});

test("each chart's name is heard once, not as a figure's and again as its image's", () => none(found.chartNames));

test("the skip link moves keyboard focus to the main content, and the next Tab goes on from there (WCAG 2.4.1)", async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${example.served?.url}brackenfold/actions/cs1/`);
    await page.keyboard.press("Tab");
    assert.is(await page.evaluate("document.activeElement.textContent.trim()"), "Skip to main content");
    await page.keyboard.press("Enter");
    assert.is(await page.evaluate("document.activeElement.id"), "main");
    await page.keyboard.press("Tab");
    assert.ok(await page.evaluate("document.getElementById('main').contains(document.activeElement)"), "the next Tab stays in main");
  } finally {
    await page.close();
  }
});

test("no page logs a console error or requests a missing file", () => none(found.console));

test.run();
