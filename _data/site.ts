/**
 * The plan model handed to Eleventy: loaded, validated and derived by lib/, then laid out as the lists the
 * page templates paginate over. scripts/build.ts primes it with the model it has already validated; under
 * `npm start` it is loaded afresh on every rebuild, so content edits show straight away.
 */
import { basename, extname } from "node:path";
import { loadContent } from "../lib/load/content.ts";
import { deriveSite, type SiteView } from "../lib/derive/site.ts";
import { formatContentError } from "../lib/errors.ts";
import { hasErrors } from "../lib/errors.ts";
import { sitePages, type SitePages } from "../lib/site/pages.ts";
import { settings } from "./settings.ts";

let primed: SitePages | undefined;

export function primeSite(view: SiteView): void {
  primed = sitePages(view);
}

export class ContentNotValid extends Error {}

let loaded: SitePages | undefined;

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

function loadSiteData(): SitePages {
  const content = loadContent(settings.contentDir);
  if (hasErrors(content.errors)) {
    throw new ContentNotValid(`The content has mistakes:\n${content.errors.map(formatContentError).join("\n")}`);
  }
  return sitePages(deriveSite(content, settings.asOf, { preview: settings.preview }));
}

/** Passthrough copies of each council's logo to /assets/logos/<council>.<ext>. */
export function logoCopies(): Record<string, string> {
  const copies: Record<string, string> = {};
  for (const council of siteData().councils) {
    if (council.logoFile) copies[council.logoFile] = `assets/logos/${council.slug}${extname(basename(council.logoFile))}`;
  }
  return copies;
}
