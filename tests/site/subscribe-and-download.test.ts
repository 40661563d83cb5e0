/**
 * The built example site's feeds, calendars, open data, sitemap, robots.txt and 404 page, read back with
 * real parsers and counted against the content files. Built under a path prefix, as on GitHub Pages, so that
 * every absolute URL has to carry it.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import ICAL from "ical.js";
import { parse as parseCsv } from "csv-parse/sync";
import { Ajv } from "ajv";
import { buildExampleSite, examplesDir, runBuild } from "../helpers/build.ts";
import { loadContent } from "../../lib/load/content.ts";

const siteUrl = "https://example.github.io";
const prefix = "/plans/";
const base = `${siteUrl}/plans`;
const env = { SITE_URL: siteUrl, PATH_PREFIX: prefix };
const site = buildExampleSite(env);
/** The day the example site is judged on (tests/helpers/build.ts). */
const asOf = "2026-11-23";

// The content, read as files: what the outputs are counted against.
const content = loadContent(examplesDir);
const councils = content.councils.map((council) => {
  const published = council.updates.filter((update) => (update.data.published ?? "") <= asOf);
  const milestones = council.actions.flatMap((action) => action.data.milestones ?? []);
  const measureIds = new Set(council.actions.flatMap((action) => (action.data.measures ?? []).map((measure) => measure.id)));
  const savingsLines = new Set([
    ...council.actions.flatMap((action) => (action.data.savings ?? []).map((saving) => `${action.data.id} ${saving.year ?? "whole plan"}`)),
    ...published.flatMap((update) => (update.data.savings ?? []).map((saving) => `${saving.action} ${saving.year ?? "whole plan"}`)),
  ]);
  return {
    slug: council.slug,
    published,
    actions: council.actions.length,
    milestones,
    datedMilestones: milestones.filter((milestone) => milestone.due !== undefined && milestone.due !== "ongoing"),
    measureValues: published.reduce(
      (sum, update) => sum + Object.keys(update.data.measures ?? {}).filter((id) => measureIds.has(id)).length,
      0,
    ),
    savingsLines: savingsLines.size,
  };
});
const sum = (count: (council: (typeof councils)[number]) => number): number =>
  councils.reduce((total, council) => total + count(council), 0);

test("the example content has all three councils, each with updates and a milestone whose date moved", () => {
  assert.equal(councils.map((council) => council.slug).sort(), ["brackenfold", "fernshire", "kestrelmouth"]);
  assert.ok(councils.every((council) => council.published.length > 0));
});

// Atom feeds

const dayOf = (date: Date | null): string => (date ? date.toISOString().slice(0, 10) : "no date");

test("each council's feed has every published update, with its published date and its full narrative", () => {
  for (const council of councils) {
    const feed = parseFeed(site.page(`/${council.slug}/feed.xml`));
    assert.is(feed.items.length, council.published.length, council.slug);
    assert.is(feed.self, `${base}/${council.slug}/feed.xml`);
    for (const update of council.published) {
      const slug = update.slug;
      const item = feed.items.find((each) => each.id === `${base}/${council.slug}/progress/${slug}/`);
      assert.ok(item, `${council.slug} ${update.data.period} is not in its feed`);
      assert.is(item.url, item.id);
      assert.is(dayOf(item.updated), update.data.published);
      const words = /[A-Za-z][A-Za-z ]{20,}/.exec(update.narrative)?.[0] ?? "";
      assert.ok(
        words.length > 20 && item.content?.includes(words),
        `${council.slug} ${update.data.period}: "${words}" is not in the entry`,
      );
    }
    const newest = council.published
      .map((update) => update.data.published)
      .sort()
      .at(-1);
    assert.is(dayOf(feed.updated), newest);
  }
});

test("the site feed has every council's published updates", () => {
  const feed = parseFeed(site.page("/feed.xml"));
  assert.is(
    feed.items.length,
    sum((council) => council.published.length),
  );
  assert.is(new Set(feed.items.map((item) => item.id)).size, feed.items.length);
  assert.is(feed.self, `${base}/feed.xml`);
  assert.is(
    dayOf(feed.updated),
    councils
      .flatMap((council) => council.published.map((update) => update.data.published))
      .sort()
      .at(-1),
  );
});

