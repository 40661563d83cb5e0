import { test } from "uvu";
import * as assert from "uvu/assert";
import { councilsOnOnePage, pageBreadcrumbs, sitePages, type PageRecord } from "../../lib/site/pages.ts";
import { actionsPerPage } from "../../lib/site/a-to-z.ts";
import { splitSiteContent } from "../helpers/split-site.ts";
import { loadContent } from "../../lib/load/content.ts";
import { deriveSite } from "../../lib/derive/site.ts";
import { examplesDir } from "../helpers/build.ts";

const council = { slug: "brackenfold", shortName: "Brackenfold" };
const several = {};
const one = { onlyCouncil: council } as Parameters<typeof pageBreadcrumbs>[0];

test("a council's plan page ends its breadcrumbs at the council, unlinked", () => {
  assert.equal(pageBreadcrumbs(several, council), [{ text: "All councils", href: "/" }, { text: "Brackenfold" }]);
});

test("a page below the plan links the council, then follows its trail", () => {
  assert.equal(
    pageBreadcrumbs(several, council, [{ text: "Progress updates", href: "/brackenfold/progress/" }, { text: "July to September 2025" }]),
    [
      { text: "All councils", href: "/" },
      { text: "Brackenfold", href: "/brackenfold/" },
      { text: "Progress updates", href: "/brackenfold/progress/" },
      { text: "July to September 2025" },
    ],
  );
});

test("a page every council shares follows All councils with its trail", () => {
  assert.equal(pageBreadcrumbs(several, undefined, [{ text: "A to Z of actions" }]), [
    { text: "All councils", href: "/" },
    { text: "A to Z of actions" },
  ]);
});

test("on a site of one council the crumbs start at its plan, and the plan page has none", () => {
  assert.equal(pageBreadcrumbs(one, council), []);
  assert.equal(pageBreadcrumbs(one, council, [{ text: "Timeline" }]), [
    { text: "Brackenfold", href: "/brackenfold/" },
    { text: "Timeline" },
  ]);
  assert.equal(pageBreadcrumbs(one, council, [{ text: "A to Z of actions" }]), [
    { text: "Brackenfold", href: "/brackenfold/" },
    { text: "A to Z of actions" },
  ]);
});

const settings = { siteUrl: "https://plans.example.org", pathPrefix: "/", asOf: "2026-11-23" };
const examples = sitePages(deriveSite(loadContent(examplesDir), "2026-11-23"), settings);
const oneCouncil = sitePages(deriveSite(loadContent("tests/fixtures/one-council"), "2026-11-23"), settings);

test("every page of the site has one record, with its own address", () => {
  const urls = Object.values(examples.pages).flatMap((list: PageRecord[]) => list.map((record) => record.url));
  assert.is(new Set(urls).size, urls.length);
  const councils = examples.councils.length;
  assert.is(examples.pages.plan.length, councils);
  assert.is(examples.pages.progress.length, councils);
  assert.is(examples.pages.action.length, examples.councils.flatMap((council) => council.actions).length);
  assert.is(examples.pages.update.length, examples.councils.flatMap((council) => council.updates).length);
  assert.ok(urls.includes("/brackenfold/actions/cs1/") && urls.includes("/404.html") && urls.includes("/"));
});

test("an action's record: its title, its trail through its theme, its council and what search is told", () => {
  const record = examples.pages.action.find((page) => page.url === "/brackenfold/actions/cs1/");
  assert.ok(record);
  assert.is(record.title, record.action.title);
  assert.equal(record.breadcrumbs, [
    { text: "All councils", href: "/" },
    { text: "Brackenfold", href: "/brackenfold/" },
    { text: record.theme?.title ?? "", href: `/brackenfold/themes/${record.theme?.slug}/` },
    { text: "CS1" },
  ]);
  assert.is(record.council.slug, "brackenfold");
  assert.is(record.search?.type, "action");
});

test("only a council's plan, theme, action, report, barriers and about pages tell search anything", () => {
  const searched = Object.entries(examples.pages)
    .filter(([, list]: [string, PageRecord[]]) => list.some((record) => record.search !== undefined))
    .map(([name]) => name)
    .sort();
  assert.equal(searched, ["about", "action", "barriers", "plan", "theme", "update"]);
});

test("the home page and search have no trail; a site of one council has no comparison, and its shared pages start at its plan", () => {
  assert.equal(examples.pages.home[0]?.breadcrumbs, []);
  assert.equal(examples.pages.search[0]?.breadcrumbs, []);
  assert.is(examples.pages.compare.length, 1);
  assert.is(oneCouncil.pages.compare.length, 0);
  const slug = oneCouncil.onlyCouncil?.slug;
  assert.equal(oneCouncil.pages.aToZ[0]?.breadcrumbs[0]?.href, `/${slug}/`);
  assert.equal(oneCouncil.pages.plan[0]?.breadcrumbs, []);
  assert.is(oneCouncil.pages.home[0]?.redirect, `/${slug}/`);
});

