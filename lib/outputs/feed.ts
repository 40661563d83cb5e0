/**
 * The Atom feeds of progress updates: one per council and one for the whole site. These functions give the
 * facts; _includes/pages/feed.njk writes them out with @11ty/eleventy-plugin-rss's filters
 * (https://www.11ty.dev/docs/plugins/rss/). Atom: https://www.rfc-editor.org/rfc/rfc4287
 */
import { DateTime } from "luxon";
import type { CouncilView, UpdateView } from "../derive/council.ts";
import type { SiteView } from "../derive/site.ts";
import { formatDate } from "../format/dates.ts";
import { capitaliseFirst, pluralise } from "../format/numbers.ts";
import { councilUrl, updateUrl } from "../site/urls.ts";
import { councilsPlan, withCouncilName } from "../site/titles.ts";
import { councilTimeZone } from "../time/clock.ts";
import { absoluteUrl, councilFeedUrl, siteFeedUrl, type UrlSettings } from "./urls.ts";

export interface FeedEntry {
  /** The update page's absolute URL: it never changes, so it is also the entry's permanent id. */
  id: string;
  url: string;
  /** The update page's address within the site, for making its links absolute. */
  path: string;
  /** "Brackenfold progress update: July to September 2024"; "Thurrock progress report by the Commissioners: ..." */
  title: string;
  /**
   * The day the update was published, at noon UK time (so no time zone shows it on another day). Atom requires an
   * updated date: for a report that gives none, the day a meeting considered it, else the last day of its period;
   * the entry then has no <published> date and its words never call it published.
   */
  updated: Date;
  /** The day the report was published, when it says. */
  published?: Date;
  /** What changed, in a sentence or two of plain text. */
  summary: string;
  /** Who wrote the report: its author when not the council ("the Commissioners"), else the council. */
  authorName: string;
  councilSlug: string;
  update: UpdateView;
}

export interface Feed {
  id: string;
  title: string;
  subtitle: string;
  /** The absolute URL of the feed itself (rel="self"). */
  selfUrl: string;
  /** The absolute URL of the page the feed follows (rel="alternate"). */
  pageUrl: string;
  /** The newest entry's date; with no entries yet, the day the plan was agreed (or the as-of date). */
  updated: Date;
  authorName: string;
  rights: string;
  /** Newest first. */
  entries: FeedEntry[];
}

/** Settings a feed needs: the site's address and the as-of date for a feed with no entries yet. */
export type FeedSettings = UrlSettings & { asOf: string };

const licence = "Open Government Licence v3.0";

/** Noon in Europe/London on a calendar date, as an instant. */
export function noonInLondon(date: string): Date {
  const instant = DateTime.fromISO(date, { zone: councilTimeZone }).set({ hour: 12 });
  if (!instant.isValid) throw new Error(`"${date}" is not a date a feed can use`);
  return instant.toJSDate();
}

/**
 * What changed in an update, in a line: "2 milestones completed, 1 newly at risk or delayed, 1 due date
 * revised and 3 measures changed. After this update: 37 milestones: 4 not started, 20 on track, 13 complete."
 * Only what the report said: no publication date it did not give, no "nothing changed" for a report that rated
 * nothing, and no counts when it rated no milestones.
 */
export function updateSummary(
  update: Pick<UpdateView, "changes" | "countsLine" | "months" | "published" | "author" | "ratesMilestones">,
): string {
  const { changes } = update;
  const parts = [
    changes.completed.length > 0 && `${pluralise(changes.completed.length, "milestone")} completed`,
    changes.newlyAtRiskOrDelayed.length > 0 && `${pluralise(changes.newlyAtRiskOrDelayed.length, "milestone")} newly at risk or delayed`,
    changes.cancelled.length > 0 && `${pluralise(changes.cancelled.length, "milestone")} cancelled`,
    changes.datesRevised.length > 0 && `${pluralise(changes.datesRevised.length, "due date")} revised`,
    changes.measuresMoved.length > 0 && `${pluralise(changes.measuresMoved.length, "measure")} changed`,
  ].filter((part): part is string => typeof part === "string");
  const by = update.author !== undefined ? ` by ${update.author}` : "";
  const published = update.published !== undefined ? `, published ${formatDate(update.published)}` : "";
  const sentences = [`Progress in ${update.months}${published}. ${by ? `Report${by}.` : ""}`.trim()];
  if (parts.length > 0) sentences.push(`${capitaliseFirst(listInWords(parts))}.`);
  else if (update.ratesMilestones) sentences.push("Nothing changed since the last update.");
  if (update.ratesMilestones && update.countsLine !== "") sentences.push(`After this update: ${update.countsLine}.`);
  return sentences.join(" ");
}

function listInWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1) ?? ""}`;
}

function feedEntry(council: CouncilView, update: UpdateView, settings: UrlSettings): FeedEntry {
  const path = updateUrl(council.slug, update.slug);
  const url = absoluteUrl(path, settings);
  return {
    id: url,
    url,
    path,
    title:
      update.author !== undefined
        ? `${council.shortName} progress report by ${update.author}: ${update.months}`
        : `${council.shortName} progress update: ${update.months}`,
    updated: noonInLondon(update.published ?? update.consideredBy?.date ?? update.period.end),
    ...(update.published !== undefined && { published: noonInLondon(update.published) }),
    summary: updateSummary(update),
    authorName: update.author ?? council.council.name,
    councilSlug: council.slug,
    update,
  };
}

/** Newest published first; on the same day, in council then quarter order so the feed is stable. */
function byNewest(a: FeedEntry, b: FeedEntry): number {
  return b.updated.getTime() - a.updated.getTime() || a.authorName.localeCompare(b.authorName, "en-GB") || b.id.localeCompare(a.id);
}

function feedUpdated(entries: readonly FeedEntry[], fallback: string): Date {
  const newest = entries[0];
  return newest ? newest.updated : noonInLondon(fallback);
}

export function councilFeed(council: CouncilView, settings: FeedSettings): Feed {
  const entries = council.updates.map((update) => feedEntry(council, update, settings)).sort(byNewest);
  const selfUrl = absoluteUrl(councilFeedUrl(council.slug), settings);
  return {
    id: selfUrl,
    title: withCouncilName(`${council.plan.title} progress updates`, council),
    subtitle: `Progress reports on ${councilsPlan(council, "'")}: what was done, what changed and what comes next.`,
    selfUrl,
    pageUrl: absoluteUrl(councilUrl(council.slug), settings),
    updated: feedUpdated(entries, council.plan.approval?.date ?? council.plan.published ?? settings.asOf),
    authorName: council.council.name,
    rights: `© ${council.council.copyright ?? council.council.name}. Available under the ${licence}.`,
    entries,
  };
}

/**
 * How many updates the site-wide feed holds: the newest. With every council in England that is a few weeks of
 * updates; all of them, 2,853 in full, would be a 20 MB file that every reader fetches again each time it
 * looks. Each council's own feed holds all of that council's updates.
 */
export const siteFeedSize = 100;

/**
 * The site-wide feed, at /feed.xml. On a site of one council it is that council's feed under the site's
 * address, so that a reader subscribed to either sees the same council's updates, not a directory's.
 */
export function siteFeed(site: Pick<SiteView, "councils" | "onlyCouncil">, settings: FeedSettings): Feed {
  if (site.onlyCouncil) {
    const own = councilFeed(site.onlyCouncil, settings);
    const selfUrl = absoluteUrl(siteFeedUrl(), settings);
    return { ...own, id: selfUrl, selfUrl, entries: own.entries.slice(0, siteFeedSize) };
  }
  const entries = site.councils
    .flatMap((council) => council.updates.map((update) => feedEntry(council, update, settings)))
    .sort(byNewest)
    .slice(0, siteFeedSize);
  const selfUrl = absoluteUrl(siteFeedUrl(), settings);
  return {
    id: selfUrl,
    title: "Council plans: progress updates from every council",
    subtitle: `The newest ${siteFeedSize} progress reports on the councils' plans published on this site. Each council's own feed has all of its reports.`,
    selfUrl,
    pageUrl: absoluteUrl("/", settings),
    updated: feedUpdated(entries, settings.asOf),
    authorName: "Council plans",
    rights: `Each update is © the council that published it. Available under the ${licence}.`,
    entries,
  };
}
