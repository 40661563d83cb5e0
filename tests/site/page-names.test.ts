/**
 * What a screen reader user hears a page and its links called, on every built page of the example site, of a site
 * of one council, of each real council alone and of a site of forty councils whose site-wide lists are split: each page's own title (WCAG 2.4.2), its title, h1 and breadcrumb
 * trail agreeing with each other and with its page record (lib/site/pages.ts), one aria-current="page" in its
 * navigation (1.3.1), a skip link that moves focus (2.4.1), and link text that leads to one place (2.4.4).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildExampleSite } from "../helpers/build.ts";
import { pageFile, sitePages } from "../../lib/checks/page-checks.ts";
import { realCouncilsAlone } from "../helpers/real-councils.ts";
import { examplesDir } from "../helpers/build.ts";
import { isSplitPage, splitSiteContent } from "../helpers/split-site.ts";
import { loadContent } from "../../lib/load/content.ts";
import { deriveSite } from "../../lib/derive/site.ts";
import { sitePages as sitePageRecords, type Breadcrumb, type PageRecord } from "../../lib/site/pages.ts";
import { documentTitle } from "../../lib/site/titles.ts";

interface BuiltPage {
  site: string;
  /** The page's address below the site's root: "brackenfold/", "404.html". */
  path: string;
  html: string;
}

/** Every HTML page of a site, the home page that only redirects on a site of one council included. */
function everyPage(label: string, contentDir: string): BuiltPage[] {
  const { outputDir } = buildExampleSite(contentDir === examplesDir ? {} : { CONTENT_DIR: contentDir });
  return sitePages(outputDir).map((path) => ({ site: label, path, html: readFileSync(pageFile(outputDir, path), "utf8") }));
}

const siteContent = [
  { label: "examples", contentDir: examplesDir },
  { label: "one council", contentDir: "tests/fixtures/one-council" },
  ...realCouncilsAlone().map((council) => ({ label: `${council.name} alone`, contentDir: council.contentDir })),
  // Too many councils and actions for the site-wide lists to fit one page each (tests/helpers/split-site.ts): its
  // site-wide pages are checked, and its other pages only followed, since the synthetic plans repeat action titles.
  { label: "forty councils", contentDir: splitSiteContent(), checked: isSplitPage },
];
const everySite = siteContent.map(({ label, contentDir }) => everyPage(label, contentDir));
const checkedOf = (index: number) => siteContent[index]?.checked ?? (() => true);
const sites = everySite.map((site, index) =>
  site.filter((page) => !page.html.includes('http-equiv="refresh"') && checkedOf(index)(page.path)),
);
const pages = sites.flat();

/** Text as it is heard: tags dropped (visually hidden text kept), references read, spaces closed up. */
function heard(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

const where = (page: BuiltPage) => `(${page.site}) /${page.path}`;

test("the pages checked are every page of each site", () => {
  assert.ok(sites.length >= 11, `only ${sites.length} sites`);
  assert.ok(pages.length > 250, `only ${pages.length} pages`);
});

test("every page's title is its h1, followed only by the name of its council or of the site", () => {
  const problems = pages.flatMap((page) => {
    const title = heard(/<title>([\s\S]*?)<\/title>/.exec(page.html)?.[1] ?? "");
    const h1 = heard(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page.html)?.[1] ?? "");
    if (h1 === "") return [`${where(page)} has no h1`];
    return title === h1 || title.startsWith(`${h1} – `) ? [] : [`${where(page)}: title "${title}", h1 "${h1}"`];
  });
  assert.equal(problems, []);
});

/** The breadcrumb trail as GOV.UK Frontend's breadcrumbs wrote it: each crumb's text and, if linked, its address. */
function trailOf(html: string): Breadcrumb[] {
  const list = /<nav class="govuk-breadcrumbs[^"]*"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? "";
  return [...list.matchAll(/<li class="govuk-breadcrumbs__list-item"[^>]*>([\s\S]*?)<\/li>/g)].map((item) => {
    const link = /<a [^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/.exec(item[1] ?? "");
    return link ? { text: heard(link[2] ?? ""), href: link[1] } : { text: heard(item[1] ?? "") };
  });
}

