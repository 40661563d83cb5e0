/**
 * Real councils' plans and reports (tests/fixtures/real), built as a site and read page by page, feed by feed and
 * file by file: nothing on them states a status, a date, a saving or "overdue" that the council's own files do not
 * give, and nothing reads as a placeholder, an empty table or "£0 of £0".
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { buildExampleSite, testEpoch, withCharactersShown } from "../helpers/build.ts";
import { loadContent } from "../../lib/load/content.ts";
import { formatMoney } from "../../lib/format/money.ts";
import { parseDueDate } from "../../lib/time/due-date.ts";
import { parseReportPeriod } from "../../lib/time/report-period.ts";
import { financialYearEnd, financialYearStart, parseFinancialYear } from "../../lib/time/financial-quarter.ts";
import { milestoneStatuses } from "../../lib/schema/vocabulary.ts";
import { asOfDate } from "../../lib/time/clock.ts";

const contentDir = "tests/fixtures/real";
const site = buildExampleSite({ CONTENT_DIR: contentDir });
const content = loadContent(contentDir);
const asOf = asOfDate({ SOURCE_DATE_EPOCH: testEpoch });

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const builtFiles = filesUnder(site.outputDir).filter((path) => !relative(site.outputDir, path).startsWith("pagefind"));
const read = (path: string): string => withCharactersShown(readFileSync(path, "utf8"));
const pages = builtFiles.filter((path) => path.endsWith(".html"));
const outputs = builtFiles.filter((path) => /\.(xml|ics|csv|json)$/.test(path) && !path.endsWith("schema.json"));

/** The words of a page's <main>, tags removed. */
function words(html: string): string {
  const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? html;
  return main
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ");
}

/** Everything one council's files say, as text, to look its words, dates and figures up in. */
function councilSource(slug: string): string {
  return filesUnder(join(contentDir, "councils", slug))
    .filter((path) => /\.(ya?ml|md)$/.test(path))
    .map((path) => readFileSync(path, "utf8"))
    .join("\n");
}

const councils = content.councils.map((council) => ({ slug: council.slug, loaded: council, source: councilSource(council.slug) }));

test("the real councils load with no mistake, and the corpus covers the untidy shapes of real plans", () => {
  assert.equal(
    content.errors.filter((error) => error.severity !== "warning"),
    [],
  );
  assert.ok(councils.length >= 4, "at least four real councils");
  const all = content.councils;
  const actions = all.flatMap((council) => council.actions.map((action) => action.data));
  const reports = all.flatMap((council) => council.updates.map((update) => update.data));
  assert.ok(
    all.some((council) => council.actions.length === 0),
    "a plan with no structured actions",
  );
  assert.ok(
    actions.some(
      (action) =>
        action.owner === undefined &&
        (action.milestones ?? []).every((milestone) => milestone.due === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(milestone.due)),
    ),
    "an action with no owner and no dated milestone",
  );
  assert.ok(
    actions.some((action) =>
      (action.milestones ?? []).some((milestone) => milestone.due === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(milestone.due)),
    ) || all.some((council) => council.plan.data.submitted?.startsWith("by ")),
    "a vague date",
  );
  assert.ok(
    all.some((council) => council.plan.data.submitted !== undefined && council.plan.data.approval?.due !== undefined),
    "a plan sent to Government before it was agreed",
  );
  assert.ok(
    reports.some((report) => {
      const period = parseReportPeriod(report.period);
      return !("problem" in period) && period.cadence !== "quarter";
    }),
    "a report that is not quarterly",
  );
  assert.ok(
    reports.some((report) => report.author !== undefined),
    "a report by someone other than the council",
  );
  assert.ok(
    all.some((council) => (council.plan.data.ratings ?? []).length > 0),
    "a council's own rating scale",
  );
  assert.ok(
    actions.some((action) => (action.savings ?? []).length > 0),
    "a saving stated in the plan",
  );
});

