/**
 * What a resident trusts search for, on the example site in Chromium: a misspelling gets a suggestion that finds
 * the page; an amount is found however it is typed, and only on pages that state it; the status filter keeps only
 * pages whose subject has that status; the page's title says what was searched for; and excerpts say where they
 * start within a sentence.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { buildExampleSite } from "../helpers/build.ts";
import { launchBrowser, serveFolder, type ServedFolder } from "../../lib/checks/browser.ts";

const searchPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const site = buildExampleSite();
const it = suite("search answers residents");
const context = {} as { served: ServedFolder; browser: Browser; errors: string[] };

it.before(async () => {
  context.served = await serveFolder(site.outputDir, { headers: { "Content-Security-Policy": searchPolicy } });
  context.browser = await launchBrowser();
  context.errors = [];
});

it.after(async () => {
  await context.browser?.close();
  await context.served?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.browser.newPage();
  page.on("pageerror", (error) => context.errors.push(`${path}: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico")) context.errors.push(`${path}: ${message.text()}`);
  });
  await page.goto(context.served.url + path);
  await page.waitForSelector("[data-search-filters]:not([hidden])");
  return page;
}

/** Waits for the results for these words to be shown in full. */
async function settled(page: Page, words: string): Promise<void> {
  await page
    .locator("[data-search-status]")
    .filter({ hasText: `‘${words}’` })
    .waitFor();
  await page.locator('[data-search-results][aria-busy="false"]').waitFor({ state: "attached" });
}

async function searchFor(page: Page, words: string): Promise<void> {
  await page.fill("#search-q", words);
  await page.press("#search-q", "Enter");
  await settled(page, words);
}

const resultCount = async (page: Page) =>
  Number(/^([\d,]+) results?/.exec(await page.locator("[data-search-status]").innerText())?.[1]?.replace(",", "") ?? 0);

const resultLinks = (page: Page) =>
  page.locator(".app-search__result h2 a").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));

/** The words of a built page's <main>, as a resident reads them (the hidden search record left out). */
function mainText(url: string): string {
  const html = site.page(url.replace(/^\//, ""));
  const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? "";
  return main
    .replace(/<div hidden data-pagefind-ignore>[\s\S]*?<\/div>/, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|&#160;/g, " ")
    .replace(/\s+/g, " ");
}

it("a misspelling finds nothing it does not mean, and suggests the site's word, which finds the page", async () => {
  const page = await open("search/");
  await searchFor(page, "recyling");
  assert.is(await page.locator(".app-search__result").count(), 0, "a match on the start of another word is not a result");
  assert.match(
    await page.locator("[data-search-status]").innerText(),
    "No results for ‘recyling’ in all councils. Did you mean ‘recycling’?",
  );
  const suggestion = page.locator("[data-search-suggestion] a");
  assert.is(await suggestion.innerText(), "recycling");
  await suggestion.click();
  await settled(page, "recycling");
  assert.is((await resultLinks(page))[0], "/brackenfold/actions/wc1/");
  assert.is(await page.inputValue("#search-q"), "recycling");
  assert.match(page.url(), "q=recycling");
  await page.close();
});

it("words the site does not use bring no results, not pages matching their first letters", async () => {
  const page = await open("search/");
  for (const words of ["dog fouling", "lessons"]) {
    await searchFor(page, words);
    assert.is(await page.locator(".app-search__result").count(), 0, `results for ${words}: ${(await resultLinks(page)).join(", ")}`);
    assert.ok(await page.getByRole("link", { name: "A to Z of actions" }).isVisible(), "the no-results message links the A to Z it names");
  }
  await page.close();
});

it("an amount is found however it is typed, on the pages that state it and no others", async () => {
  const cases = [
    { typed: ["£1.2 million", "1.2m", "£1,200,000", "1.2 million"], stated: /£1\.2 million/, page: "/brackenfold/" },
    { typed: ["£45,000", "45000", "45,000", "£45k"], stated: /£45,000/, page: "/brackenfold/actions/pl1/" },
    { typed: ["£1.5 million", "1.5m"], stated: /£1\.5 million/, page: "/fernshire/actions/pr1/" },
    // Under a pound the site writes pence.
    { typed: ["£0.95", "95p"], stated: /95p/, page: "/brackenfold/actions/lc1/" },
  ];
  const page = await open("search/");
  for (const { typed, stated, page: expected } of cases) {
    for (const words of typed) {
      await searchFor(page, words);
      const links = await resultLinks(page);
      assert.ok(links.includes(expected), `"${words}" did not find ${expected}: ${links.join(", ")}`);
      for (const link of links) assert.match(mainText(link), stated, `"${words}" found ${link}, which does not state it`);
    }
  }
  await page.close();
});

it("the status filter keeps only actions and reports whose subject has that status, and says so", async () => {
  const page = await open("search/");
  assert.match(await page.locator("label[for=search-status]").innerText(), /action or milestone now, or as a report rated it/);
  await searchFor(page, "bin collections");
  const all = await resultCount(page);
  await page.selectOption("#search-status", "Delayed");
  await page.locator("[data-search-status]").filter({ hasText: "with the filters chosen" }).waitFor();
  await page.locator('[data-search-results][aria-busy="false"]').waitFor({ state: "attached" });
  const delayed = await resultCount(page);
  assert.ok(delayed > 0 && delayed < all, `${delayed} delayed of ${all}`);
  while (await page.getByRole("button", { name: "Show more results" }).isVisible()) {
    const shown = await page.locator(".app-search__result").count();
    await page.getByRole("button", { name: "Show more results" }).click();
    await page.locator(".app-search__result").nth(shown).waitFor();
  }
  const links = await resultLinks(page);
  assert.is(links.length, delayed);
  for (const link of links) {
    assert.match(link, /\/(actions|progress)\//, `${link} is not an action or a report`);
    assert.match(mainText(link), /\bdelayed\b/i, `${link} says nothing is delayed`);
  }
  await page.close();
});

it("the page's title says what was searched for, and the form is in a search landmark", async () => {
  const page = await open("search/");
  const before = await page.title();
  await searchFor(page, "bins");
  assert.is(await page.title(), `bins – ${before}`);
  assert.is(await page.locator("search form#search-form, search [data-search-form]").count(), 1);
  await page.close();
});

it("an excerpt that starts or ends within the text says so with an ellipsis", async () => {
  const page = await open("search/?q=quarrymoor");
  await page.locator('[data-search-results][aria-busy="false"] .app-search__result').first().waitFor();
  const excerpts = await page.locator(".app-search__excerpt").allInnerTexts();
  assert.ok(
    excerpts.some((text) => text.startsWith("… ")),
    excerpts.join("\n"),
  );
  await page.close();
});

it("no page showed a console error or a Content Security Policy violation", () => {
  assert.equal(context.errors, []);
});

it.run();
