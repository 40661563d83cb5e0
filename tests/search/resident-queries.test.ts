/**
 * The resident queries (resident-queries.ts), each typed into the search page in Chromium on a site of the example
 * and real councils together, as a resident would: when a query finds nothing and the page offers "Did you mean",
 * the suggestion is followed. Prints every query's first three results and the top-1 and top-3 rates; fails below
 * 90% top-1 or 97% top-3, or if any excerpt shown runs two fields' words together.
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

/** Searches as typed; follows "Did you mean" when the words typed found nothing. */
async function search(page: Page, query: string): Promise<Pick<Outcome, "top" | "excerpts" | "suggested">> {
  await page.fill("#search-q", query);
  await page.press("#search-q", "Enter");
  const status = page.locator("[data-search-status]");
  const settled = async (words: string) => {
    await status.filter({ hasText: `‘${words}’` }).waitFor();
    await page.locator('[data-search-results][aria-busy="false"]').waitFor({ state: "attached" });
  };
  await settled(query);
  let suggested: string | undefined;
  const suggestion = page.locator("[data-search-suggestion]:not([hidden]) a");
  if ((await page.locator(".app-search__result").count()) === 0 && (await suggestion.count()) > 0) {
    suggested = await suggestion.innerText();
    await suggestion.click();
    await settled(suggested);
  }
  const results = page.locator(".app-search__result");
  const hrefs = await results.locator("h2 a").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const excerpts = await results.locator(".app-search__excerpt").allInnerTexts();
  return { top: hrefs.slice(0, 3).map((href) => href.replace(/^\//, "")), excerpts, ...(suggested !== undefined && { suggested }) };
}

test("residents' queries find the page that answers them: at least 90% first, 97% in the first three", async () => {
  const served = await serveFolder(site.outputDir, { headers: { "Content-Security-Policy": searchPolicy } });
  const browser = await launchBrowser();
  const outcomes: Outcome[] = [];
  try {
    const page = await browser.newPage();
    await page.goto(`${served.url}search/`);
    await page.waitForSelector("[data-search-form]:not([hidden])");
    for (const { query, expect } of residentQueries) outcomes.push({ query, expect, ...(await search(page, query)) });
  } finally {
    await browser.close();
    await served.close();
  }

  const first = outcomes.filter((outcome) => outcome.top[0] === outcome.expect);
  const inThree = outcomes.filter((outcome) => outcome.top.includes(outcome.expect));
  for (const outcome of outcomes) {
    const place = outcome.top.indexOf(outcome.expect);
    const mark = place === 0 ? "1st" : place > 0 ? `${place + 1}${place === 1 ? "nd" : "rd"}` : "---";
    const via = outcome.suggested !== undefined ? ` (via "${outcome.suggested}")` : "";
    console.log(
      `  ${mark} ${outcome.query}${via} -> ${outcome.top.join(", ") || "nothing"}${place === 0 ? "" : `; expected ${outcome.expect}`}`,
    );
  }
  const rate = (part: number) => Math.round((part / outcomes.length) * 1000) / 10;
  console.log(
    `  top-1: ${first.length} of ${outcomes.length} (${rate(first.length)}%); top-3: ${inThree.length} (${rate(inThree.length)}%)`,
  );

  const runTogetherExcerpts = outcomes.flatMap((outcome) =>
    outcome.excerpts.filter((excerpt) => runTogether.test(excerpt)).map((excerpt) => `${outcome.query}: ${excerpt}`),
  );
  assert.equal(runTogetherExcerpts, [], "excerpts that run two fields' words together");
  assert.ok(first.length / outcomes.length >= 0.9, `top-1 ${rate(first.length)}% is below 90%`);
  assert.ok(inThree.length / outcomes.length >= 0.97, `top-3 ${rate(inThree.length)}% is below 97%`);
});

test.run();
