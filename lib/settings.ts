/**
 * Build settings, from environment variables with defaults (named in README.md). A pure function of the
 * environment it is given, so tests can pass their own.
 */
import { resolve } from "node:path";
import { asOfDate, asOfTimestamp, parseAsOfDate } from "./time/clock.ts";

export interface Settings {
  /** Folder holding councils/<slug>/...; CONTENT_DIR, default "content". */
  contentDir: string;
  /** Where the site is served from, always with leading and trailing slashes; PATH_PREFIX, default "/". */
  pathPrefix: string;
  /** The public address of the site, without a trailing slash, for feeds and sitemaps; SITE_URL. */
  siteUrl: string;
  /** The date statuses are judged on; AS_OF, else from SOURCE_DATE_EPOCH, else today in Europe/London. */
  asOf: string;
  /** The same moment as a timestamp, for "updated" dates in feeds. */
  asOfTimestamp: string;
  /** Where the finished site goes; OUTPUT_DIR, default "_site". */
  outputDir: string;
  /**
   * A preview (PREVIEW=true, which `npm start` sets): reports published after "as of" are shown, each marked with
   * the day it goes online, rather than held back as the published site holds them.
   */
  preview: boolean;
  /**
   * The browser editor at /admin/ (docs/editing-in-the-browser.md), or false to leave it out (BROWSER_EDITOR=false): the
   * repository it commits to (EDITOR_REPO, else GitHub Actions' GITHUB_REPOSITORY), its branch (EDITOR_BRANCH,
   * default "main") and the OAuth relay it signs in through (EDITOR_AUTH_URL; Netlify's own when not set).
   */
  editor: false | { repo: string; branch: string; authUrl?: string };
}

export type Environment = Record<string, string | undefined>;

/** A path prefix as a site is served under it, with one slash at each end: "plans", "/plans" and "plans/" are "/plans/"; none is "/". */
export function normalisePathPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? "/").trim() || "/";
  return `/${trimmed.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
}

export function readSettings(env: Environment = process.env, now?: () => Date): Settings {
  const pathPrefix = normalisePathPrefix(env.PATH_PREFIX);
  const siteUrl = (env.SITE_URL ?? "http://localhost:8080").trim().replace(/\/+$/, "");
  return {
    contentDir: resolve(env.CONTENT_DIR ?? "content"),
    pathPrefix,
    siteUrl,
    asOf: asOfDate(env, now),
    asOfTimestamp: asOfTimestamp(env, now),
    outputDir: resolve(env.OUTPUT_DIR ?? "_site"),
    preview: isPreview(env.PREVIEW),
    editor: editorSettings(env),
  };
}

function editorSettings(env: Environment): Settings["editor"] {
  const value = (env.BROWSER_EDITOR ?? "").trim().toLowerCase();
  if (["false", "0", "no", "off"].includes(value)) return false;
  if (!["", "true", "1", "yes", "on"].includes(value)) throw new Error(`BROWSER_EDITOR must be true or false, not "${env.BROWSER_EDITOR}"`);
  const authUrl = env.EDITOR_AUTH_URL?.trim().replace(/\/+$/, "");
  return {
    repo: (env.EDITOR_REPO ?? env.GITHUB_REPOSITORY ?? "").trim() || "owner/repository",
    branch: (env.EDITOR_BRANCH ?? "").trim() || "main",
    ...(authUrl ? { authUrl } : {}),
  };
}

function isPreview(text: string | undefined): boolean {
  const value = (text ?? "").trim().toLowerCase();
  if (["", "false", "0", "no"].includes(value)) return false;
  if (["true", "1", "yes"].includes(value)) return true;
  throw new Error(`PREVIEW must be true or false, not "${text}"`);
}

/**
 * The settings a command's own arguments give, as environment variables for it and the processes it starts:
 * `--as-of 2027-02-10` (or `--as-of=2027-02-10`) is AS_OF. Anything else is refused with a message.
 */
export function argumentSettings(args: readonly string[]): { env: Environment } | { problem: string } {
  const env: Environment = {};
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? "";
    const [name, inline] = arg.startsWith("--as-of=") ? ["--as-of", arg.slice("--as-of=".length)] : [arg, undefined];
    if (name !== "--as-of") return { problem: `"${arg}" is not an option here; the only one is --as-of, for example --as-of 2027-02-10` };
    const text = inline ?? args[(index += 1)];
    if (text === undefined) return { problem: "--as-of needs a date written year-month-day, for example --as-of 2027-02-10" };
    const parsed = parseAsOfDate(text);
    if ("problem" in parsed) return { problem: `--as-of ${parsed.problem}` };
    env.AS_OF = parsed.date;
  }
  return { env };
}
