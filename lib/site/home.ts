/**
 * The home page. A build of several councils lists them; a build of one council is that council's own site,
 * and its plan is the home. The plan keeps its address (/<council>/), so that nothing moves when a second
 * council joins, and every home link (the header's name, the crumbs) points straight at it. Only someone
 * who types the site's bare address lands on "/", which redirects at once with
 * <meta http-equiv="refresh" content="0; url=..."> (an instant redirect is allowed by WCAG: F40 and F41 are
 * about timed ones), and shows a link for anyone whose browser does not follow it. A static host cannot
 * send an HTTP redirect without its own configuration, so this works on any of them.
 */
import type { SiteView } from "../derive/site.ts";
import { councilUrl } from "./urls.ts";

/** The address the home page sends people to: the only council's plan, or "" when there is a choice to make. */
export function homeRedirect(site: Pick<SiteView, "onlyCouncil">): string {
  return site.onlyCouncil ? councilUrl(site.onlyCouncil.slug) : "";
}

export interface HomePage {
  /** The heading: the plan's title on a site of one council, else the site's. */
  title: string;
  redirect: string;
}

export function homePage(site: Pick<SiteView, "onlyCouncil">): HomePage {
  return { title: site.onlyCouncil ? site.onlyCouncil.plan.title : "Council plans and progress", redirect: homeRedirect(site) };
}
