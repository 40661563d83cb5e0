/**
 * Every page of the example site, and of a site of one council (tests/fixtures/one-council), not a sample, in
 * Debian's Chromium at 1280 and 320 CSS pixels wide:
 * axe-core's WCAG 2.2 AA rules, reflow (WCAG 1.4.10), the text spacing override (1.4.12), a visible focus
 * indicator on everything a keyboard reaches (2.4.7), and no console errors. The search page is checked twice:
 * empty, and showing results for a query.
 *
 * Each page is opened once and every check made on it; a few pages are open at a time in one browser. The
 * content security policy is bypassed here so that axe-core can be injected (tests/security checks the policy).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildExampleSite } from "../helpers/build.ts";
import { launchBrowser, serveFolder, type ServedFolder } from "../helpers/browser.ts";
import {
  axeViolations,
  describeViolations,
  focusProblems,
  reflowProblems,
  sitePages,
  textSpacingProblems,
} from "../helpers/page-checks.ts";

const searchWithQuery = "search/?q=digital";
const openAtOnce = 3;
const wide = { width: 1280, height: 900 };
const narrow = { width: 320, height: 640 };

const started = performance.now();
const built = buildExampleSite();
/** A site of one council, whose every page wears that council's header and colour: checked in the same way. */
const oneCouncil = buildExampleSite({ CONTENT_DIR: "tests/fixtures/one-council" });
const builtAt = performance.now();
const builtPages = sitePages(built.outputDir);
const pages = [...builtPages, searchWithQuery];
const oneCouncilPages = [...sitePages(oneCouncil.outputDir), searchWithQuery];

const found = { axe: [] as string[], reflow: [] as string[], spacing: [] as string[], focus: [] as string[], console: [] as string[] };
const checked = { pages: 0, oneCouncilPages: 0, focusable: 0, searchResults: "", oneCouncilSearchResults: "" };
let site: ServedFolder;
let oneCouncilSite: ServedFolder;
let browser: Browser;

/** Opens one page of the served site and makes every check; problems on the one-council site are labelled so. */
async function checkPage(context: BrowserContext, path: string, served = site): Promise<void> {
  const page: Page = await context.newPage();
  const label = served === site ? "" : "(one council) ";
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
    await page.goto(served.url + path, { waitUntil: "load" });
    // The home page of a site of one council sends the browser on to the plan at once: check where it lands,
    // going there directly, since a check made while the refresh is under way would find the page gone.
    const refresh = page.locator('meta[http-equiv="refresh"]');
    if ((await refresh.count()) > 0) {
      const target = /url=(.*)$/.exec((await refresh.getAttribute("content")) ?? "")?.[1] ?? "";
      await page.goto(new URL(target, served.url).href, { waitUntil: "load" });
    }
    if (path === searchWithQuery) {
      await page.locator("[data-search-status]").filter({ hasText: "result" }).waitFor();
      await page.locator(".app-search__result").first().waitFor();
      const status = await page.locator("[data-search-status]").innerText();
      if (served === site) checked.searchResults = status;
      else checked.oneCouncilSearchResults = status;
    }
    report(found.axe, wide.width, describeViolations(await axeViolations(page)));
    const focus = await focusProblems(page);
    checked.focusable += focus.checked;
    report(found.focus, undefined, focus.problems);

    await page.setViewportSize(narrow);
    report(found.axe, narrow.width, describeViolations(await axeViolations(page)));
    report(found.reflow, narrow.width, await reflowProblems(page));
    report(found.spacing, narrow.width, await textSpacingProblems(page));
    await page.setViewportSize(wide);
    report(found.spacing, wide.width, await page.evaluate<string[]>("planPagesChecks.clippedText()"));
    if (served === site) checked.pages += 1;
    else checked.oneCouncilPages += 1;
  } finally {
    await page.close();
  }
}

test.before(async () => {
  site = await serveFolder(built.outputDir);
  oneCouncilSite = await serveFolder(oneCouncil.outputDir);
  browser = await launchBrowser();
  const context = await browser.newContext({ bypassCSP: true });
  const queue = [...pages.map((path) => ({ path, served: site })), ...oneCouncilPages.map((path) => ({ path, served: oneCouncilSite }))];
  await Promise.all(
    Array.from({ length: openAtOnce }, async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) await checkPage(context, next.path, next.served);
    }),
  );
  await context.close();
  const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
  console.log(
    `Checked ${checked.pages} pages (${builtPages.length} built pages and the search page with results), and ${checked.oneCouncilPages} of the one-council site, at ${wide.width} and ${narrow.width} CSS pixels, ` +
      `${checked.focusable} focusable elements, in ${seconds(builtAt)} s (${seconds(started)} s with the build).`,
  );
});

test.after(async () => {
  await browser?.close();
  await site?.close();
  await oneCouncilSite?.close();
});

const none = (problems: string[]) => assert.ok(problems.length === 0, `${problems.length} found:\n${problems.join("\n")}`);

test("every built page is checked, and the search page with results for a query", () => {
  assert.ok(builtPages.length > 80, `only ${builtPages.length} pages were built`);
  assert.ok(builtPages.includes("brackenfold/") && builtPages.includes("search/") && builtPages.includes("404.html"));
  assert.is(checked.pages, pages.length);
  assert.match(checked.searchResults, /^\d[\d,]* results? for ‘digital’/);
});

test("every page of a site of one council is checked too, and its search page with results", () => {
  assert.ok(oneCouncilPages.length > 30, `only ${oneCouncilPages.length} pages of the one-council site`);
  assert.is(checked.oneCouncilPages, oneCouncilPages.length);
  assert.match(checked.oneCouncilSearchResults, /^\d[\d,]* results? for ‘digital’/);
});

test("no page has an axe-core violation of WCAG 2.2 AA at 1280 or 320 pixels wide", () => none(found.axe));

test("no page scrolls sideways at 320 pixels wide (WCAG 1.4.10 Reflow)", () => none(found.reflow));

test("no text is cut off with the text spacing override, at either width (WCAG 1.4.12)", () => none(found.spacing));

test("every element a keyboard reaches shows a visible focus indicator (WCAG 2.4.7)", () => {
  assert.ok(checked.focusable > 1000, `only ${checked.focusable} focusable elements were checked`);
  none(found.focus);
});

test("no page logs a console error or requests a missing file", () => none(found.console));

test.run();
