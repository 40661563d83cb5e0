/**
 * Every page of the site as a page record: its address, its title (the page's h1; the <title> adds the site's
 * name, lib/site/titles.ts), its breadcrumb trail, its council, its description and what it tells the search
 * index, with whatever else the page shows that is worked out across the model (the A to Z, the comparison, the
 * statements, the feeds). Each template in pages/ paginates over one list of records (a page of its own is a list
 * of one, a page a site does not have is a list of none), and the base layout reads nothing else for the title
 * and trail. `pageRecord` is the one function that makes a title and a trail.
 */
import type { ActionView, CouncilView, ThemeView, UpdateView } from "../derive/council.ts";
import type { SiteView } from "../derive/site.ts";
import {
  aboutUrl,
  actionUrl,
  barriersUrl,
  compareThemeUrl,
  councilDataUrl,
  councilUrl,
  progressUrl,
  themeUrl,
  timelineUrl,
  updateUrl,
} from "./urls.ts";
import { accessibilityStatement, accessibilityUrl, sharedPagesStatement, type AccessibilityStatement } from "./accessibility.ts";
import { siteKnownFailures } from "./known-failures.ts";
import { councilFeedUrl, siteFeedUrl, type UrlSettings } from "../outputs/urls.ts";
import { homePage } from "./home.ts";
import { compareCouncils, type Comparison, type ComparisonRow, type ThemeComparison } from "../derive/compare.ts";
import { actionsAToZ, actionsPerPage, aToZPages, type AToZ, type AToZLetterPage, type AToZPages } from "./a-to-z.ts";
import { searchMeta, type SearchMeta } from "../outputs/search-meta.ts";
import { searchCouncils, searchFilterOptions, type SearchCouncil, type SearchFilterOptions } from "../outputs/search-filter-options.ts";
import { csvTableDescriptions, type CsvTableDescription } from "../outputs/csv.ts";
import { councilFeed, siteFeed, siteFeedSize, type Feed, type FeedSettings } from "../outputs/feed.ts";

export interface Breadcrumb {
  text: string;
  href?: string;
}

/**
 * What the base layout needs of every page. They are worked out here rather than as Eleventy computed data, which
 * for every computed value of every page copied the whole set of filters (at 317 councils, rendering took about
 * 29 s with it, 23.5 s without).
 */
export interface PageRecord {
  /** The page's address, without the path prefix: its permalink. */
  url: string;
  /** The page's h1. */
  title: string;
  /** From the site's home down to the page itself, which is last and unlinked; none on the home page. */
  breadcrumbs: Breadcrumb[];
  /** The council whose page it is, whose header and footer it wears; none for the pages every council shares. */
  council?: CouncilView;
  /** The meta description, for the pages that have one. */
  description?: string;
  /** What the search index is told, for the pages it holds (lib/outputs/search-meta.ts). */
  search?: SearchMeta;
}

export interface ThemePage extends PageRecord {
  council: CouncilView;
  theme: ThemeView;
}

export interface ActionPage extends PageRecord {
  council: CouncilView;
  action: ActionView;
  theme: ThemeView | undefined;
}

export interface UpdatePage extends PageRecord {
  council: CouncilView;
  update: UpdateView;
}

export interface CouncilPage extends PageRecord {
  council: CouncilView;
}

export interface CouncilStatementPage extends CouncilPage {
  statement: AccessibilityStatement;
}

/**
 * The most councils the comparison, the open data page and the shared accessibility statement list on one page each.
 * Beyond it each is split: the comparison into a page per theme, the open data into a page per council, and the
 * statement's lines for each council left to the councils' own statements. A council's lines weigh about 130 bytes
 * gzipped across the comparison's five tables at 317 councils of the synthetic tree, 53 on the open data page and 32
 * on the statement; with 25 councils, and contact details less alike than the synthetic ones, each page stays well
 * within the 14 KB page budget (lib/checks/budgets.ts).
 */
export const councilsOnOnePage = 25;

