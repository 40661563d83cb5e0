import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync } from "node:fs";
import { collectionPage, councilPageLists, partOfSite, SiteBuild } from "../../lib/build/site-build.ts";
import { pageListScope } from "../../lib/site/pages.ts";
import { readSettings } from "../../lib/settings.ts";
import type { SiteView } from "../../lib/derive/site.ts";

const settings = readSettings({ SOURCE_DATE_EPOCH: "1795435200" });

test("a build of every page renders every template; a part only the councils' own; the site-wide build only the rest", () => {
  const every = new SiteBuild({ settings, renders: "every page" });
  const part = new SiteBuild({ settings, renders: "council pages" });
  const siteWide = new SiteBuild({ settings, renders: "site-wide pages" });
  for (const list of [
    "site.councils",
    "site.pages.plan",
    "site.pages.theme",
    "site.pages.action",
    "site.pages.update",
    "site.feeds.councils",
  ]) {
    assert.ok(every.rendersTemplate(list) && part.rendersTemplate(list) && !siteWide.rendersTemplate(list), list);
  }
  for (const list of [undefined, "site.pages.compare", "site.pages.home", "site.feeds.site"]) {
    assert.ok(every.rendersTemplate(list) && !part.rendersTemplate(list) && siteWide.rendersTemplate(list), String(list));
  }
});

test("every template in pages/ paginates over a list that is either a council's or site-wide", () => {
  const siteWide = [
    ...Object.entries(pageListScope).flatMap(([list, scope]) => (scope === "site-wide" ? [`site.pages.${list}`] : [])),
    "site.feeds.site",
  ];
  const lists = readdirSync("pages")
    .filter((file) => file.endsWith(".njk"))
    .flatMap((file) =>
      [...readFileSync(`pages/${file}`, "utf8").matchAll(/pagination: \{ data: "([^"]+)"/g)].map((match) => match[1] ?? ""),
    );
  assert.ok(lists.length > 20, `only ${lists.length} paginated templates`);
  assert.equal(
    lists.filter((list) => !councilPageLists.includes(list) && !siteWide.includes(list)),
    [],
  );
});

test("the site-wide build's collection holds the pages the parts rendered, after its own", () => {
  const elsewhere = [{ url: "/a/", outputPath: "/site/a/index.html", data: { pagination: { hrefs: ["/a/", "/b/"] } } }];
  const siteWide = new SiteBuild({ settings, renders: "site-wide pages", pagesRenderedElsewhere: elsewhere });
  const own = [{ url: "/", outputPath: "/site/index.html", data: {} }];
  assert.equal(siteWide.collection(own), [...own, ...elsewhere]);
  assert.equal(siteWide.renderedCollection(), own);
});

test("a page in a collection passes between processes as its address, file, pages and redirect only", () => {
  const page = {
    url: "/a/",
    outputPath: "/site/a/index.html",
    data: { pagination: { hrefs: ["/a/"] }, view: { redirect: "/a/", title: "A" }, site: {} },
  };
  assert.equal(collectionPage(page), {
    url: "/a/",
    outputPath: "/site/a/index.html",
    data: { pagination: { hrefs: ["/a/"] }, view: { redirect: "/a/" } },
  });
  assert.equal(collectionPage({ url: false, outputPath: false }), { url: false, outputPath: false, data: {} });
});

test("a part of the site holds only its councils, and keeps what is said of the whole site", () => {
  const council = (slug: string) => ({ slug }) as SiteView["councils"][number];
  const site = {
    asOf: "2026-11-23",
    preview: false,
    councils: [council("a"), council("b")],
    councilCount: 2,
    counts: {},
    savings: {},
  } as SiteView;
  const part = partOfSite(site, new Set(["b"]));
  assert.equal(
    part.councils.map((each) => each.slug),
    ["b"],
  );
  assert.is(part.counts, site.counts);
  assert.is(part.councilCount, 2);
  assert.is(part.onlyCouncil, undefined);
});

test.run();
