/**
 * The progress updates, a quarterly update, the timeline, barriers and about pages of the built example site,
 * read as a resident would read them. The example content is judged as of 23 November 2026
 * (tests/helpers/build.ts); expected values come from the content files wherever the test can read them.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildExampleSite, examplesDir } from "../helpers/build.ts";
import { loadContent } from "../../lib/load/content.ts";
import type { LoadedCouncil } from "../../lib/load/loaded.ts";
import { pageText } from "../helpers/page-text.ts";

const site = buildExampleSite();
const content = loadContent(examplesDir);
const asOf = "2026-11-23";
const councils = ["brackenfold", "fernshire", "kestrelmouth"];

function main(path: string): string {
  const match = /<main[^>]*>([\s\S]*?)<\/main>/.exec(site.page(path));
  if (!match?.[1]) throw new Error(`${path} has no <main>`);
  return match[1];
}

/** The words of the page's one h1. */
function heading(path: string): string {
  const headings = [...main(path).matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)];
  assert.is(headings.length, 1, `${path} has one h1`);
  return pageText(headings[0]?.[1] ?? "");
}

/** The HTML after a heading with these words, up to the next heading of the same level or higher. */
function section(html: string, words: string): string {
  const headings = [...html.matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g)];
  const index = headings.findIndex((match) => pageText(match[2] ?? "") === words);
  const found = headings[index];
  if (!found || found.index === undefined) throw new Error(`no heading "${words}"`);
  const level = Number(found[1]);
  const end = headings.slice(index + 1).find((match) => Number(match[1]) <= level);
  return html.slice(found.index, end?.index ?? html.length);
}

/** The timeline's ordered list, without the roadmap chart above it. */
function timelineList(slug: string): string {
  const html = main(`/${slug}/timeline/`);
  const start = html.indexOf('<ol class="govuk-list app-timeline">');
  assert.ok(start >= 0, `/${slug}/timeline/ has the timeline list`);
  return html.slice(start);
}

function council(slug: string): LoadedCouncil {
  const found = content.councils.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`no council ${slug} in ${examplesDir}`);
  return found;
}

/** Normalises content prose (folded YAML keeps a trailing newline) as the page shows it. */
const prose = (words: string): string => words.replace(/\s+/g, " ").trim();

test("every council has a progress index, a page per published update, a timeline, barriers and about page", () => {
  for (const slug of councils) {
    for (const path of ["progress/", "timeline/", "barriers/", "about/"]) {
      assert.ok(existsSync(join(site.outputDir, slug, path, "index.html")), `/${slug}/${path}`);
    }
    const published = council(slug).updates.filter((update) => (update.data.published ?? "") <= asOf);
    assert.ok(published.length > 0);
    for (const update of published) {
      const quarterSlug = update.file.replace(/^.*\/(\d{4}-\d{2}-q[1-4])\.md$/, "$1");
      assert.ok(existsSync(join(site.outputDir, slug, "progress", quarterSlug, "index.html")), `/${slug}/progress/${quarterSlug}/`);
    }
    assert.is(readdirSync(join(site.outputDir, slug, "progress")).filter((name) => name !== "index.html").length, published.length);
  }
});

test("the pages have the headings a resident looks for", () => {
  assert.is(heading("/brackenfold/progress/"), "Progress updates");
  assert.is(heading("/brackenfold/progress/2024-25-q3/"), "Progress update: October to December 2024");
  assert.is(heading("/fernshire/timeline/"), "Timeline");
  assert.is(heading("/kestrelmouth/barriers/"), "Barriers and asks of the Government");
  assert.is(heading("/kestrelmouth/about/"), "About the plan");
  assert.match(
    site.page("/brackenfold/progress/2024-25-q3/"),
    "<title>Progress update: October to December 2024 – Brackenfold District Council</title>",
  );
});

test("an update page gives the quarter in months and by number, when it was published and who considered it", () => {
  const page = pageText(main("/brackenfold/progress/2024-25-q3/"));
  assert.ok(page.includes("Covers October to December 2024 (Quarter 3 2024/25)"), page.slice(0, 400));
  assert.ok(page.includes("Published 13 February 2025"));
  assert.ok(page.includes("Considered by Performance and Audit Committee on 4 February 2025"));
  assert.match(main("/brackenfold/progress/2024-25-q3/"), '<time datetime="2025-02-13">13 February 2025</time>');
  assert.match(
    main("/brackenfold/progress/2024-25-q3/"),
    'href="https://www.brackenfold.example.gov.uk/meetings/performance-and-audit-committee/2025-02-04"',
  );
  assert.ok(page.includes("The online council tax account opened to all 41,300 households on 25 November 2024."), "the narrative");
});