/** The A to Z on one page (`aToZ`), or, when it is split, its index of letters and pages (`pages`). */
export type AToZPageRecord = PageRecord & ({ aToZ: AToZ; pages?: undefined } | { aToZ?: undefined; pages: AToZPages });

/** The comparison: the whole plan and every theme, or, when it is split, the whole plan and a link to each theme's page. */
export interface ComparePageRecord extends PageRecord {
  overall: ComparisonRow[];
  themes: ThemeComparison[];
  /** When split, each theme's page, in the order the themes first appear. */
  themePages?: { title: string; url: string }[];
}

export interface CompareThemePage extends PageRecord {
  theme: ThemeComparison;
}

export interface HomePageRecord extends PageRecord {
  redirect: string;
}

/** A feed: not a page with a title, but a file worked out from the model all the same. */
export interface FeedFile {
  url: string;
  feed: Feed;
}

export interface SitePageLists {
  home: HomePageRecord[];
  notFound: PageRecord[];
  search: (PageRecord & { filterOptions: SearchFilterOptions; councils: SearchCouncil[] })[];
  aToZ: AToZPageRecord[];
  /** A page per letter (and part of a letter) when the A to Z has more than `actionsPerPage` actions; else none. */
  aToZLetter: (PageRecord & { letter: AToZLetterPage; index: AToZPages["index"]; letterPages: AToZLetterPage[] })[];
  /** One, or none on a site of one council, since a council compared with itself is no comparison. */
  compare: ComparePageRecord[];
  /** A page per theme when the site has more than `councilsOnOnePage` councils; else none. */
  compareTheme: CompareThemePage[];
  /** `councilPages` when each council's feeds, calendars and files are on its own page (more than `councilsOnOnePage`). */
  data: (PageRecord & { tables: CsvTableDescription[]; siteFeedSize: number; councilPages?: { name: string; url: string }[] })[];
  /** Each council's feed, calendar and files, on a site of more than `councilsOnOnePage` councils; else none. */
  councilData: (CouncilPage & { tables: CsvTableDescription[] })[];
  /** `councilLinesApart` when each council's contacts and reply time are left to its own statement (more than `councilsOnOnePage`). */
  accessibility: (PageRecord & { statement: AccessibilityStatement; councilLinesApart: boolean })[];
  plan: CouncilPage[];
  progress: CouncilPage[];
  /** Only plans with milestones: one that sets out none gets no timeline page (and no link to one). */
  timeline: CouncilPage[];
  /** Only plans with a barriers section: one that leaves it out gets no page, rather than "no barriers". */
  barriers: CouncilPage[];
  about: CouncilPage[];
  councilAccessibility: CouncilStatementPage[];
  theme: ThemePage[];
  action: ActionPage[];
  update: UpdatePage[];
}

/**
 * Whether each list's pages belong to one council each ("council": a build in several processes renders them in the
 * process that holds the council) or need every council ("site-wide": rendered once). Typed over every list, so a
 * new list cannot be left out.
 */
export const pageListScope: Record<keyof SitePageLists, "council" | "site-wide"> = {
  home: "site-wide",
  notFound: "site-wide",
  search: "site-wide",
  aToZ: "site-wide",
  aToZLetter: "site-wide",
  compare: "site-wide",
  compareTheme: "site-wide",
  data: "site-wide",
  councilData: "council",
  accessibility: "site-wide",
  plan: "council",
  progress: "council",
  timeline: "council",
  barriers: "council",
  about: "council",
  councilAccessibility: "council",
  theme: "council",
  action: "council",
  update: "council",
};

export interface SitePages extends SiteView {
  pages: SitePageLists;
  /** The site's feed and each council's, worked out only when a feed is written. */
  feeds: { site: FeedFile[]; councils: FeedFile[] };
}

type TrailSite = Pick<SiteView, "onlyCouncil">;