test("no page, feed, calendar or data file says 'not started' for what no one rated, or shows a placeholder, £0 or 0 of 0", () => {
  const statedNotStarted = councils.some((council) => /status: "not started"/i.test(council.source));
  for (const path of [...pages, ...outputs]) {
    // A count of milestones by status names every status, with its count: "not started": 0 says none is.
    const text = path.endsWith(".html") ? words(read(path)) : read(path).replace(/"not started": 0\b/g, "");
    const where = relative(site.outputDir, path);
    // The data page lists every status word a file may hold, as documentation of the columns, not about any milestone.
    if (!statedNotStarted && where !== "data/index.html")
      assert.not.match(text.toLowerCase(), "not started", `${where} says "not started"`);
    assert.not.match(text, /£0(?![\d.,])/, `${where} shows £0`);
    assert.not.match(text, /\b0 of 0\b/, `${where} shows 0 of 0`);
    // A short name that ends in "Council" is not given a second one ("Rotherham Council council website").
    // Looked for within one run of text, so that a heading "Council" after a council's name does not count.
    assert.not.match(read(path), /\bcouncil council\b/i, `${where} says "council council"`);
    for (const placeholder of [
      "example.invalid",
      "Not stated in the plan",
      "No milestones yet",
      "Nothing changed",
      "your-council.gov.uk",
    ]) {
      assert.not.match(text, placeholder, `${where} shows "${placeholder}"`);
    }
  }
});

test("no page has an empty table, an empty chart or a heading with nothing under it", () => {
  for (const path of pages) {
    const html = read(path);
    const where = relative(site.outputDir, path);
    assert.not.match(html, /<h2[^>]*>[^<]*<\/h2>\s*(<h2|<\/main>)/, `${where} has a section heading with nothing under it`);
    assert.not.match(html, /<tbody[^>]*>\s*<\/tbody>/, `${where} has an empty table`);
    for (const figure of html.matchAll(/<div class="app-chart">([\s\S]*?)<\/div>/g)) {
      assert.match(figure[1] ?? "", "<svg", `${where} has a chart with no drawing`);
    }
  }
});

test("every status word on a council's pages is one its files give, or says that no rating or progress was reported", () => {
  for (const council of councils) {
    const stated = new Set([...council.source.matchAll(/status: "([^"]+)"/g)].map((match) => (match[1] ?? "").toLowerCase()));
    for (const rating of council.loaded.plan.data.ratings ?? []) stated.add(rating.word.toLowerCase());
    // "Not rated" says that a report mentioned a milestone without rating it: a statement of what is missing, as
    // "no progress reported" is.
    const allowed = new Set([...stated, "not rated", "no progress reported", "date passed, no progress reported", "overdue"]);
    for (const path of pages.filter((page) => relative(site.outputDir, page).startsWith(`${council.slug}/`))) {
      for (const tag of read(path).matchAll(/<strong class="govuk-tag[^"]*">([^<]+)<\/strong>/g)) {
        const word = (tag[1] ?? "").trim().toLowerCase();
        assert.ok(
          allowed.has(word),
          `${relative(site.outputDir, path)} shows the status "${tag[1]}", which ${council.slug}'s files do not give`,
        );
      }
    }
  }
});

/** The dates a council's files give, and the first and last days of every period they name. */
function datesGiven(source: string): Set<string> {
  const dates = new Set<string>([...source.matchAll(/\b(\d{4}-\d{2}-\d{2}|\d{4}-\d{2})\b/g)].map((match) => match[1] ?? ""));
  for (const match of source.matchAll(/"(\d{4}\/\d{2}(?: [QH][1-4])?)"/g)) {
    const year = parseFinancialYear((match[1] ?? "").slice(0, 7));
    if (year) {
      dates.add(financialYearStart(year));
      dates.add(financialYearEnd(year));
    }
    const period = parseReportPeriod(match[1] ?? "");
    if (!("problem" in period)) {
      dates.add(period.start);
      dates.add(period.end);
    }
    const due = parseDueDate(match[1] ?? "");
    if (!("problem" in due) && due.end) dates.add(due.end);
  }
  return dates;
}

test("every date on a council's pages is one its files give, the end of a period they name, or the day the site was built", () => {
  for (const council of councils) {
    const allowed = datesGiven(council.source);
    allowed.add(asOf);
    for (const path of pages.filter((page) => relative(site.outputDir, page).startsWith(`${council.slug}/`))) {
      for (const time of read(path).matchAll(/<time datetime="([^"]+)">/g)) {
        assert.ok(
          allowed.has(time[1] ?? ""),
          `${relative(site.outputDir, path)} shows the date ${time[1]}, which ${council.slug}'s files do not give`,
        );
      }
    }
  }
});

