/**
 * The site's pages as lists to paginate over, one entry per page, each with the council it belongs to.
 * Eleventy paginates over flat lists; building them here keeps templates free of loops over loops.
 */
import type { ActionView, CouncilView, ThemeView, UpdateView } from "../derive/council.ts";
import type { SiteView } from "../derive/site.ts";
import { aboutUrl, actionUrl, barriersUrl, brandStylesheetUrl, councilUrl, progressUrl, themeUrl, timelineUrl, updateUrl } from "./urls.ts";
import { accessibilityUrl } from "./accessibility.ts";
import { councilFeedUrl } from "../outputs/urls.ts";

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
  themePages: ThemePage[];
  actionPages: ActionPage[];
  updatePages: UpdatePage[];
}

/**
 * A council's page's breadcrumbs: "All councils", the council, then `trail` down to the page itself. With no
 * trail the page is the council's plan, so the council is the last crumb, unlinked. Also a filter, for the
 * layout's pages that name only their `crumb`.
 */
export function councilBreadcrumbs(council: Pick<CouncilView, "slug" | "shortName">, trail: readonly Breadcrumb[] = []): Breadcrumb[] {
  const allCouncils = { text: "All councils", href: "/" };
  if (trail.length === 0) return [allCouncils, { text: council.shortName }];
  return [allCouncils, { text: council.shortName, href: councilUrl(council.slug) }, ...trail];
}

function themePage(council: CouncilView, theme: ThemeView): ThemePage {
  return { council, theme, title: theme.title, breadcrumbs: councilBreadcrumbs(council, [{ text: theme.title }]) };
}

function actionPage(council: CouncilView, action: ActionView): ActionPage {
  const theme = council.themes.find((each) => each.id === action.themeId);
  const themeCrumb = theme ? [{ text: theme.title, href: themeUrl(council.slug, theme.slug) }] : [];
  return { council, action, theme, title: action.title, breadcrumbs: councilBreadcrumbs(council, [...themeCrumb, { text: action.id }]) };
}

function updatePage(council: CouncilView, update: UpdateView): UpdatePage {
  const months = update.months;
  // Two reports may cover the same months (the council's and the Commissioners'): the author tells them apart.
  return {
    council,
    update,
    title: update.author ? `Report by ${update.author}: ${months}` : `Progress update: ${months}`,
    breadcrumbs: councilBreadcrumbs(council, [{ text: "Progress updates", href: progressUrl(council.slug) }, { text: months }]),
  };
}

export function sitePages(site: SiteView): SitePages {
  return {
    ...site,
    themePages: site.councils.flatMap((council) => council.themes.map((theme) => themePage(council, theme))),
    actionPages: site.councils.flatMap((council) => council.actions.map((action) => actionPage(council, action))),
    updatePages: site.councils.flatMap((council) => council.updates.map((update) => updatePage(council, update))),
  };
}

/** Each page's address, for the permalinks in content/pages (Eleventy global data `urls`, wired in .eleventy.ts). */
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
