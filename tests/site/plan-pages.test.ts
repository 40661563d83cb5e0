/**
 * The plan overview, theme and action pages of the built example site, read as a resident would read them.
 * The example content is judged as of 23 November 2026 (tests/helpers/build.ts).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildExampleSite, examplesDir } from "../helpers/build.ts";
import { loadContent } from "../../lib/load/content.ts";
import { pageText } from "../helpers/page-text.ts";

const site = buildExampleSite();
const content = loadContent(examplesDir);

/** The words of the page's one h1. */
function heading(path: string): string {
  const headings = [...main(path).matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)];
  assert.is(headings.length, 1, `${path} has one h1`);
  return pageText(headings[0]?.[1] ?? "");
}

function main(path: string): string {
  const match = /<main[^>]*>([\s\S]*?)<\/main>/.exec(site.page(path));
  if (!match?.[1]) throw new Error(`${path} has no <main>`);
  return match[1];
}

/** The table row with the given id. */
function row(path: string, id: string): string {
  const match = new RegExp(`<tr[^>]*id="${id}"[^>]*>([\\s\\S]*?)</tr>`).exec(site.page(path));
  if (!match?.[1]) throw new Error(`${path} has no row with id ${id}`);
  return match[1];
}

test("every council has a plan overview, a page per theme and a page per action", () => {
  const slugs = content.councils.map((council) => council.slug).sort();
  assert.equal(slugs, ["brackenfold", "fernshire", "kestrelmouth"]);
  for (const council of content.councils) {
    assert.is(heading(`/${council.slug}/`), council.plan.data.title);
    const themes = council.plan.data.themes;
    assert.ok(themes.length >= 4, `${council.slug} has its themes`);
    for (const theme of themes) {
      assert.ok(
        existsSync(join(site.outputDir, council.slug, "themes", theme.id.toLowerCase(), "index.html")),
        `${council.slug} theme ${theme.id}`,
      );
      assert.is(heading(`/${council.slug}/themes/${theme.id.toLowerCase()}/`), theme.title);
    }
    for (const { data: action } of council.actions) {
      const page = main(`/${council.slug}/actions/${action.id.toLowerCase()}/`);
      assert.is(heading(`/${council.slug}/actions/${action.id.toLowerCase()}/`), action.title);
      for (const milestone of action.milestones ?? [])
        assert.match(page, `id="${milestone.id.toLowerCase()}"`, `${milestone.id} can be linked to`);
    }
  }
});

test("the plan overview says what the plan is, the years it covers and links to the published plan", () => {
  const page = main("/kestrelmouth/");
  assert.match(pageText(page), "It covers the financial years 2024/25 to 2026/27, from 1 April 2024 to 31 March 2027.");
  assert.match(page, '<time datetime="2024-04-01">1 April 2024</time>');
  assert.match(
    pageText(page),
    "It builds on the Improvement and Recovery Plan, whose progress is reported to the government-appointed Commissioners.",
  );
  assert.match(page, 'href="https://www.kestrelmouth.example.gov.uk/council/plans/productivity-plan-2024"');
});

test("the overview says the plan was submitted before it was approved, when it was", () => {
  const kestrelmouth = pageText(main("/kestrelmouth/"));
  assert.match(
    kestrelmouth,
    "The plan was sent to Government on 19 July 2024, subject to approval; Cabinet approved the plan on 30 July 2024.",
  );
  assert.match(
    kestrelmouth,
    "How Cabinet resolution Decided by Cabinet Date 30 July 2024 Reference CAB/2024/047 Sent to Government 19 July 2024",
  );
  assert.match(main("/kestrelmouth/"), 'href="https://www.kestrelmouth.example.gov.uk/meetings/cabinet/2024-07-30/minutes"');
  // Brackenfold sent its plan a week after its committee agreed it.
  const brackenfold = pageText(main("/brackenfold/"));
  assert.not.match(brackenfold, "subject to approval");
  assert.match(brackenfold, "How Committee resolution Decided by Policy and Resources Committee Date 11 July 2024");
  assert.match(pageText(main("/fernshire/")), "How Joint decision of the Leader and the Chief Executive");
});

