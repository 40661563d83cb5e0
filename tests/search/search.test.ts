/**
 * Search in a real browser: the example site built (at the root and under PATH_PREFIX=/plans/), served with
 * the strict Content Security Policy the search page will have, and searched in Debian's Chromium.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { buildExampleSite, examplesDir } from "../helpers/build.ts";
import { launchBrowser, serveFolder, type ServedFolder } from "../../lib/checks/browser.ts";

const searchPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const axeScript = join("node_modules", "axe-core", "axe.min.js");

/** A word of at least seven letters found in one update's narrative and in no other content file at all. */
function wordInOneUpdateOnly(): { word: string; council: string; slug: string } {
  const councilsDir = join(examplesDir, "councils");
  const files = readdirSync(councilsDir).flatMap((council) =>
    readdirSync(join(councilsDir, council), { recursive: true, encoding: "utf8" })
      .filter((path) => /\.(ya?ml|md)$/.test(path))
      .map((path) => ({ council, path, text: readFileSync(join(councilsDir, council, path), "utf8").toLowerCase() })),
  );
  const updates = files.filter((file) => /^updates[/\\]/.test(file.path)).sort((a, b) => a.path.localeCompare(b.path));
  for (const update of updates) {
    const narrative = update.text.split(/^---$/m).slice(2).join("---");
    for (const word of narrative.match(/\b[a-z]{7,}\b/g) ?? []) {
      // Compared on the first six letters, so that Pagefind's stemming cannot match a relative elsewhere.
      const stem = word.slice(0, 6);
      if (files.every((file) => file === update || !file.text.includes(stem)) && update.text.split(stem).length === 2) {
        return { word, council: update.council, slug: update.path.replace(/^updates[/\\]/, "").replace(/\.md$/, "") };
      }
    }
  }
  throw new Error("No word appears in only one update's narrative: the example content has changed");
}

