/**
 * The site's pages as lists to paginate over, one entry per page, each with the council it belongs to.
 * Eleventy paginates over flat lists; building them here keeps templates free of loops over loops.
 */
import type { ActionView, CouncilView, ThemeView, UpdateView } from "../derive/council.ts";
import type { SiteView } from "../derive/site.ts";
import { aboutUrl, actionUrl, barriersUrl, councilUrl, progressUrl, themeUrl, timelineUrl, updateUrl } from "./urls.ts";
import { accessibilityUrl } from "./accessibility.ts";
import { councilFeedUrl } from "../outputs/urls.ts";

export interface SitePages extends SiteView {
  themePages: { council: CouncilView; theme: ThemeView }[];
  actionPages: { council: CouncilView; action: ActionView; theme: ThemeView | undefined }[];
  updatePages: { council: CouncilView; update: UpdateView }[];
}

export function sitePages(site: SiteView): SitePages {
  return {
    ...site,
    themePages: site.councils.flatMap((council) => council.themes.map((theme) => ({ council, theme }))),
    actionPages: site.councils.flatMap((council) =>
      council.actions.map((action) => ({ council, action, theme: council.themes.find((theme) => theme.id === action.themeId) })),
    ),
    updatePages: site.councils.flatMap((council) => council.updates.map((update) => ({ council, update }))),
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
};
