/**
 * The pages across councils, on the built example site: the home page, the comparison and the A to Z; then
 * the charts as they appear on the council pages; then a build of one council, whose home page redirects.
 * The example content is judged as of 23 November 2026 (tests/helpers/build.ts).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildExampleSite, examplesDir } from "../helpers/build.ts";
import { accessibleSvg } from "../helpers/svg.ts";
import { pageText } from "../helpers/page-text.ts";

const site = buildExampleSite();

function main(path: string): string {
  const match = /<main[^>]*>([\s\S]*?)<\/main>/.exec(site.page(path));
  if (!match?.[1]) throw new Error(`${path} has no <main>`);
  return match[1];
}

/** Each body row of the table whose caption contains `caption`, as the words of each cell. */
function tableRows(html: string, caption: string): string[][] {
  const table = [...html.matchAll(/<table[\s\S]*?<\/table>/g)]
    .map((match) => match[0])
    .find((candidate) => pageText(/<caption[^>]*>([\s\S]*?)<\/caption>/.exec(candidate)?.[1] ?? "").includes(caption));
  if (!table) throw new Error(`no table captioned "${caption}"`);
  const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? "";
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? "").matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => pageText(cell[1] ?? "")),
  );
}

test("the home page lists every council with its headline progress", () => {
  const home = main("/");
  assert.match(pageText(home), "Progress is as of 23 November 2026.");
  assert.equal(tableRows(home, "3 councils and their progress"), [
    [
      "Brackenfold District Council Productivity Plan 2024 to 2027",
      "25 of 33",
      "3",
      "£1.8 million of £2.78 million",
      "July to September 2026, Brackenfold’s progress update, published 12 November 2026",
    ],
    [
      "Fernshire County Council Productivity Plan 2024 to 2027",
      "22 of 30",
      "4",
      "£5.42 million of £7.91 million",
      "July to September 2026, Fernshire’s progress update, published 12 November 2026",
    ],
    [
      "Kestrelmouth Council Productivity Plan 2024 to 2027",
      "27 of 34",
      "4",
      "£4.85 million of £6.64 million",
      "July to September 2026, Kestrelmouth’s progress update, published 13 November 2026",
    ],
  ]);
  assert.match(
    home,
    '<th scope="row" class="govuk-table__header"><a class="govuk-link" href="/brackenfold/">Brackenfold District Council</a>',
  );
  assert.match(
    home,
    '<a class="govuk-link" href="/kestrelmouth/progress/2026-27-q2/">July to September 2026<span class="govuk-visually-hidden">, Kestrelmouth’s progress update</span></a>',
  );
  assert.match(home, '<time datetime="2026-11-13">13 November 2026</time>');
  assert.match(home, '<a class="govuk-link" href="/compare/">Compare councils theme by theme</a>');
  assert.match(home, '<a class="govuk-link" href="/a-to-z/">A to Z of every action</a>');
  assert.not.match(site.page("/"), 'http-equiv="refresh"', "a build of several councils does not redirect");
});

test("the comparison sets councils side by side for the whole plan and theme by theme", () => {
  const compare = main("/compare/");
  assert.equal(
    [...compare.matchAll(/<h[12][^>]*>([\s\S]*?)<\/h[12]>/g)].map((match) => pageText(match[1] ?? "")),
    [
      "Compare councils",
      "The whole plan",
      "Transforming services",
      "Technology and data",
      "Reducing wasteful spend",
      "Barriers to progress",
    ],
  );
  assert.equal(tableRows(compare, "Every council’s whole plan"), [
    ["Brackenfold District Council", "33", "25", "1", "1", "3", "0", "£1.8 million", "£2.78 million"],
    ["Fernshire County Council", "30", "22", "3", "0", "4", "0", "£5.42 million", "£7.91 million"],
    ["Kestrelmouth Council", "34", "27", "2", "0", "4", "0", "£4.85 million", "£6.64 million"],
  ]);
  assert.equal(tableRows(compare, "Reducing wasteful spend, council by council"), [
    // Each council's name leads to its theme page, and says so to a screen reader (WCAG 2.4.4).
    ["Brackenfold District Council: Reducing wasteful spend", "8", "4", "0", "1", "1", "0", "£743,000", "£1.08 million"],
    ["Fernshire County Council: Reducing wasteful spend", "11", "7", "2", "0", "2", "0", "£2.3 million", "£3.44 million"],
    ["Kestrelmouth Council: Reducing wasteful spend", "11", "9", "1", "0", "1", "0", "£1.93 million", "£2.52 million"],
  ]);
  assert.match(
    compare,
    '<a class="govuk-link" href="/fernshire/themes/waste/">Fernshire County Council<span class="govuk-visually-hidden">: Reducing wasteful spend</span></a>',
  );
});

test("the comparison's tables have captions and scoped column and row headers", () => {
  const compare = main("/compare/");
  const tables = [...compare.matchAll(/<table[\s\S]*?<\/table>/g)].map((match) => match[0]);
  assert.is(tables.length, 5);
  for (const table of tables) {
    assert.match(table, /<caption class="govuk-table__caption[^"]*">[^<]+<\/caption>/);
    assert.is((table.match(/<th scope="col"/g) ?? []).length, 9);
    assert.is((table.match(/<th scope="row"/g) ?? []).length, 3);
  }
});

