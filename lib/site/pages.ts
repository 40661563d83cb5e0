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
import { aboutUrl, actionUrl, barriersUrl, councilUrl, progressUrl, themeUrl, timelineUrl, updateUrl } from "./urls.ts";
import { accessibilityStatement, accessibilityUrl, sharedPagesStatement, type AccessibilityStatement } from "./accessibility.ts";
import { councilFeedUrl, siteFeedUrl, type UrlSettings } from "../outputs/urls.ts";
import { homePage } from "./home.ts";
import { compareCouncils, type Comparison } from "../derive/compare.ts";
import { actionsAToZ, type AToZ } from "./a-to-z.ts";
import { searchMeta, type SearchMeta } from "../outputs/search-meta.ts";
import { searchFilterOptions, type SearchFilterOptions } from "../outputs/search-filter-options.ts";
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
  search: (PageRecord & { filterOptions: SearchFilterOptions })[];
  aToZ: (PageRecord & { aToZ: AToZ })[];
  /** One, or none on a site of one council, since a council compared with itself is no comparison. */
  compare: (PageRecord & { comparison: Comparison })[];
  data: (PageRecord & { tables: CsvTableDescription[]; siteFeedSize: number })[];
  accessibility: (PageRecord & { statement: AccessibilityStatement })[];
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

/**
 * Every page of the site, and its feeds. `settings` gives the site's address, for the feeds' absolute addresses
 * and the open data page's examples.
 */
export function sitePages(site: SiteView, settings: FeedSettings): SitePages {
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
      },
    ],
    aToZ: [{ ...sharedPage(site, "/a-to-z/", "A to Z of actions"), aToZ: actionsAToZ(councils) }],
    compare: one ? [] : [{ ...sharedPage(site, "/compare/", "Compare councils"), comparison: compareCouncils(councils) }],
    data: [
      {
        ...sharedPage(
          site,
          "/data/",
          "Open data, feeds and calendars",
          `Follow progress updates, add milestones to your calendar, and download ${one ? "the plan" : "every council's plan"} and progress as JSON and CSV under the Open Government Licence.`,
        ),
        // Examples name the site's first council, never one it does not hold.
        tables: csvTableDescriptions(settings, councils[0]),
        siteFeedSize,
      },
    ],
    accessibility: [
      {
        ...sharedPage(
          site,
          "/accessibility/",
          // Titled apart from a council's own, so that on a site of one council the two do not share a title (WCAG 2.4.2).
          "Accessibility statement for this website",
          "How accessible this website is, how to ask for information in another format, and how to report a problem.",
        ),
        statement: sharedPagesStatement(councils),
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