test("every link in a feed entry is absolute, with the path prefix", () => {
  const feed = parseFeed(site.page("/brackenfold/feed.xml"));
  for (const item of feed.items) {
    const hrefs = [...(item.content ?? "").matchAll(/href="([^"]*)"/g)].map((match) => match[1] ?? "");
    assert.ok(hrefs.length > 0);
    assert.equal(
      hrefs.filter((href) => !href.startsWith(`${base}/`)),
      [],
    );
  }
});

test("every page names the site feed for autodiscovery, and a council's pages name its own", () => {
  const home = site.page("/");
  assert.match(home, `<link rel="alternate" type="application/atom+xml" href="/plans/feed.xml"`);
  const council = site.page("/brackenfold/");
  assert.match(council, `<link rel="alternate" type="application/atom+xml" href="/plans/feed.xml"`);
  assert.match(council, `<link rel="alternate" type="application/atom+xml" href="/plans/brackenfold/feed.xml"`);
  assert.not.match(home, "/brackenfold/feed.xml");
});

// Calendars

function calendarEvents(slug: string) {
  const calendar = new ICAL.Component(ICAL.parse(site.page(`/${slug}/milestones.ics`)));
  return {
    calendar,
    events: calendar.getAllSubcomponents("vevent").map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        date: event.startDate.toString(),
        allDay: event.startDate.isDate,
        summary: event.summary,
        description: event.description,
        sequence: event.sequence,
      };
    }),
  };
}

test("each council's calendar has every milestone with a date, exactly once, as an all-day event", () => {
  for (const council of councils) {
    const { calendar, events } = calendarEvents(council.slug);
    const uids = events.map((event) => event.uid);
    assert.is(new Set(uids).size, uids.length, `${council.slug} has an event twice`);
    assert.equal(
      uids.sort(),
      council.datedMilestones.map((milestone) => `${council.slug}-${milestone.id.toLowerCase()}@example.github.io`).sort(),
    );
    assert.ok(events.every((event) => event.allDay));
    assert.is(calendar.getFirstPropertyValue("method"), "PUBLISH");
    assert.ok(calendar.getFirstPropertyValue("prodid"));
    assert.ok(calendar.getFirstPropertyValue("x-wr-calname"));
  }
});

test("a milestone whose date was revised twice appears once, on its latest date", () => {
  const { events } = calendarEvents("brackenfold");
  const foodWaste = events.filter((event) => event.uid === "brackenfold-wc1-m4@example.github.io");
  assert.is(foodWaste.length, 1);
  // First due 31 March 2026, moved to 30 June 2026, then to October 2026: the last day of October.
  assert.is(foodWaste[0]?.date, "2026-10-31");
  assert.is(foodWaste[0]?.sequence, 2);
  assert.is(foodWaste[0]?.summary, "Weekly food waste collections start for every household (due by October 2026)");
  assert.match(foodWaste[0]?.description ?? "", "Status: delayed, overdue");
  assert.match(foodWaste[0]?.description ?? "", "Action WC1: Redesign bin collection rounds and start food waste collections.");
});

// Open data

const csv = (path: string): Record<string, string>[] => parseCsv(site.page(path), { columns: true }) as Record<string, string>[];

test("every CSV has one row per item in the content, per council and for the whole site", () => {
  const expected = {
    actions: (council: (typeof councils)[number]) => council.actions,
    milestones: (council: (typeof councils)[number]) => council.milestones.length,
    measures: (council: (typeof councils)[number]) => council.measureValues,
    savings: (council: (typeof councils)[number]) => council.savingsLines,
  };
  for (const [table, count] of Object.entries(expected)) {
    for (const council of councils) assert.is(csv(`/data/${council.slug}/${table}.csv`).length, count(council), `${council.slug} ${table}`);
    assert.is(csv(`/data/${table}.csv`).length, sum(count), `${table} for every council`);
  }
});