test("every page's breadcrumb trail ends at the page itself, unlinked and named as its heading or caption names it", () => {
  const problems = pages.flatMap((page) => {
    const trail = trailOf(page.html);
    const last = trail.at(-1);
    if (!last) return [];
    if (last.href !== undefined) return [`${where(page)}: the last crumb "${last.text}" is a link`];
    const h1 = heard(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page.html)?.[1] ?? "");
    const caption = heard(/<span class="govuk-caption-xl">([\s\S]*?)<\/span>\s*<h1/.exec(page.html)?.[1] ?? "");
    const named = (text: string) => text.toLowerCase().includes(last.text.toLowerCase());
    return named(h1) || named(caption)
      ? []
      : [`${where(page)}: the last crumb "${last.text}" is not in its h1 "${h1}" or caption "${caption}"`];
  });
  assert.equal(problems, []);
});

test("each crumb above a page leads to a page whose own trail is the same down to that crumb", () => {
  let linked = 0;
  const problems = everySite.flatMap((site, siteIndex) => {
    const byAddress = new Map(site.map((page) => [`/${page.path}`, page]));
    return site
      .filter((page) => checkedOf(siteIndex)(page.path))
      .flatMap((page) =>
        trailOf(page.html).flatMap((crumb, index, trail) => {
          if (crumb.href === undefined) return [];
          linked += 1;
          const target = byAddress.get(crumb.href);
          if (!target) return [`${where(page)}: the crumb "${crumb.text}" leads to ${crumb.href}, which is not a page`];
          const expected = [...trail.slice(0, index), { text: crumb.text }];
          const own = trailOf(target.html);
          // The top of the site has no trail of its own: every trail starts there. That is the home page, or on a
          // site of one council the council's plan.
          if (own.length === 0 && index === 0) return [];
          return JSON.stringify(own) === JSON.stringify(expected)
            ? []
            : [`${where(page)}: the crumb "${crumb.text}" leads to ${crumb.href}, whose trail is ${JSON.stringify(own)}`];
        }),
      );
  });
  assert.equal(problems, []);
  assert.ok(linked > 300, `only ${linked} linked crumbs`);
});

test("every built page is a page record, and its <title>, h1 and trail are the record's (lib/site/pages.ts)", () => {
  const settings = { siteUrl: "http://localhost:8080", pathPrefix: "/", asOf: "2026-11-23" };
  const problems = siteContent.flatMap(({ label, contentDir }, index) => {
    const model = sitePageRecords(deriveSite(loadContent(contentDir), "2026-11-23"), settings);
    const checked = (url: string) => checkedOf(index)(url.slice(1));
    const records: PageRecord[] = Object.values(model.pages)
      .flat()
      .filter((record: PageRecord) => checked(record.url));
    const built = new Map((everySite[index] ?? []).filter((page) => checked(`/${page.path}`)).map((page) => [`/${page.path}`, page]));
    const recorded = new Set(records.map((record) => record.url));
    return [
      ...[...built.keys()].filter((url) => !recorded.has(url)).map((url) => `(${label}) ${url} was built with no page record`),
      ...records.flatMap((record) => {
        const page = built.get(record.url);
        if (!page) return [`(${label}) ${record.url} has a record but was not built`];
        const title = heard(/<title>([\s\S]*?)<\/title>/.exec(page.html)?.[1] ?? "");
        const h1 = heard(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page.html)?.[1] ?? "");
        const wanted = documentTitle(record.title, record.council ?? model.onlyCouncil);
        return [
          ...(title === wanted ? [] : [`(${label}) ${record.url}: <title> "${title}", record "${wanted}"`]),
          ...(h1 === record.title ? [] : [`(${label}) ${record.url}: h1 "${h1}", record "${record.title}"`]),
          ...(JSON.stringify(trailOf(page.html)) === JSON.stringify(record.breadcrumbs)
            ? []
            : [`(${label}) ${record.url}: trail ${JSON.stringify(trailOf(page.html))}, record ${JSON.stringify(record.breadcrumbs)}`]),
        ];
      }),
    ];
  });
  assert.equal(problems, []);
});