function searchSuite(prefix: string) {
  const it = suite(`search under ${prefix}`);
  const context = {} as { site: ServedFolder; browser: Browser; errors: string[]; outputDir: string };

  it.before(async () => {
    const built = buildExampleSite(prefix === "/" ? {} : { PATH_PREFIX: prefix });
    context.outputDir = built.outputDir;
    context.site = await serveFolder(built.outputDir, { prefix, headers: { "Content-Security-Policy": searchPolicy } });
    context.browser = await launchBrowser();
    context.errors = [];
  });

  it.after(async () => {
    await context.browser?.close();
    await context.site?.close();
  });

  async function open(path: string, javaScriptEnabled = true): Promise<Page> {
    const page = await context.browser.newPage({ javaScriptEnabled });
    page.on("pageerror", (error) => context.errors.push(`${path}: ${error.message}`));
    page.on("console", (message) => {
      // Chromium asks every site for /favicon.ico; the site has none yet (not a search problem).
      if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico")) context.errors.push(`${path}: ${message.text()}`);
      if (message.type() === "warning" && /pagefind/i.test(message.text())) context.errors.push(`${path}: ${message.text()}`);
    });
    await page.goto(context.site.url + path);
    return page;
  }

  async function searchFor(page: Page, words: string): Promise<void> {
    await page.fill("#search-q", words);
    await page.press("#search-q", "Enter");
    await statusSays(page, `‘${words}’`);
  }

  // A locator, not waitForFunction: that polls with eval(), which the page's policy rightly refuses.
  const statusSays = (page: Page, text: string) => page.locator("[data-search-status]").filter({ hasText: text }).waitFor();
  const status = (page: Page) => page.locator("[data-search-status]").innerText();
  const resultCount = async (page: Page) => Number(/^([\d,]+) results?/.exec(await status(page))?.[1]?.replace(",", "") ?? 0);

  it("a word found in only one update's narrative brings that update first", async () => {
    const { word, council, slug } = wordInOneUpdateOnly();
    const page = await open(`search/?q=${word}`);
    await page.waitForSelector(".app-search__result");
    const first = page.locator(".app-search__result").first();
    assert.is(await first.locator("a").getAttribute("href"), `${prefix}${council}/progress/${slug}/`);
    assert.match(await first.locator(".app-search__context").innerText(), "Progress update");
    assert.match(await first.locator(".app-search__date").innerText(), /^Published \d{1,2} [A-Z][a-z]+ \d{4}$/);
    assert.match((await first.locator("mark").first().innerText()).toLowerCase(), word.slice(0, 6));
    assert.match(await status(page), /^1 result for ‘\w+’ in all councils\.$/);
    await page.close();
  });

  it("the number of results is in a live region, so screen readers announce it", async () => {
    const page = await open("search/");
    const region = page.locator("[data-search-status]");
    assert.is(await region.getAttribute("role"), "status");
    assert.is(await region.getAttribute("aria-live"), "polite");
    await searchFor(page, "bins");
    assert.match(await region.innerText(), /^\d+ results for ‘bins’ in all councils\.$/);
    await page.close();
  });

  it("the theme filter narrows the results", async () => {
    const page = await open("search/");
    await searchFor(page, "council");
    const all = await resultCount(page);
    await page.selectOption("#search-theme", "Technology and data");
    await statusSays(page, "with the filters chosen");
    const narrowed = await resultCount(page);
    assert.ok(narrowed > 0 && narrowed < all, `${narrowed} results with the theme filter, ${all} without`);
    assert.match(page.url(), "theme=Technology+and+data");
    await page.close();
  });

  it("results come ten at a time, and showing more moves to the first new one", async () => {
    const page = await open("search/?q=bins");
    await page.waitForSelector(".app-search__result");
    assert.is(await page.locator(".app-search__result").count(), 10);
    const more = page.getByRole("button", { name: "Show more results" });
    await more.focus();
    await page.keyboard.press("Enter");
    await page.locator(".app-search__result").nth(10).waitFor();
    const eleventh = await page.locator(".app-search__result a").nth(10).getAttribute("href");
    assert.is(await page.evaluate<string>(`document.activeElement.getAttribute("href")`), eleventh);
    await page.goto(`${context.site.url}search/?q=${wordInOneUpdateOnly().word}`);
    await page.waitForSelector(".app-search__result");
    assert.is(await more.isVisible(), false);
    await page.close();
  });

  it("sorted by date, the newest results come first", async () => {
    const page = await open("search/?q=council&type=Progress+update&sort=date");
    await page.waitForSelector(".app-search__result time");
    const dates = await page
      .locator(".app-search__result time")
      .evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
    assert.ok(dates.length > 1);
    assert.equal(dates, [...dates].sort().reverse());
    await page.close();
  });

  it("the header's search form on a council's page searches that council's own index, and one link widens it to all councils", async () => {
    const page = await open("brackenfold/");
    const loaded: string[] = [];
    page.on("requestfinished", (request) => loaded.push(new URL(request.url()).pathname));
    await page.fill("#header-search", "bins");
    await Promise.all([page.waitForURL(/\/search\/\?q=bins&council=brackenfold$/), page.press("#header-search", "Enter")]);
    assert.ok(page.url().startsWith(`${context.site.url}search/`), page.url());
    await page.waitForSelector(".app-search__result");
    assert.is(await page.inputValue("#search-q"), "bins");
    assert.is(await page.inputValue("#search-council"), "brackenfold");
    assert.match(await status(page), /^\d+ results? for ‘bins’ in Brackenfold District Council\.$/);
    const councils = await page.locator(".app-search__context").allInnerTexts();
    assert.ok(
      councils.every((context) => context.startsWith("Brackenfold District Council")),
      councils.join("; "),
    );
    assert.ok(loaded.includes(`${prefix}brackenfold/pagefind/pagefind-entry.json`), loaded.join(", "));
    assert.not.ok(
      loaded.some((path) => path.startsWith(`${prefix}pagefind/`) && path.endsWith(".pf_meta")),
      "the site's own index was not loaded",
    );
    const inCouncil = await resultCount(page);

    const widen = page.getByRole("link", { name: "Search all councils" });
    await widen.click();
    await statusSays(page, "in all councils");
    assert.match(await status(page), /^\d+ results for ‘bins’ in all councils\.$/);
    assert.ok((await resultCount(page)) > inCouncil);
    assert.is(await page.inputValue("#search-council"), "");
    assert.match(page.url(), /\/search\/\?q=bins$/);
    assert.is(await widen.isVisible(), false);
    await page.close();
  });

  it("a council chosen with nothing typed lists that council's pages, and says whose", async () => {
    const page = await open("search/?council=fernshire");
    await statusSays(page, "in Fernshire County Council");
    assert.match(await status(page), /^\d+ results in Fernshire County Council\.$/);
    const councils = await page.locator(".app-search__context").allInnerTexts();
    assert.ok(councils.length > 0 && councils.every((context) => context.startsWith("Fernshire County Council")), councils.join("; "));
    await page.close();
  });

  it("a council's page tells its search form which council it covers; the site's own pages do not", async () => {
    const council = await open("brackenfold/actions/wc1/");
    assert.is(await council.locator('form[role="search"] input[name="council"]').getAttribute("value"), "brackenfold");
    assert.is(await council.locator('label[for="header-search"]').innerText(), "Search this council’s plan and progress updates");
    await council.close();
    const home = await open("");
    assert.is(await home.locator('form[role="search"] input[name="council"]').count(), 0);
    await home.close();
  });

  it("the whole search works by keyboard alone", async () => {
    const { word, council, slug } = wordInOneUpdateOnly();
    const page = await open("search/");
    await page.waitForSelector("[data-search-form]:not([hidden])");
    const focused = () => page.evaluate<string>(`document.activeElement.id || document.activeElement.getAttribute("href") || ""`);
    for (let presses = 0; presses < 10 && (await focused()) !== "search-q"; presses += 1) await page.keyboard.press("Tab");
    assert.is(await focused(), "search-q");
    await page.keyboard.type(word);
    await page.keyboard.press("Enter");
    await page.waitForSelector(".app-search__result a");
    const target = `${prefix}${council}/progress/${slug}/`;
    for (let presses = 0; presses < 15 && (await focused()) !== target; presses += 1) await page.keyboard.press("Tab");
    assert.is(await focused(), target);
    await Promise.all([page.waitForURL(`**${target}`), page.keyboard.press("Enter")]);
    await page.close();
  });

  it("axe finds no WCAG 2.2 AA problems on the search page with results showing", async () => {
    const page = await open("search/?q=bins");
    await page.waitForSelector(".app-search__result");
    // Evaluated rather than added as a <script>: the page's policy rightly refuses inline scripts.
    await page.evaluate(readFileSync(axeScript, "utf8"));
    const violations =
      (await page.evaluate(`axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } })
      .then((results) => results.violations.map((v) => v.id + ": " + v.nodes.map((n) => n.target.join(" ")).join(", ")))`)) as string[];
    assert.equal(violations, []);
    await page.close();
  });

  it("without JavaScript the search page keeps a working search form, says results need JavaScript, and links the A to Z and each plan", async () => {
    const page = await open("search/?q=bins", false);
    const main = page.locator("main");
    assert.match(await main.innerText(), "Search results need JavaScript");
    assert.is(await page.getByRole("link", { name: "A to Z of actions" }).getAttribute("href"), `${prefix}a-to-z/`);
    assert.is(await page.getByRole("link", { name: /^Brackenfold District Council: / }).getAttribute("href"), `${prefix}brackenfold/`);
    assert.is(await page.locator("search #search-q").isVisible(), true);
    assert.is(await page.locator("#search-status").isVisible(), false, "the filters, which need the script, are hidden");
    await page.fill("#search-q", "leisure centres");
    await Promise.all([page.waitForURL(/\/search\/\?q=leisure\+centres$/), page.press("#search-q", "Enter")]);
    await page.close();
  });

  it("no page showed a console error or a Content Security Policy violation", () => {
    assert.equal(context.errors, []);
  });

  it.run();
}

searchSuite("/");
searchSuite("/plans/");