test("the milestones CSV gives the revised milestone its current and original due dates", () => {
  const row = csv("/data/brackenfold/milestones.csv").find((each) => each["milestone_id"] === "WC1-M4");
  assert.equal(
    [row?.["status"], row?.["due"], row?.["due_end"], row?.["original_due"], row?.["revisions"], row?.["slippage_days"], row?.["overdue"]],
    ["delayed", "2026-10", "2026-10-31", "2026-03-31", "2", "214", "true"],
  );
});

test("every JSON file validates against the schema published at /data/schema.json", () => {
  const schema: unknown = JSON.parse(site.page("/data/schema.json"));
  assert.is((schema as { $id?: string }).$id, `${base}/data/schema.json`);
  const validate = new Ajv({ allErrors: true }).compile(schema as object);
  for (const name of ["all", ...councils.map((council) => council.slug)]) {
    const data = JSON.parse(site.page(`/data/${name}.json`)) as { $schema: string; councils: { actions: { milestones: unknown[] }[] }[] };
    assert.ok(validate(data), `${name}.json: ${JSON.stringify(validate.errors?.slice(0, 3), null, 2)}`);
    assert.is(data.$schema, `${base}/data/schema.json`);
  }
  const all = JSON.parse(site.page("/data/all.json")) as { councils: { actions: { milestones: unknown[] }[] }[] };
  assert.is(all.councils.length, councils.length);
  assert.is(
    all.councils.reduce((total, council) => total + council.actions.reduce((count, action) => count + action.milestones.length, 0), 0),
    sum((council) => council.milestones.length),
  );
});

test("the data page documents every CSV column and gives the licence", () => {
  const page = site.page("/data/");
  for (const table of ["actions", "milestones", "measures", "savings"]) {
    const [header] = parseCsv(site.page(`/data/${table}.csv`), { toLine: 1 }) as string[][];
    for (const column of header ?? [])
      assert.match(page, `<code>${column}</code>`, `${table}.csv column ${column} is not on the data page`);
  }
  assert.match(page, "Open Government Licence v3.0");
  assert.match(page, 'href="/plans/data/schema.json"');
  assert.match(page, 'href="/plans/brackenfold/milestones.ics"');
  assert.match(page, 'id="subscribe"');
});

// Sitemap, robots.txt and the 404 page

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

test("the sitemap lists every HTML page but the 404 page, each by its absolute address", () => {
  const listed = [...site.page("/sitemap.xml").matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? "").sort();
  const pages = htmlFiles(site.outputDir)
    .map((file) => relative(site.outputDir, file).split(sep).join("/"))
    .filter((file) => file !== "404.html")
    .map((file) => `${base}/${file.replace(/(^|\/)index\.html$/, "$1")}`)
    .sort();
  assert.ok(pages.length > 50);
  assert.equal(listed, pages);
});

test("robots.txt points to the sitemap's absolute address", () => {
  assert.match(site.page("/robots.txt"), `Sitemap: ${base}/sitemap.xml`);
});

test("the 404 page helps people find what they were looking for", () => {
  const page = site.page("/404.html");
  assert.match(page, '<h1 class="govuk-heading-xl">Page not found</h1>');
  assert.match(page, 'href="/plans/search/"');
  assert.match(page, 'href="/plans/a-to-z/"');
  assert.match(page, 'href="/plans/"');
});

// Determinism

test("a second build with the same SOURCE_DATE_EPOCH gives byte-identical feeds, calendars and data", () => {
  const again = runBuild(env);
  assert.is(again.status, 0, again.stderr);
  const files = ["feed.xml", "sitemap.xml", "robots.txt", "data/all.json", "data/schema.json", "data/milestones.csv", "data/measures.csv"];
  for (const council of councils) files.push(`${council.slug}/feed.xml`, `${council.slug}/milestones.ics`, `data/${council.slug}.json`);
  for (const file of files)
    assert.ok(readFileSync(join(again.outputDir, file)).equals(readFileSync(join(site.outputDir, file))), `${file} differs`);
});

test.run();