/**
 * A page's breadcrumbs, from the site's home down to the page. On a site of several councils they start at
 * "All councils", the home page's list; then the page's council, if it has one; then `trail` down to the page
 * itself. With no trail the page is the council's plan, so the council is the last crumb, unlinked.
 *
 * On a site of one council there is no list to go back to: the council's plan is the home, so the crumbs start
 * at the plan (the site's shared pages, such as search, are the council's too), and the plan has none.
 */
export function pageBreadcrumbs(
  site: TrailSite,
  council: Pick<CouncilView, "slug" | "shortName"> | undefined,
  trail: readonly Breadcrumb[] = [],
): Breadcrumb[] {
  const home = site.onlyCouncil ? [] : [{ text: "All councils", href: "/" }];
  if (!council) return [...home, ...trail];
  if (trail.length === 0) return site.onlyCouncil ? [] : [...home, { text: council.shortName }];
  return [...home, { text: council.shortName, href: councilUrl(council.slug) }, ...trail];
}

interface RecordParts {
  url: string;
  title: string;
  /** The page's council; on a site of one council, the shared pages are that council's. */
  council?: CouncilView;
  /**
   * The crumbs below the council (or the site's home): the page's parents, then the page's own short name. None
   * for the home page and the search page, which the header links to from every page.
   */
  trail?: Breadcrumb[];
  description?: string;
  /** The views the search record is made from, for the pages the index holds. */
  searched?: { theme?: ThemeView; action?: ActionView; update?: UpdateView };
}

/** The one place a page's title and trail are made. */
export function pageRecord(site: TrailSite, parts: RecordParts): PageRecord {
  const { council } = parts;
  const search = council && searchMeta({ council, ...parts.searched, url: parts.url, title: parts.title });
  return {
    url: parts.url,
    title: parts.title,
    breadcrumbs: parts.trail ? pageBreadcrumbs(site, council ?? site.onlyCouncil, parts.trail) : [],
    ...(council && { council }),
    ...(parts.description !== undefined && { description: parts.description }),
    ...(search && { search }),
  };
}

/** A council's page one level below its plan, whose crumb is its title unless it says otherwise. */
function councilPage(site: SiteView, council: CouncilView, url: string, title: string, crumb = title): CouncilPage {
  return { ...pageRecord(site, { url, title, council, trail: [{ text: crumb }] }), council };
}

function planPage(site: SiteView, council: CouncilView): CouncilPage {
  return { ...pageRecord(site, { url: councilUrl(council.slug), title: council.plan.title, council, trail: [] }), council };
}

function themePage(site: SiteView, council: CouncilView, theme: ThemeView): ThemePage {
  const url = themeUrl(council.slug, theme.slug);
  return { ...pageRecord(site, { url, title: theme.title, council, trail: [{ text: theme.title }], searched: { theme } }), council, theme };
}

function actionPage(site: SiteView, council: CouncilView, action: ActionView): ActionPage {
  const theme = council.themes.find((each) => each.id === action.themeId);
  const themeCrumb = theme ? [{ text: theme.title, href: themeUrl(council.slug, theme.slug) }] : [];
  const url = actionUrl(council.slug, action.slug);
  const record = pageRecord(site, {
    url,
    title: action.title,
    council,
    trail: [...themeCrumb, { text: action.id }],
    searched: { action, theme },
  });
  return { ...record, council, action, theme };
}

function updatePage(site: SiteView, council: CouncilView, update: UpdateView): UpdatePage {
  const months = update.months;
  // Two reports may cover the same months (the council's and the Commissioners'): the author tells them apart.
  const title = update.author ? `Report by ${update.author}: ${months}` : `Progress update: ${months}`;
  const trail = [{ text: "Progress updates", href: progressUrl(council.slug) }, { text: months }];
  return {
    ...pageRecord(site, { url: updateUrl(council.slug, update.slug), title, council, trail, searched: { update } }),
    council,
    update,
  };
}

