/**
 * Addresses of the files people subscribe to and download, and absolute URLs for the places that need them
 * (feeds, the calendar, the sitemap, robots.txt and open data), where HtmlBasePlugin cannot reach.
 */
import type { Settings } from "../settings.ts";

/** The settings an absolute URL is made from: SITE_URL and PATH_PREFIX. */
export type UrlSettings = Pick<Settings, "siteUrl" | "pathPrefix">;

/** The four CSV tables, each published site-wide and per council. */
export const csvTableNames = ["actions", "milestones", "measures", "savings"] as const;
export type CsvTableName = (typeof csvTableNames)[number];

export const siteFeedUrl = (): string => "/feed.xml";
export const councilFeedUrl = (council: string): string => `/${council}/feed.xml`;
export const milestonesCalendarUrl = (council: string): string => `/${council}/milestones.ics`;
export const dataPageUrl = (): string => "/data/";
export const dataSchemaUrl = (): string => "/data/schema.json";
export const sitemapUrl = (): string => "/sitemap.xml";

/** "/data/all.json" for every council, "/data/brackenfold.json" for one. */
export const openDataJsonUrl = (council?: string): string => `/data/${council ?? "all"}.json`;

/** "/data/milestones.csv" for every council, "/data/brackenfold/milestones.csv" for one. */
export const openDataCsvUrl = (table: CsvTableName, council?: string): string =>
  council ? `/data/${council}/${table}.csv` : `/data/${table}.csv`;

/**
 * "https://plans.example.gov.uk/plans/brackenfold/feed.xml" from "/brackenfold/feed.xml": SITE_URL, then the
 * path prefix, then the site path. A SITE_URL that already ends with the prefix (".../plans") keeps it once.
 */
export function absoluteUrl(path: string, settings: UrlSettings): string {
  const prefix = settings.pathPrefix.replace(/\/+$/, "");
  const site = settings.siteUrl.replace(/\/+$/, "");
  const base = prefix !== "" && site.endsWith(prefix) ? site : `${site}${prefix}`;
  return `${base}/${path.replace(/^\/+/, "")}`;
}

/** The host name of SITE_URL, "plans.example.gov.uk", which makes calendar event ids unique worldwide. */
export function siteHost(settings: Pick<Settings, "siteUrl">): string {
  return new URL(settings.siteUrl).hostname;
}