test("what changed lists a milestone the update reports completed, by its title, linked to its action", () => {
  const brackenfold = council("brackenfold");
  const [previous, update] = brackenfold.updates;
  if (!previous || !update) throw new Error("Brackenfold has fewer than two updates");
  const [id, progress] =
    Object.entries(update.data.milestones ?? {}).find(
      ([milestoneId, progress]) => progress.status === "complete" && previous.data.milestones?.[milestoneId]?.status !== "complete",
    ) ?? [];
  if (!id || !progress?.completed) throw new Error("the second update completes nothing");
  const action = brackenfold.actions.find((candidate) => (candidate.data.milestones ?? []).some((milestone) => milestone.id === id));
  const milestone = action?.data.milestones?.find((candidate) => candidate.id === id);
  if (!action || !milestone) throw new Error(`no action has milestone ${id}`);

  const changes = section(main("/brackenfold/progress/2024-25-q3/"), "What changed since the last update");
  const completed = section(changes, "Milestones completed");
  assert.match(completed, `href="/brackenfold/actions/${action.data.id.toLowerCase()}/#${id.toLowerCase()}">${milestone.title}</a>`);
  assert.ok(pageText(completed).includes(`${milestone.title} (action ${action.data.id}), completed on`), pageText(completed));
  assert.ok(pageText(completed).includes("Online council tax account open to every household (action CS1), completed on 25 November 2024"));
});

test("what changed gives a revised date from the old date to the new one, and measures as better or worse", () => {
  const changes = section(main("/brackenfold/progress/2024-25-q3/"), "What changed since the last update");
  assert.ok(
    pageText(section(changes, "Due dates revised")).includes(
      "New collection rounds start across the district (action WC1): from 24 February 2025 to 3 March 2025",
    ),
    pageText(changes),
  );
  assert.ok(pageText(section(changes, "Milestones newly at risk or delayed")).includes("(action WC1): now delayed, was on track"));
  const measures = pageText(section(changes, "Measures that moved"));
  assert.ok(measures.includes("Council tax transactions completed online: from 41.2% to 47.5%, better"), measures);
  assert.ok(measures.includes("Average time to process a new housing benefit claim: from 23.6 days to 25.1 days, worse"), measures);
});

test("the first update says so, and has no link to an earlier one", () => {
  const html = main("/brackenfold/progress/2024-25-q2/");
  assert.ok(pageText(html).includes("This is the first update, so there is no earlier one to compare with"));
  assert.not.match(html, 'rel="prev"');
  assert.match(html, 'href="/brackenfold/progress/2024-25-q3/" rel="next"');
});

test("an update links to the updates before and after it, named by their months", () => {
  const html = main("/brackenfold/progress/2024-25-q3/");
  const pagination = /<nav class="govuk-pagination[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
  assert.match(pagination, 'href="/brackenfold/progress/2024-25-q2/" rel="prev"');
  assert.match(pagination, 'href="/brackenfold/progress/2024-25-q4/" rel="next"');
  assert.ok(pageText(pagination).includes("Previous update: July to September 2024"), pageText(pagination));
  assert.ok(pageText(pagination).includes("Next update: January to March 2025"), pageText(pagination));
  assert.not.match(main("/brackenfold/progress/2026-27-q2/"), 'rel="next"');
});

test("an update's status table lists every milestone as it stood then, in a labelled scrolling region", () => {
  const html = main("/brackenfold/progress/2024-25-q3/");
  const table = section(html, "Every milestone after this update");
  const milestones = council("brackenfold").actions.flatMap((action) => action.data.milestones);
  assert.is([...table.matchAll(/<tr class="govuk-table__row"><th scope="row"/g)].length, milestones.length);
  assert.match(
    table,
    '<section class="app-table-wrapper app-table-wrapper--wide" tabindex="0" aria-label="Milestones as reported for October to December 2024" data-pagefind-ignore>',
  );
  assert.match(table, "<caption");
  const row = /<tr[^>]*>(?:(?!<\/tr>)[\s\S])*#wc1-m2"[\s\S]*?<\/tr>/.exec(table)?.[0] ?? "";
  assert.is(pageText(row), "New collection rounds start across the district WC1 Delayed 3 March 2025");
  const later = /<tr[^>]*>(?:(?!<\/tr>)[\s\S])*#cs1-m3"[\s\S]*?<\/tr>/.exec(table)?.[0] ?? "";
  assert.ok(pageText(later).endsWith("Not started July to September 2025"), pageText(later));
  assert.ok(pageText(table).includes("33 milestones: 18 not started, 7 on track, 1 delayed, 7 complete."));
});