/** A page every council shares, whose crumb is its title. */
function sharedPage(site: SiteView, url: string, title: string, description?: string): PageRecord {
  return pageRecord(site, { url, title, trail: [{ text: title }], ...(description !== undefined && { description }) });
}

/** The whole A to Z, and its pages when it lists more actions than one page holds. */
function splitAToZ(councils: SiteView["councils"]): { whole: AToZ; pages?: AToZPages } {
  const whole = actionsAToZ(councils);
  return whole.total > actionsPerPage ? { whole, pages: aToZPages(whole) } : { whole };
}

/** A letter's page, or a part of a letter's, below the A to Z's index. */
function aToZLetterPages(site: SiteView, index: PageRecord, pages: AToZPages): SitePageLists["aToZLetter"] {
  return pages.letters.flatMap(({ pages: letterPages }) =>
    letterPages.map((letter) => ({
      ...pageRecord(site, {
        url: letter.url,
        title: `${index.title}: ${letter.name}`,
        trail: [{ text: index.title, href: index.url }, { text: letter.name }],
      }),
      letter,
      index: pages.index,
      letterPages,
    })),
  );
}

/** The comparison's own page: every theme on it, or, when split, the whole plan and links to the themes' pages. */
function compareRecord(site: SiteView, comparison: Comparison, split: boolean): ComparePageRecord {
  const record = sharedPage(site, "/compare/", "Compare councils");
  if (!split) return { ...record, overall: comparison.overall, themes: comparison.themes };
  const themePages = comparison.themes.map((theme) => ({ title: theme.title, url: compareThemeUrl(theme.id) }));
  return { ...record, overall: comparison.overall, themes: [], themePages };
}

function compareThemePage(site: SiteView, theme: ThemeComparison): CompareThemePage {
  const title = `Compare councils: ${theme.title}`;
  const trail = [{ text: "Compare councils", href: "/compare/" }, { text: theme.title }];
  return { ...pageRecord(site, { url: compareThemeUrl(theme.id), title, trail }), theme };
}

/**
 * Every page of the site, and its feeds. `settings` gives the site's address, for the feeds' absolute addresses
 * and the open data page's examples, and whether the site serves the browser editor, whose known failures the
 * site's accessibility statement then lists.
 */
