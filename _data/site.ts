/**
 * The plan model handed to Eleventy: loaded, validated and derived by lib/, then laid out as the lists the
 * page templates paginate over. scripts/build.ts primes it with the model it has already validated; under
 * `npm start` it is loaded afresh on every rebuild, so content edits show straight away.
 */
import { basename, extname } from "node:path";
import { loadContent } from "../lib/load/content.ts";
import { deriveSite, type SiteView } from "../lib/derive/site.ts";
import { hasErrors } from "../lib/errors.ts";
import { printContentErrors } from "../lib/report.ts";
import { sitePages, type SitePages } from "../lib/site/pages.ts";
import { settings } from "./settings.ts";

let primed: SitePages | undefined;

export function primeSite(view: SiteView): void {
  primed = sitePages(view, settings);
}

let loaded: SitePages | undefined;
/** The site from the last content without mistakes, which `npm start` keeps serving while a mistake is fixed. */
let lastGood: SitePages | undefined;

/** Under `npm start`, each rebuild reads the content again: .eleventy.ts calls this before each one. */
export function forgetSiteData(): void {
  loaded = undefined;
}

export function siteData(): SitePages {
  if (primed) return primed;
  // Read once per rebuild: the pages and the downloads written after them come from the same content.
  loaded ??= loadSiteData();
  return loaded;
}

/**
 * A content mistake is the officer's to fix, not a crash: it is printed once, as `npm run check` prints it, with no
 * stack trace (an error thrown here would reach Eleventy, which prints it with its stack, twice over). While it is
 * being fixed the pages stay as they last were; with no good site to fall back on, the server stops.
 */
function loadSiteData(): SitePages {
  const content = loadContent(settings.contentDir);
  if (hasErrors(content.errors)) {
    printContentErrors(content.errors, process.env);
    if (lastGood) {
      console.error("The pages stay as they were until the mistake is fixed; saving the file again rebuilds them.");
      return lastGood;
    }
    console.error("Nothing was built. Fix the mistake, then run npm start again.");
    process.exit(1);
  }
  lastGood = sitePages(deriveSite(content, settings.asOf, { preview: settings.preview }), settings);
  return lastGood;
}

/** Passthrough copies of each council's logo to /assets/logos/<council>.<ext>. */
export function logoCopies(): Record<string, string> {
  const copies: Record<string, string> = {};
  for (const council of siteData().councils) {
    if (council.logoFile) copies[council.logoFile] = `assets/logos/${council.slug}${extname(basename(council.logoFile))}`;
  }
  return copies;
}