test("the A to Z lists every action under its first letter, with an index of letters", () => {
  const aToZ = main("/a-to-z/");
  assert.match(pageText(aToZ), "All 28 actions in 3 councils’ plans, by title.");
  const index = /<nav class="app-a-to-z" aria-label="Actions by first letter">([\s\S]*?)<\/nav>/.exec(aToZ)?.[1] ?? "";
  assert.is(pageText(index), "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z");
  assert.match(index, '<a class="govuk-link" href="#letter-f">F</a>');
  assert.match(index, '<span class="app-a-to-z__empty">D</span>', "a letter with no actions is not a link");
  assert.equal(
    [...aToZ.matchAll(/<h2[^>]*id="([^"]+)"[^>]*>([^<]*)<\/h2>/g)].map((match) => `${match[1]} ${match[2]}`),
    [
      "letter-a A",
      "letter-b B",
      "letter-c C",
      "letter-f F",
      "letter-h H",
      "letter-j J",
      "letter-l L",
      "letter-m M",
      "letter-r R",
      "letter-s S",
      "letter-u U",
    ],
  );
  const f = /id="letter-f"[^>]*>F<\/h2>\s*<ul[^>]*>([\s\S]*?)<\/ul>/.exec(aToZ)?.[1] ?? "";
  assert.equal(
    [...f.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((item) => pageText(item[1] ?? "")),
    [
      "Fernshire Insight: one place for the council's data Fernshire, Technology and data. Complete: 3 of 3 milestones complete, none overdue.",
      "Fix potholes right first time and run highways from one system Fernshire, Transforming services. Delayed: 3 of 4 milestones complete, 1 overdue.",
      "Fix roads right first time Kestrelmouth, Transforming services. Delayed: 3 of 4 milestones complete, 1 overdue.",
    ],
  );
  assert.match(f, '<a class="govuk-link" href="/kestrelmouth/actions/hwy1/">Fix roads right first time</a>');
});

test("the plan overview shows milestones by status as a chart and the same figures in a table", () => {
  const overview = main("/brackenfold/");
  const svg = /<svg[\s\S]*?<\/svg>/.exec(overview)?.[0] ?? "";
  const { title, desc } = accessibleSvg(svg);
  assert.is(title, "Milestones by status");
  assert.is(desc, "33 milestones: 25 complete, 1 on track, 1 at risk, 4 delayed and 2 cancelled. 3 are overdue.");
  assert.equal(tableRows(overview, "Milestones by status, in figures"), [
    ["Complete", "25"],
    ["On track", "1"],
    ["At risk", "1"],
    ["Delayed", "4"],
    ["Cancelled", "2"],
    ["Total", "33"],
    ["Overdue (also counted above)", "3"],
  ]);
  assert.match(overview, 'aria-labelledby="chart-savings-title"', "the savings chart, beside the savings table");
});

test("an action page has its timeline, a chart per measure and its savings, each with its figures in a table beside it", () => {
  const action = main("/brackenfold/actions/wc1/");
  const charts = [...action.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((match) => accessibleSvg(match[0]));
  assert.equal(
    charts.map((chart) => chart.title),
    [
      "Timeline: Redesign bin collection rounds and start food waste collections",
      "Missed bin collections per 100,000 collections, against baseline and target",
      "Household waste sent for reuse, recycling and composting, against baseline and target",
      "Savings planned and delivered",
    ],
  );
  assert.match(action, "Milestones for WC1", "the milestone table beside the timeline");
  // The latest value the chart describes is the last row of the measure's table beside it.
  const latest = /Latest ([^ ]+(?: [a-z]+)*) in ([A-Za-z]+ to [A-Za-z]+ \d{4})/.exec(charts[1]?.desc ?? "");
  const rows = tableRows(action, "Missed bin collections per 100,000 collections, report by report");
  assert.equal(rows.at(-1)?.slice(0, 2), [latest?.[2], latest?.[1]]);
  assert.equal(tableRows(action, "Savings from WC1")[0]?.[0], "2024/25");
});

test("the timeline page has the roadmap with each quarter's counts in a table", () => {
  const timeline = main("/brackenfold/timeline/");
  const { title, desc } = accessibleSvg(/<svg[\s\S]*?<\/svg>/.exec(timeline)?.[0] ?? "");
  assert.is(title, "Milestones due each quarter");
  assert.match(desc, /^33 milestones due from July to September 2024 to January to March 2027, as of 23 November 2026: /);
  const rows = tableRows(timeline, "Milestones due each quarter, in figures");
  assert.equal(rows[0], ["July to September 2024", "2", "0", "0", "0"]);
  assert.equal(rows.at(-1), ["Ongoing, no end date", "0", "1", "0", "0"]);
});

test("a theme page charts its own milestones by status, titled with the theme", () => {
  const theme = main("/brackenfold/themes/services/");
  assert.match(theme, '<title id="chart-status-title">Milestones under Transforming services by status</title>');
});

test("a build of one council opens on that council's plan, with a link for browsers that do not follow", () => {
  const content = mkdtempSync(join(tmpdir(), "plan-pages-one-council-"));
  cpSync(join(examplesDir, "councils/brackenfold"), join(content, "councils", "brackenfold"), { recursive: true });
  const one = buildExampleSite({ CONTENT_DIR: content, PATH_PREFIX: "/plans/" });
  const home = one.page("/");
  assert.match(home, '<meta http-equiv="refresh" content="0; url=/plans/brackenfold/">');
  const words = pageText(/<main[^>]*>([\s\S]*?)<\/main>/.exec(home)?.[1] ?? "");
  assert.match(words, "This site publishes Brackenfold District Council’s Productivity Plan 2024 to 2027 and its progress updates.");
  assert.match(home, '<a class="govuk-link" href="/plans/brackenfold/">Go to Productivity Plan 2024 to 2027</a>');
});

test.run();