test("the overview gives progress at a glance in words, with the overdue milestones linked", () => {
  const page = main("/brackenfold/");
  assert.match(pageText(page), "As of 23 November 2026, 25 of 33 milestones complete, 3 overdue.");
  assert.match(pageText(page), "1 on track 1 at risk 4 delayed 25 complete 2 cancelled");
  assert.match(page, 'href="/brackenfold/actions/wc1/#wc1-m4">WC1-M4: Weekly food waste collections start for every household</a>');
});

test("the overview links to the latest update and names its quarter in months", () => {
  const page = main("/brackenfold/");
  assert.match(pageText(page), "The latest progress report covers July to September 2026 (Quarter 2 2026/27).");
  assert.match(page, 'href="/brackenfold/progress/2026-27-q2/"');
});

test("savings are shown in pounds, per financial year, with the whole-plan target and the total", () => {
  const page = pageText(main("/kestrelmouth/"));
  assert.match(page, "£4.85 million delivered so far, against £6.64 million planned.");
  assert.match(
    page,
    "2024/25 £700,000 £540,000 2025/26 £2.42 million £2.13 million 2026/27 £2.02 million £915,000 Whole plan, no single year £1.5 million £1.26 million Total of the figures given £6.64 million £4.85 million",
  );
  const action = pageText(main("/brackenfold/actions/wc1/"));
  assert.match(
    action,
    "2024/25 £60,000 £18,000 2025/26 £310,000 £296,000 2026/27 £120,000 £58,000 Total of the figures given £490,000 £372,000",
  );
});

test("the overview lists the themes with their counts, each linking to its page", () => {
  const page = main("/kestrelmouth/");
  assert.match(page, 'href="/kestrelmouth/themes/services/">Transforming services</a>');
  assert.match(pageText(page), "3 actions: 10 of 12 milestones complete, 2 overdue. 2 barriers raised with Government.");
});