test("no two pages of a site have the same title (WCAG 2.4.2)", () => {
  const problems: string[] = [];
  for (const site of sites) {
    const byTitle = new Map<string, string[]>();
    for (const page of site) {
      const title = heard(/<title>([\s\S]*?)<\/title>/.exec(page.html)?.[1] ?? "");
      byTitle.set(title, [...(byTitle.get(title) ?? []), `/${page.path}`]);
    }
    for (const [title, paths] of byTitle)
      if (paths.length > 1) problems.push(`(${site[0]?.site}) "${title}" is the title of ${paths.join(", ")}`);
  }
  assert.equal(problems, []);
});

test("the barriers page and a theme called Barriers to progress have different titles and headings", () => {
  const examples = sites[0] ?? [];
  const heading = (path: string) =>
    heard(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(examples.find((page) => page.path === path)?.html ?? "")?.[1] ?? "");
  assert.is(heading("brackenfold/themes/barriers/"), "Barriers to progress");
  assert.is(heading("brackenfold/barriers/"), "Barriers and asks of the Government");
});

test('a page\'s navigation marks at most one link aria-current="page", the page itself; a section above it is aria-current="true"', () => {
  const problems: string[] = [];
  let below = 0;
  for (const page of pages) {
    const current = [
      ...page.html.matchAll(/<a [^>]*href="([^"]*)"[^>]*aria-current="page"|<a [^>]*aria-current="page"[^>]*href="([^"]*)"/g),
    ];
    if (current.length > 1) problems.push(`${where(page)} has ${current.length} links marked aria-current="page"`);
    for (const match of current) {
      const href = match[1] ?? match[2];
      if (href !== `/${page.path}`) problems.push(`${where(page)} marks ${href} aria-current="page"`);
    }
    if (/aria-current="true"/.test(page.html)) below += 1;
  }
  assert.equal(problems, []);
  assert.ok(below > 100, `only ${below} pages mark their section aria-current="true"`);
  const action = pages.find((page) => page.site === "examples" && page.path === "brackenfold/actions/cs1/");
  assert.match(action?.html ?? "", /<a class="govuk-service-navigation__link" href="\/brackenfold\/" aria-current="true">/);
});

test('every page\'s skip link leads to a main that takes focus (tabindex="-1"), so the next Tab goes on from there', () => {
  for (const page of pages) {
    assert.match(page.html, /<a href="#main" class="govuk-skip-link"/, where(page));
    assert.match(page.html, /<main [^>]*id="main" tabindex="-1"/, where(page));
  }
});

test("no link text leads to two different places on one page (WCAG 2.4.4)", () => {
  const problems: string[] = [];
  let links = 0;
  for (const page of pages) {
    const places = new Map<string, Set<string>>();
    for (const match of page.html.matchAll(/<a\b[^>]*\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)) {
      const text = heard(match[2] ?? "").toLowerCase();
      const href = new URL(match[1] ?? "", `http://site/${page.path}`);
      href.hash = "";
      links += 1;
      places.set(text, (places.get(text) ?? new Set()).add(href.href));
    }
    for (const [text, hrefs] of places) if (hrefs.size > 1) problems.push(`${where(page)}: "${text}" leads to ${[...hrefs].join(", ")}`);
  }
  assert.ok(links > 5000, `only ${links} links`);
  assert.equal(problems, []);
});

test.run();
