/**
 * Build settings, from environment variables with defaults (named in README.md). A pure function of the
 * environment it is given, so tests can pass their own.
 */
import { resolve } from "node:path";
import { asOfDate, asOfTimestamp } from "./time/clock.ts";

export interface Settings {
  /** Folder holding councils/<slug>/...; CONTENT_DIR, default "content". */
  contentDir: string;
  /** Where the site is served from, always with leading and trailing slashes; PATH_PREFIX, default "/". */
  pathPrefix: string;
  /** The public address of the site, without a trailing slash, for feeds and sitemaps; SITE_URL. */
  siteUrl: string;
  /** The date statuses are judged on; from SOURCE_DATE_EPOCH, else today in Europe/London. */
  asOf: string;
  /** The same moment as a timestamp, for "updated" dates in feeds. */
  asOfTimestamp: string;
  /** Where the finished site goes; OUTPUT_DIR, default "_site". */
  outputDir: string;
}

export type Environment = Record<string, string | undefined>;

export function readSettings(env: Environment = process.env, now?: () => Date): Settings {
  const prefix = (env.PATH_PREFIX ?? "/").trim() || "/";
  const pathPrefix = `/${prefix.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  const siteUrl = (env.SITE_URL ?? "http://localhost:8080").trim().replace(/\/+$/, "");
  return {
    contentDir: resolve(env.CONTENT_DIR ?? "content"),
    pathPrefix,
    siteUrl,
    asOf: asOfDate(env, now),
    asOfTimestamp: asOfTimestamp(env, now),
    outputDir: resolve(env.OUTPUT_DIR ?? "_site"),
  };
}