test("breadcrumbs lead back to all councils and the council's plan", () => {
  const crumbs = (path: string) => pageText(/<nav class="govuk-breadcrumbs[\s\S]*?<\/nav>/.exec(site.page(path))?.[0] ?? "");
  assert.is(crumbs("/brackenfold/"), "All councils Brackenfold");
  assert.is(crumbs("/brackenfold/themes/services/"), "All councils Brackenfold Transforming services");
  assert.is(crumbs("/brackenfold/actions/wc1/"), "All councils Brackenfold Transforming services WC1");
});

test("a theme page shows what was already done, its actions with owners and progress, and its barriers", () => {
  const page = pageText(main("/brackenfold/themes/services/"));
  assert.match(page, "Moved garden waste subscriptions online in 2022, so that 94% of renewals now need no phone call.");
  assert.match(
    page,
    "WC1: Redesign bin collection rounds and start food waste collections Owner: Head of Environmental Services 3 of 4 milestones complete, 1 overdue (1 delayed, 3 complete).",
  );
  assert.match(page, "Planning fees set below cost");
  assert.match(page, "What we ask of Government: Let councils set their own planning fees to cover their costs");
  assert.not.match(page, "One-year funding settlements", "a barrier of another theme is not shown");
  assert.match(main("/brackenfold/themes/services/"), 'href="/brackenfold/actions/wc1/"');
});

test("an action page names its owner and lead member, and shows its summary as paragraphs", () => {
  const page = main("/brackenfold/actions/wc1/");
  assert.match(pageText(page), "Owner Head of Environmental Services Lead member Chair of the Environment Committee");
  // Each paragraph weighs three times a mention elsewhere in search (docs/search.md).
  assert.match(page, '<p data-pagefind-weight="3">Our bin rounds were last redrawn in 2011');
});

test("a milestone's status is shown in words, and an overdue one says so", () => {
  assert.match(pageText(row("/brackenfold/actions/wc1/", "wc1-m4")), "Delayed Overdue");
  assert.match(pageText(row("/brackenfold/actions/wc1/", "wc1-m1")), "Complete");
  assert.not.match(pageText(row("/brackenfold/actions/wc1/", "wc1-m1")), "Overdue");
});

test("a milestone moved twice gives its original and current due dates and how often it moved", () => {
  const wc1m4 = row("/brackenfold/actions/wc1/", "wc1-m4");
  assert.match(pageText(wc1m4), "Originally due 31 March 2026, now due October 2026, revised twice (214 days later than first planned)");
  assert.match(wc1m4, '<time datetime="2026-03-31">31 March 2026</time>');
  assert.match(wc1m4, '<time datetime="2026-10">October 2026</time>');
  const wc1m2 = pageText(row("/brackenfold/actions/wc1/", "wc1-m2"));
  assert.match(
    wc1m2,
    "Originally due 24 February 2025, now due 3 March 2025, revised once (7 days later than first planned) Completed 3 March 2025",
  );
  assert.match(pageText(row("/brackenfold/actions/wc1/", "wc1-m1")), "Due 31 October 2024 Completed 24 October 2024");
});

test("a milestone's status history runs quarter by quarter, in months, with each note", () => {
  const page = pageText(main("/brackenfold/actions/wc1/"));
  assert.match(
    page,
    "WC1-M4: Weekly food waste collections start for every household July to September 2024 Not started October to December 2024 Not started",
  );
  assert.match(page, "July to September 2025 At risk The four new food waste vehicles have a delivery date of April 2026 at the earliest.");
  assert.match(
    page,
    "October to December 2025 Delayed Due date moved to 30 June 2026. Start moved to June 2026 because the vehicles will not arrive before April.",
  );
});

test("a measure shows its baseline, target, latest value, progress and values by quarter", () => {
  const page = pageText(main("/brackenfold/actions/wc1/"));
  assert.match(
    page,
    "Missed bin collections per 100,000 collections Baseline 62 missed collections on 31 March 2024 Target 40 missed collections by 31 March 2026 (lower is better)",
  );
  assert.match(page, "Progress Improving");
  assert.match(
    page,
    "January to March 2025 94 missed collections Higher while crews learned the new rounds in March; back to normal by the end of the month.",
  );
  assert.match(page, "Household waste sent for reuse, recycling and composting Baseline 44.8% on 31 March 2024");
});

test("every date on these pages is written in full inside a <time> with a machine-readable datetime", () => {
  const months = "January|February|March|April|May|June|July|August|September|October|November|December";
  const paths = [
    "/brackenfold/",
    "/kestrelmouth/",
    "/fernshire/",
    "/brackenfold/themes/services/",
    "/brackenfold/actions/wc1/",
    "/kestrelmouth/actions/cc1/",
    "/fernshire/actions/hw1/",
  ];
  for (const path of paths) {
    const times = [...main(path).matchAll(/<time datetime="([^"]+)">([^<]+)<\/time>/g)];
    assert.ok(times.length > 0, `${path} has dates`);
    for (const [, datetime, words] of times) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(datetime ?? ""))
        assert.match(words ?? "", new RegExp(`^[1-9]\\d? (${months}) \\d{4}$`), `${path}: ${datetime}`);
      else assert.match(`${datetime} ${words}`, new RegExp(`^\\d{4}-\\d{2} (${months}) \\d{4}$`), `${path}: ${datetime}`);
    }
    // Hidden search metadata (data-pagefind-ignore) is for the index, not for readers.
    const visible = main(path).replace(/<div hidden[\s\S]*?<\/div>/g, "");
    assert.not.match(visible, /\b\d{4}-\d{2}-\d{2}\b(?![^<]*">)/, `${path} shows no ISO date to readers`);
  }
  assert.match(main("/kestrelmouth/"), '<time datetime="2024-07-19">19 July 2024</time>');
});

test("wide tables scroll inside a labelled, focusable region rather than the page", () => {
  const page = main("/brackenfold/actions/wc1/");
  assert.match(page, '<section class="app-table-wrapper" aria-label="Milestones for WC1">');
});

test("every plan, theme and action page stays within 14 KB gzipped", () => {
  for (const council of content.councils) {
    const paths = [
      `/${council.slug}/`,
      ...council.plan.data.themes.map((theme) => `/${council.slug}/themes/${theme.id.toLowerCase()}/`),
      ...council.actions.map(({ data: action }) => `/${council.slug}/actions/${action.id.toLowerCase()}/`),
    ];
    for (const path of paths) {
      const size = gzipSync(site.page(path)).length;
      assert.ok(size <= 14 * 1024, `${path} is ${size} bytes gzipped`);
    }
  }
});

test.run();