test("an update page shows the measure values given that quarter", () => {
  const measures = pageText(section(main("/brackenfold/progress/2024-25-q3/"), "Measures"));
  assert.ok(
    measures.includes("Average time to process a new housing benefit claim 25.1 days Slower because of a rise in claims in November."),
    measures,
  );
  assert.ok(measures.includes("Spending on agency staff over the last 12 months £1.48 million"), measures);
});

test("the progress index lists every update newest first, with its months, publication date and counts", () => {
  const html = main("/kestrelmouth/progress/");
  const links = [...html.matchAll(/<h2[^>]*><a class="govuk-link" href="\/kestrelmouth\/progress\/([^/]+)\/">([^<]+)<\/a><\/h2>/g)];
  const slugs = council("kestrelmouth")
    .updates.filter((update) => (update.data.published ?? "") <= asOf)
    .map((update) => update.file.replace(/^.*\/([^/]+)\.md$/, "$1"))
    .reverse();
  assert.equal(
    links.map((link) => link[1]),
    slugs,
  );
  assert.is(links[0]?.[2], "July to September 2026");
  assert.is(links.at(-1)?.[2], "July to September 2024");
  const first = pageText(/<li>[\s\S]*?<\/li>/.exec(html)?.[0] ?? "");
  assert.ok(first.startsWith("July to September 2026 Quarter 2 2026/27, published 13 November 2026"), first);
  assert.match(first, /\d+ milestones: (\d+ (not started|on track|at risk|delayed|complete|cancelled)(, )?)+\.$/);
});

test("the timeline groups milestones under quarters in months, in an ordered list, ongoing last", () => {
  const html = timelineList("brackenfold");
  const headings = [...html.matchAll(/<h2 class="govuk-heading-m">([\s\S]*?)<\/h2>/g)].map((match) => pageText(match[1] ?? ""));
  assert.is(headings[0], "July to September 2024 Quarter 2 2024/25");
  assert.ok(headings.includes("January to March 2025 Quarter 4 2024/25"), headings.join(" | "));
  assert.is(headings.at(-1), "Ongoing, no end date");
  assert.match(html, /^<ol class="govuk-list app-timeline">\s*<li>\s*<h2/);
  const total = council("brackenfold").actions.flatMap((action) => action.data.milestones).length;
  assert.is([...html.matchAll(/<p class="govuk-body-s">Action /g)].length, total, "every milestone once");
});

test("the timeline says each milestone's status, action, due date and whether it moved or is overdue, in words", () => {
  const page = pageText(timelineList("kestrelmouth"));
  assert.ok(
    page.includes(
      "Early help dashboard in use by all locality teams Delayed Overdue Action DAT1: Join up data about the people we support. Due by September 2026, revised twice from November 2025. Overdue.",
    ),
    page,
  );
  assert.ok(page.includes("Action EST1: Use fewer, better buildings. Due by 30 September 2026. Overdue."));
  assert.ok(
    pageText(timelineList("brackenfold")).includes(
      "Action WS2: Review every contract and buy together where it saves money. Due by 30 September 2024. Completed on 26 September 2024.",
    ),
  );
});

test("the timeline marks today between the quarters already due and those still to come", () => {
  for (const slug of councils) {
    const html = timelineList(slug);
    const marker = html.indexOf('<li class="app-timeline__today">');
    assert.ok(marker > 0, `${slug} has a today marker`);
    assert.match(html, `Today: <time datetime="${asOf}">23 November 2026</time>`);
    assert.is(html.indexOf('<li class="app-timeline__today">', marker + 1), -1, "only one marker");
  }
  const html = timelineList("kestrelmouth");
  const marker = html.indexOf("app-timeline__today");
  assert.ok(html.indexOf(">July to September 2026 <") < marker, "after the quarter that has passed");
  assert.ok(html.indexOf(">October to December 2026 <") > marker, "before the quarter whose milestones are still to come");
  assert.ok(html.indexOf("Ongoing, no end date") > marker);
});

