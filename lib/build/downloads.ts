/**
 * The files that are not pages: open data (/data/*.json and *.csv) and each council's milestone calendar
 * (/<council>/milestones.ics). `npm run build` writes them straight into the build folder instead of rendering
 * them through Eleventy, which holds every file it renders in memory until the end and gives each its per-page
 * work; the calendars are made on a worker thread while Eleventy renders the pages.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { SiteView } from "../derive/site.ts";
import { calendarText, milestoneCalendarOf, type CalendarSettings, type MilestoneCalendar } from "../outputs/calendar.ts";
import { openDataCsv } from "../outputs/csv.ts";
import { openDataJson } from "../outputs/open-data.ts";
import { csvTableNames, milestonesCalendarUrl, openDataCsvUrl, openDataJsonUrl } from "../outputs/urls.ts";
import { typeScriptWorker, workerReply } from "./typescript-worker.ts";

export interface DownloadFile {
  /** From the site's root: "data/all.json". */
  path: string;
  text: string;
}

export interface CalendarFile {
  path: string;
  calendar: MilestoneCalendar;
}

type Site = Pick<SiteView, "councils" | "asOf" | "onlyCouncil">;

const fromRoot = (url: string): string => url.replace(/^\//, "");

/**
 * Which of the open data files: a build in several processes writes each council's in the process of its part,
 * and the files of every council (/data/all.json and each table's CSV) once.
 */
export type OpenDataFiles = "every file" | "council files" | "site-wide files";

/** /data/all.json, then one JSON file per council; each CSV table for every council, then for each council. */
export function* openDataFiles(site: Site, settings: CalendarSettings, which: OpenDataFiles = "every file"): Generator<DownloadFile> {
  const siteWide = which !== "council files";
  const councils = which === "site-wide files" ? [] : site.councils;
  if (siteWide) yield { path: fromRoot(openDataJsonUrl()), text: openDataJson({}, site, settings) };
  for (const council of councils) {
    yield { path: fromRoot(openDataJsonUrl(council.slug)), text: openDataJson({ council }, site, settings) };
  }
  for (const table of csvTableNames) {
    if (siteWide) yield { path: fromRoot(openDataCsvUrl(table)), text: openDataCsv({ table }, site, settings) };
    for (const council of councils) {
      yield { path: fromRoot(openDataCsvUrl(table, council.slug)), text: openDataCsv({ table, council }, site, settings) };
    }
  }
}

export function calendarFiles(site: Site, settings: CalendarSettings): CalendarFile[] {
  return site.councils.map((council) => ({
    path: fromRoot(milestonesCalendarUrl(council.slug)),
    calendar: milestoneCalendarOf(council, settings),
  }));
}

export function writeDownloadFile(folder: string, file: DownloadFile): void {
  const path = join(folder, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
}

/** Writes the open data files one at a time, so that only one is in memory. */
export function writeOpenData(folder: string, site: Site, settings: CalendarSettings, which: OpenDataFiles = "every file"): void {
  for (const file of openDataFiles(site, settings, which)) writeDownloadFile(folder, file);
}

/** Starts writing the calendars on a worker thread; `finished` gives how many were written, `cancel` stops it. */
export function startCalendars(
  folder: string,
  site: Site,
  settings: CalendarSettings,
): { finished: Promise<number>; cancel: () => Promise<void> } {
  const worker = typeScriptWorker(new URL("./calendar-worker.ts", import.meta.url), { folder, calendars: calendarFiles(site, settings) });
  const finished = workerReply<number>(worker);
  return {
    finished,
    cancel: async () => {
      await worker.terminate();
    },
  };
}

/** Every download, on this thread: for `npm start`'s rebuilds, where there is no worker to wait for. */
export function writeDownloads(folder: string, site: Site, settings: CalendarSettings): void {
  writeOpenData(folder, site, settings);
  writeCalendars(folder, calendarFiles(site, settings));
}

/** Writes each calendar's .ics file; returns how many. */
export function writeCalendars(folder: string, calendars: readonly CalendarFile[]): number {
  for (const { path, calendar } of calendars) writeDownloadFile(folder, { path, text: calendarText(calendar) });
  return calendars.length;
}
