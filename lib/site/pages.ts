/**
 * The site's pages as lists to paginate over, one entry per page, each with the council it belongs to.
 * Eleventy paginates over flat lists; building them here keeps templates free of loops over loops.
 */
import type { ActionView, CouncilView, ThemeView, UpdateView } from "../derive/council.ts";
import type { SiteView } from "../derive/site.ts";
import { aboutUrl, actionUrl, barriersUrl, brandStylesheetUrl, councilUrl, progressUrl, themeUrl, timelineUrl, updateUrl } from "./urls.ts";
import { accessibilityUrl } from "./accessibility.ts";
import { councilFeedUrl } from "../outputs/urls.ts";
import { homePage, type HomePage } from "./home.ts";
import { compareCouncils, type Comparison } from "../derive/compare.ts";

export interface Breadcrumb {
  text: string;
  href?: string;
}

/**
 * What the base layout needs of a page made from one entry of a list: its council, its title and its
 * breadcrumbs. They are worked out here rather than as Eleventy computed data, which for every computed value
 * of every page copied the whole set of filters (at 317 councils, rendering took about 29 s with it, 23.5 s without).
 */
interface PageView {
  council: CouncilView;
  title: string;
  breadcrumbs: Breadcrumb[];
}

export interface ThemePage extends PageView {
  theme: ThemeView;
}

export interface ActionPage extends PageView {
  action: ActionView;
  theme: ThemeView | undefined;
}

export interface UpdatePage extends PageView {
  update: UpdateView;
}

export interface SitePages extends SiteView {
  home: HomePage;
  /**
   * The comparison of councils, for /compare/, as a list to paginate over: one, or none on a site of one council,
   * since a council compared with itself is no comparison (an empty list writes no page).
   */
  comparisons: Comparison[];
  themePages: ThemePage[];
  actionPages: ActionPage[];
  updatePages: UpdatePage[];
}

/**
 * A page's breadcrumbs, from the site's home down to the page. On a site of several councils they start at
 * "All councils", the home page's list; then the page's council, if it has one; then `trail` down to the page
 * itself. With no trail the page is the council's plan, so the council is the last crumb, unlinked.
 *
 * On a site of one council there is no list to go back to: the council's plan is the home, so the crumbs start
 * at the plan (the site's shared pages, such as search, are the council's too), and the plan has none.
 * Also a filter, for the layout's pages that name only their `crumb`.
 */
export function pageBreadcrumbs(
  site: Pick<SiteView, "onlyCouncil">,
  council: Pick<CouncilView, "slug" | "shortName"> | undefined,
  trail: readonly Breadcrumb[] = [],
): Breadcrumb[] {
  const home = site.onlyCouncil ? [] : [{ text: "All councils", href: "/" }];
  if (!council) return [...home, ...trail];
  if (trail.length === 0) return site.onlyCouncil ? [] : [...home, { text: council.shortName }];
  return [...home, { text: council.shortName, href: councilUrl(council.slug) }, ...trail];
}

function themePage(site: SiteView, council: CouncilView, theme: ThemeView): ThemePage {
  return { council, theme, title: theme.title, breadcrumbs: pageBreadcrumbs(site, council, [{ text: theme.title }]) };
}

function actionPage(site: SiteView, council: CouncilView, action: ActionView): ActionPage {
  const theme = council.themes.find((each) => each.id === action.themeId);
  const themeCrumb = theme ? [{ text: theme.title, href: themeUrl(council.slug, theme.slug) }] : [];
  return { council, action, theme, title: action.title, breadcrumbs: pageBreadcrumbs(site, council, [...themeCrumb, { text: action.id }]) };
}

function updatePage(site: SiteView, council: CouncilView, update: UpdateView): UpdatePage {
  const months = update.months;
  // Two reports may cover the same months (the council's and the Commissioners'): the author tells them apart.
  return {
    council,
    update,
    title: update.author ? `Report by ${update.author}: ${months}` : `Progress update: ${months}`,
    breadcrumbs: pageBreadcrumbs(site, council, [{ text: "Progress updates", href: progressUrl(council.slug) }, { text: months }]),
  };
}

export function sitePages(site: SiteView): SitePages {
  return {
    ...site,
    home: homePage(site),
    comparisons: site.onlyCouncil ? [] : [compareCouncils(site.councils)],
    themePages: site.councils.flatMap((council) => council.themes.map((theme) => themePage(site, council, theme))),
    actionPages: site.councils.flatMap((council) => council.actions.map((action) => actionPage(site, council, action))),
    updatePages: site.councils.flatMap((council) => council.updates.map((update) => updatePage(site, council, update))),
  };
}

/** Each page's address, for the permalinks in pages/ (Eleventy global data `urls`, wired in .eleventy.ts). */
export const pageUrls = {
  councilUrl,
  themeUrl,
  actionUrl,
  updateUrl,
  progressUrl,
  timelineUrl,
  barriersUrl,
  aboutUrl,
  accessibilityUrl,
  councilFeedUrl,
  brandStylesheetUrl,
};