test("every sum of money on a council's pages is a figure its files give, or a total of those figures", () => {
  for (const council of councils) {
    const figures = council.loaded.actions.flatMap((action) => [
      ...(action.data.savings ?? []).flatMap((saving) => [saving.amount, saving.delivered]),
    ]);
    const reported = council.loaded.updates.flatMap((update) => (update.data.savings ?? []).map((saving) => saving.delivered));
    const stated = [...figures, ...reported].filter((figure): figure is number => figure !== undefined);
    const allowed = new Set(stated.map(formatMoney));
    // Totals of the figures given, per kind: planned and delivered.
    const planned = council.loaded.actions.flatMap((action) =>
      (action.data.savings ?? []).flatMap((saving) => (saving.amount === undefined ? [] : [saving.amount])),
    );
    if (planned.length > 0) allowed.add(formatMoney(planned.reduce((sum, amount) => sum + amount, 0)));
    // Money the narrative itself writes, as it writes it.
    for (const match of council.source.matchAll(/£[\d.,]+(?: ?(?:million|m|bn|billion|k))?/g)) allowed.add(match[0]);
    for (const path of pages.filter((page) => relative(site.outputDir, page).startsWith(`${council.slug}/`))) {
      for (const money of words(read(path)).matchAll(/£[\d.,]+(?: million| billion)?/g)) {
        const figure = money[0].replace(/[.,]$/, "");
        assert.ok(
          allowed.has(figure) || [...allowed].some((given) => given.startsWith(figure)),
          `${relative(site.outputDir, path)} shows ${figure}, which ${council.slug}'s files do not give`,
        );
      }
    }
  }
});

test("'overdue' and 'date passed' appear only for milestones whose files give a date that has passed", () => {
  for (const council of councils) {
    const passed = council.loaded.actions
      .flatMap((action) => action.data.milestones ?? [])
      .some((milestone) => {
        const due = parseDueDate(milestone.due);
        return !("problem" in due) && due.end !== undefined && due.end < asOf;
      });
    const revised = /revised_due:/.test(council.source);
    if (passed || revised) continue;
    for (const path of [...pages, ...outputs].filter((file) => relative(site.outputDir, file).startsWith(`${council.slug}/`))) {
      const text = path.endsWith(".html") ? words(read(path)) : read(path);
      assert.not.match(text, /overdue|date passed|past (its|their) date/i, `${relative(site.outputDir, path)} calls something overdue`);
    }
  }
});

test("a milestone no one has rated is 'no progress reported' in the open data, and a saving no one gave is left out", () => {
  const all = JSON.parse(read(join(site.outputDir, "data/all.json"))) as {
    councils: {
      slug: string;
      actions: { milestones: { id: string; status: string; status_source?: string }[]; savings?: Record<string, unknown>[] }[];
    }[];
  };
  const sites = new Map(all.councils.map((council) => [council.slug, council]));
  for (const council of councils) {
    const data = sites.get(council.slug);
    assert.ok(data, `${council.slug} is in all.json`);
    const ratedIds = new Set([
      ...council.loaded.actions.flatMap((action) =>
        (action.data.milestones ?? []).filter((milestone) => milestone.status).map((milestone) => milestone.id),
      ),
      ...council.loaded.updates.flatMap((update) => Object.keys(update.data.milestones ?? {})),
    ]);
    for (const milestone of (data?.actions ?? []).flatMap((action) => action.milestones)) {
      if (!ratedIds.has(milestone.id)) assert.is(milestone.status, "no progress reported", `${council.slug} ${milestone.id}`);
      else assert.ok([...milestoneStatuses, "no progress reported"].includes(milestone.status as never));
    }
    for (const saving of (data?.actions ?? []).flatMap((action) => action.savings ?? [])) {
      for (const value of Object.values(saving)) assert.is.not(value, 0, `${council.slug} has a saving of 0 no one gave`);
    }
  }
});

test("the list of councils calls overdue only what a report rated, and says which dates passed with nothing reported", () => {
  const home = withCharactersShown(site.page(""))
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
  // Bracknell Forest: 6 milestones past their dates, 1 of them rated ("not rated") and 5 never reported on.
  assert.match(home, "Bracknell Forest Council Council Plan 0 of 6 1 and 5 past their dates with no progress reported");
});

test.run();
