/**
 * The resident queries (resident-queries.ts), each typed in Chromium on a site of the example and real councils
 * together, as a resident would, in both places a resident searches from: the site's search page, which searches
 * every council; and the header of the plan page of the council whose page answers it, which searches that
 * council's own index. When a query finds nothing and the page offers "Did you mean", the suggestion is followed.
 * Prints every query's first three results and the top-1 and top-3 rates; fails, for either place, below 90% top-1
 * or 97% top-3, or if any excerpt shown runs two fields' words together.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Page } from "playwright-core";
import { buildExampleSite } from "../helpers/build.ts";
import { launchBrowser, serveFolder } from "../../lib/checks/browser.ts";
import { examplesAndRealCouncils } from "../helpers/real-councils.ts";
import { residentQueries } from "./resident-queries.ts";

const searchPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const site = buildExampleSite({ CONTENT_DIR: examplesAndRealCouncils() });

/** Words of two fields run together, as excerpts once showed them: "OwnerHead", "CoversJuly", "yearPlannedDelivered". */
export const runTogether = /OwnerHead|memberCabinet|Covers[A-Z]|Published\d|yearPlanned|PlannedDelivered|[a-z][A-Z][a-z]/;

interface Outcome {
  query: string;
  expect: string;
  top: string[];
  excerpts: string[];
  suggested?: string;
}

/** Waits for the results for these words to be shown in full. */
async function settled(page: Page, words: string): Promise<void> {
  await page
    .locator("[data-search-status]")
    .filter({ hasText: `‘${words}’` })
    .waitFor();
  await page.locator('[data-search-results][aria-busy="false"]').waitFor({ state: "attached" });
}

/** The results shown, following "Did you mean" when the words typed found nothing. */
async function shown(page: Page, query: string): Promise<Pick<Outcome, "top" | "excerpts" | "suggested">> {
  await settled(page, query);
  let suggested: string | undefined;
  const suggestion = page.locator("[data-search-suggestion]:not([hidden]) a");
  if ((await page.locator(".app-search__result").count()) === 0 && (await suggestion.count()) > 0) {
    suggested = await suggestion.innerText();
    await suggestion.click();
    await settled(page, suggested);
  }
  const results = page.locator(".app-search__result");
  const hrefs = await results.locator("h2 a").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const excerpts = await results.locator(".app-search__excerpt").allInnerTexts();
  return { top: hrefs.slice(0, 3).map((href) => href.replace(/^\//, "")), excerpts, ...(suggested !== undefined && { suggested }) };
}

/** Each query typed into the search page's own box, one after another, searching every council. */
async function fromSearchPage(page: Page, baseUrl: string): Promise<Outcome[]> {
  await page.goto(`${baseUrl}search/`);
  await page.waitForSelector("[data-search-form]:not([hidden])");
  const outcomes: Outcome[] = [];
  for (const { query, expect } of residentQueries) {
    await page.fill("#search-q", query);
    await page.press("#search-q", "Enter");
    outcomes.push({ query, expect, ...(await shown(page, query)) });
  }
  return outcomes;
}

/** Each query typed into the header of the plan page of the council whose page answers it: that council's search. */
async function fromCouncilPages(page: Page, baseUrl: string): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const { query, expect } of residentQueries) {
    const council = expect.split("/")[0] ?? "";
    await page.goto(`${baseUrl}${council}/`);
    await page.fill("#header-search", query);
    await page.press("#header-search", "Enter");
    outcomes.push({ query, expect, ...(await shown(page, query)) });
  }
  return outcomes;
}

/** Prints each outcome and the rates; returns the failures of the thresholds. */
function report(place: string, outcomes: readonly Outcome[]): string[] {
  const first = outcomes.filter((outcome) => outcome.top[0] === outcome.expect);
  const inThree = outcomes.filter((outcome) => outcome.top.includes(outcome.expect));
  console.log(`  From ${place}:`);
  for (const outcome of outcomes) {
    const at = outcome.top.indexOf(outcome.expect);
    const mark = at === 0 ? "1st" : at > 0 ? `${at + 1}${at === 1 ? "nd" : "rd"}` : "---";
    const via = outcome.suggested !== undefined ? ` (via "${outcome.suggested}")` : "";
    console.log(
      `  ${mark} ${outcome.query}${via} -> ${outcome.top.join(", ") || "nothing"}${at === 0 ? "" : `; expected ${outcome.expect}`}`,
    );
  }
  const rate = (part: number) => Math.round((part / outcomes.length) * 1000) / 10;
  console.log(
    `  top-1: ${first.length} of ${outcomes.length} (${rate(first.length)}%); top-3: ${inThree.length} (${rate(inThree.length)}%)`,
  );
  return [
    ...(first.length / outcomes.length >= 0.9 ? [] : [`from ${place}: top-1 ${rate(first.length)}% is below 90%`]),
    ...(inThree.length / outcomes.length >= 0.97 ? [] : [`from ${place}: top-3 ${rate(inThree.length)}% is below 97%`]),
  ];
}

test("residents' queries find the page that answers them, from the search page and from the council's pages: at least 90% first, 97% in the first three", async () => {
  const served = await serveFolder(site.outputDir, { headers: { "Content-Security-Policy": searchPolicy } });
  const browser = await launchBrowser();
  let everyCouncil: Outcome[];
  let ownCouncil: Outcome[];
  try {
    const page = await browser.newPage();
    everyCouncil = await fromSearchPage(page, served.url);
    ownCouncil = await fromCouncilPages(page, served.url);
  } finally {
    await browser.close();
    await served.close();
  }

  const failures = [...report("the search page (all councils)", everyCouncil), ...report("the council's own pages", ownCouncil)];
  const runTogetherExcerpts = [...everyCouncil, ...ownCouncil].flatMap((outcome) =>
    outcome.excerpts.filter((excerpt) => runTogether.test(excerpt)).map((excerpt) => `${outcome.query}: ${excerpt}`),
  );
  assert.equal(runTogetherExcerpts, [], "excerpts that run two fields' words together");
  assert.equal(failures, []);
});

test.run();