test("the barriers page gives each barrier's title, description, ask of Government and theme", () => {
  for (const slug of councils) {
    const barriers = council(slug).plan.data.barriers ?? [];
    assert.ok(barriers.length > 0);
    const page = pageText(main(`/${slug}/barriers/`));
    for (const barrier of barriers) {
      const words = pageText(section(main(`/${slug}/barriers/`), barrier.title));
      assert.ok(words.includes(prose(barrier.description ?? "")), `${slug} ${barrier.id} description`);
      assert.ok(words.includes(`What we ask the Government to do ${prose(barrier.ask ?? "")}`), `${slug} ${barrier.id}: ${words}`);
    }
    assert.ok(page.includes("Barriers and asks of the Government"));
  }
  const fees = section(main("/brackenfold/barriers/"), "Planning fees set below cost");
  assert.match(fees, 'Theme: <a class="govuk-link" href="/brackenfold/themes/services/">Transforming services</a>');
  assert.ok(
    pageText(fees).includes("Let councils set their own planning fees to cover their costs, with a national cap, from April 2026."),
  );
});

test("the about page says how the plan was agreed, including a plan sent to Government before approval", () => {
  const kestrelmouth = pageText(section(main("/kestrelmouth/about/"), "How the plan was agreed"));
  assert.ok(kestrelmouth.includes("Decision Cabinet resolution Decided by Cabinet Date decided 30 July 2024"), kestrelmouth);
  assert.ok(kestrelmouth.includes("Sent to Government 19 July 2024, before it was decided on"));
  assert.ok(
    kestrelmouth.includes(
      "The plan was sent to Government on 19 July 2024, subject to approval; Cabinet approved the plan on 30 July 2024.",
    ),
  );
  assert.match(
    main("/kestrelmouth/about/"),
    'href="https://www.kestrelmouth.example.gov.uk/meetings/cabinet/2024-07-30/minutes">Read the minutes of the meeting</a>',
  );
  assert.match(
    main("/kestrelmouth/about/"),
    'href="https://www.kestrelmouth.example.gov.uk/meetings/cabinet/2024-07-30/decisions/productivity-plan">Read the decision CAB/2024/047</a>',
  );

  const fernshire = pageText(section(main("/fernshire/about/"), "How the plan was agreed"));
  assert.ok(fernshire.includes("Decision Joint decision of the Leader and the Chief Executive"), fernshire);
  assert.not.ok(fernshire.includes("before it was agreed"), "Fernshire sent its plan the day after agreeing it");
  assert.ok(
    fernshire.includes(
      "Who may amend it the Chief Executive, in consultation with the Leader What they may change to amend the plan from time to time",
    ),
    fernshire,
  );

  const brackenfold = pageText(section(main("/brackenfold/about/"), "How the plan was agreed"));
  assert.ok(
    brackenfold.includes("Decision Committee resolution Decided by Policy and Resources Committee Date decided 11 July 2024"),
    brackenfold,
  );
});

test("the about page gives what the plan builds on, its revisions, contact details and the council's codes", () => {
  const kestrelmouth = pageText(main("/kestrelmouth/about/"));
  assert.ok(
    kestrelmouth.includes(
      "This plan builds on the Improvement and Recovery Plan, whose progress is reported to the government-appointed Commissioners.",
    ),
  );
  assert.ok(kestrelmouth.includes("Type of council Unitary"));

  const html = main("/brackenfold/about/");
  const revisions = pageText(section(html, "Changes to the plan"));
  assert.ok(
    revisions.startsWith("Changes to the plan 11 September 2025 The committee removed the planned cut to telephone opening hours"),
    revisions,
  );
  assert.ok(revisions.endsWith("Agreed by Policy and Resources Committee."));
  const contact = council("brackenfold").council.data.contact;
  assert.match(html, `<a class="govuk-link" href="mailto:${contact.email}">${contact.email}</a>`);
  assert.match(html, 'href="tel:01632960418">01632&nbsp;960&nbsp;418</a>');
  assert.ok(pageText(html).includes(`Address ${contact.address}`));
  assert.ok(pageText(html).includes("Team Policy and Performance Team"));
  assert.ok(pageText(html).includes("Government Statistical Service (GSS) code E07000990"));
  assert.match(html, '<a class="govuk-link" href="https://www.brackenfold.example.gov.uk">https://www.brackenfold.example.gov.uk</a>');
  assert.ok(pageText(html).includes("Type of council District"));
});

test("each of these pages is at most 14 KB gzipped", () => {
  for (const slug of councils) {
    const pages = [
      "progress/",
      "timeline/",
      "barriers/",
      "about/",
      ...readdirSync(join(site.outputDir, slug, "progress"))
        .filter((name) => name !== "index.html")
        .map((name) => `progress/${name}/`),
    ];
    for (const path of pages) {
      const size = gzipSync(site.page(`/${slug}/${path}`)).length;
      assert.ok(size <= 14 * 1024, `/${slug}/${path} is ${size} bytes gzipped`);
    }
  }
});

test.run();