export function sitePages(site: SiteView, settings: FeedSettings & { editor?: unknown }): SitePages {
  const councils = site.councils;
  const perCouncil = <T>(make: (council: CouncilView) => T, keep: (council: CouncilView) => boolean = () => true): T[] =>
    councils.filter(keep).map(make);
  const home = homePage(site);
  const one = site.onlyCouncil !== undefined;
  const theme = councils.flatMap((council) => council.themes.map((each) => themePage(site, council, each)));
  const action = councils.flatMap((council) => council.actions.map((each) => actionPage(site, council, each)));
  const update = councils.flatMap((council) => council.updates.map((each) => updatePage(site, council, each)));
  const plan = perCouncil((council) => planPage(site, council));
  const about = perCouncil((council) => councilPage(site, council, aboutUrl(council.slug), "About the plan"));
  // Not the plan's own title for its fourth theme, "Barriers to progress", which has a page of its own (WCAG 2.4.2).
  const barriers = perCouncil(
    (council) => councilPage(site, council, barriersUrl(council.slug), "Barriers and asks of the Government", "Barriers"),
    (council) => council.barriers !== undefined,
  );
  // Examples name the site's first council, never one it does not hold.
  const tables = csvTableDescriptions(settings, councils[0]);
  // Decided on every council of the site, not on the part of them one process of a build holds (lib/build/site-build.ts).
  const splitByCouncil = site.councilCount > councilsOnOnePage;
  const aToZ = splitAToZ(councils);
  const aToZRecord = sharedPage(site, "/a-to-z/", "A to Z of actions");
  const comparison = compareCouncils(councils);
  const pages: SitePageLists = {
    home: [{ ...pageRecord(site, { url: "/", title: home.title }), redirect: home.redirect }],
    notFound: [pageRecord(site, { url: "/404.html", title: "Page not found" })],
    search: [
      {
        ...pageRecord(site, {
          url: "/search/",
          title: one ? "Search the plan and progress updates" : "Search plans and progress updates",
          description: `Search ${one ? "the" : "every council's"} plan, themes, actions and quarterly progress updates.`,
        }),
        filterOptions: searchFilterOptions({
          onlyCouncil: site.onlyCouncil,
          pages: [...plan, ...about, ...barriers, ...theme, ...action, ...update],
        }),
        councils: searchCouncils(site),
      },
    ],
    aToZ: [aToZ.pages ? { ...aToZRecord, pages: aToZ.pages } : { ...aToZRecord, aToZ: aToZ.whole }],
    aToZLetter: aToZ.pages ? aToZLetterPages(site, aToZRecord, aToZ.pages) : [],
    compare: one ? [] : [compareRecord(site, comparison, splitByCouncil)],
    compareTheme: one || !splitByCouncil ? [] : comparison.themes.map((each) => compareThemePage(site, each)),
    data: [
      {
        ...sharedPage(
          site,
          "/data/",
          "Open data, feeds and calendars",
          `Follow progress updates, add milestones to your calendar, and download ${one ? "the plan" : "every council's plan"} and progress as JSON and CSV under the Open Government Licence.`,
        ),
        tables,
        siteFeedSize,
        ...(splitByCouncil && {
          councilPages: councils.map((council) => ({ name: council.council.name, url: councilDataUrl(council.slug) })),
        }),
      },
    ],
    councilData: splitByCouncil
      ? perCouncil((council) => ({
          ...councilPage(site, council, councilDataUrl(council.slug), "Open data, feeds and calendars", "Open data"),
          description: `Follow ${council.shortName}'s progress updates, add its milestones to your calendar, and download its plan and progress as JSON and CSV.`,
          tables,
        }))
      : [],
    accessibility: [
      {
        ...sharedPage(
          site,
          "/accessibility/",
          // Titled apart from a council's own, so that on a site of one council the two do not share a title (WCAG 2.4.2).
          "Accessibility statement for this website",
          "How accessible this website is, how to ask for information in another format, and how to report a problem.",
        ),
        statement: sharedPagesStatement(councils, siteKnownFailures(Boolean(settings.editor)), { councilLinesApart: splitByCouncil }),
        councilLinesApart: splitByCouncil,
      },
    ],
    plan,
    progress: perCouncil((council) => councilPage(site, council, progressUrl(council.slug), "Progress updates")),
    timeline: perCouncil(
      (council) => councilPage(site, council, timelineUrl(council.slug), "Timeline"),
      (council) => council.milestones.length > 0,
    ),
    barriers,
    about,
    councilAccessibility: perCouncil((council) => ({
      ...councilPage(site, council, accessibilityUrl(council.slug), "Accessibility statement"),
      description:
        "How accessible this council's plan pages are, how to ask for information in another format, and how to report a problem.",
      statement: accessibilityStatement([council]),
    })),
    theme,
    action,
    update,
  };
  return { ...site, pages, feeds: feedFiles(site, settings) };
}

/** Each feed is worked out when its file is written, not when the model is made: most builds never hold them all at once. */
function feedFiles(site: SiteView, settings: FeedSettings): SitePages["feeds"] {
  const lazyFeed = (url: string, make: () => Feed): FeedFile => {
    let feed: Feed | undefined;
    return {
      url,
      get feed() {
        feed ??= make();
        return feed;
      },
    };
  };
  return {
    site: [lazyFeed(siteFeedUrl(), () => siteFeed(site, settings))],
    councils: site.councils.map((council) => lazyFeed(councilFeedUrl(council.slug), () => councilFeed(council, settings))),
  };
}

/** Addresses of the files that are not pages (stylesheets), for the permalinks in pages/ (Eleventy global data `urls`). */
export { brandStylesheetUrl } from "./urls.ts";
export type { UrlSettings };