test("a plan without milestones has no timeline record, and one without a barriers section no barriers record", () => {
  for (const council of examples.councils) {
    assert.is(
      examples.pages.timeline.some((record) => record.council === council),
      council.milestones.length > 0,
      council.slug,
    );
    assert.is(
      examples.pages.barriers.some((record) => record.council === council),
      council.barriers !== undefined,
      council.slug,
    );
  }
});

test("a feed is worked out only when it is read, and then once", () => {
  const file = examples.feeds.councils[0];
  assert.ok(file);
  assert.is(file.url, "/brackenfold/feed.xml");
  const feed = file.feed;
  assert.is(file.feed, feed);
  assert.ok(feed.entries.length > 0);
});

const split = sitePages(deriveSite(loadContent(splitSiteContent()), "2026-11-23"), settings);

test("a site of few councils and actions keeps the A to Z, the comparison, the open data and the statement on one page each", () => {
  assert.ok(examples.councils.length <= councilsOnOnePage);
  assert.ok(examples.pages.aToZ[0]?.aToZ);
  assert.is(examples.pages.aToZ[0]?.pages, undefined);
  assert.is(examples.pages.aToZLetter.length, 0);
  assert.ok((examples.pages.compare[0]?.themes.length ?? 0) > 0);
  assert.is(examples.pages.compare[0]?.themePages, undefined);
  assert.is(examples.pages.compareTheme.length, 0);
  assert.is(examples.pages.data[0]?.councilPages, undefined);
  assert.is(examples.pages.councilData.length, 0);
  assert.is(examples.pages.accessibility[0]?.councilLinesApart, false);
  assert.is(examples.pages.accessibility[0]?.statement.replies.length, examples.councils.length);
  assert.is(oneCouncil.pages.aToZLetter.length, 0);
});

test("with more actions than a page holds, the A to Z is an index and a page per letter, a long letter in parts", () => {
  const actions = split.councils.flatMap((council) => council.actions).length;
  assert.ok(actions > actionsPerPage);
  const index = split.pages.aToZ[0];
  assert.is(index?.aToZ, undefined);
  assert.is(index?.pages?.total, actions);
  const letters = split.pages.aToZLetter;
  assert.is(
    letters.reduce((sum, page) => sum + page.letter.entries.length, 0),
    actions,
  );
  assert.ok(letters.every((page) => page.letter.entries.length <= actionsPerPage));
  const r2 = letters.find((page) => page.url === "/a-to-z/r/2/");
  assert.is(r2?.title, "A to Z of actions: R, part 2 of 2");
  assert.equal(r2?.breadcrumbs, [
    { text: "All councils", href: "/" },
    { text: "A to Z of actions", href: "/a-to-z/" },
    { text: "R, part 2 of 2" },
  ]);
  assert.is(letters.find((page) => page.url === "/a-to-z/a/")?.title, "A to Z of actions: A");
});

test("with more councils than a page lists, each theme is compared on its own page, and the whole plan stays on /compare/", () => {
  assert.ok(split.councils.length > councilsOnOnePage);
  const compare = split.pages.compare[0];
  assert.is(compare?.overall.length, split.councils.length);
  assert.equal(compare?.themes, []);
  assert.equal(
    compare?.themePages?.map((theme) => theme.url),
    split.pages.compareTheme.map((page) => page.url),
  );
  const services = split.pages.compareTheme.find((page) => page.url === "/compare/services/");
  assert.is(services?.title, "Compare councils: Transforming services");
  assert.equal(services?.breadcrumbs.at(-2), { text: "Compare councils", href: "/compare/" });
  assert.is(services?.theme.rows.length, split.councils.length);
});

test("with more councils than a page lists, each council's feeds and files are on its own data page, which /data/ lists", () => {
  const data = split.pages.data[0];
  assert.equal(
    data?.councilPages?.map((council) => council.url),
    split.councils.map((council) => `/${council.slug}/data/`),
  );
  const first = split.pages.councilData[0];
  assert.is(first?.url, `/${split.councils[0]?.slug}/data/`);
  assert.is(first?.title, "Open data, feeds and calendars");
  assert.equal(first?.breadcrumbs.at(-1), { text: "Open data" });
  assert.is(first?.council, split.councils[0]);
});

test("with more councils than a page lists, the shared statement leaves each council's reply time to the council's own", () => {
  const statement = split.pages.accessibility[0];
  assert.is(statement?.councilLinesApart, true);
  assert.equal(statement?.statement.replies, []);
  assert.is(split.pages.councilAccessibility.length, split.councils.length);
});

test("the site's statement lists the browser editor's known failures, with its version, only on a site that serves it", async () => {
  const { editorVersion } = await import("../../lib/site/known-failures.ts");
  const { readFileSync } = await import("node:fs");
  const pinned = JSON.parse(readFileSync("package.json", "utf8")).dependencies["decap-cms"];
  assert.is(editorVersion, pinned);
  const statement = (editor: unknown) =>
    JSON.stringify(
      sitePages(deriveSite(loadContent(examplesDir), "2026-11-23"), { ...settings, editor }).pages.accessibility[0]?.statement,
    );
  assert.match(statement({ repo: "council/plan", branch: "main" }), `Decap CMS ${editorVersion}`);
  assert.not.match(statement(false), "Decap CMS");
});

test.run();
