/**
 * npm run build: validate the content, build the site into a fresh folder, then swap it in for _site/.
 * A content mistake, or a failure in any step, exits non-zero and leaves the previous _site/ untouched.
 * `npm run build -- --as-of 2027-02-10` builds the site as it will be on that day.
 */
import { writeFileSync } from "node:fs";
import { pluralise } from "../lib/format/numbers.ts";
import { loadContent } from "../lib/load/content.ts";
import { hasErrors } from "../lib/errors.ts";
import { printContentErrors } from "../lib/report.ts";
import { deriveSite, type SiteView } from "../lib/derive/site.ts";
import { discardBuildFolder, freshBuildFolder, swapIntoPlace } from "../lib/build/output-folder.ts";
import { startSearchIndex, type SearchIndexWhileRendering } from "../lib/build/search-index.ts";
import { startCalendars, writeOpenData } from "../lib/build/downloads.ts";
import { argumentSettings, readSettings } from "../lib/settings.ts";
import { formatDate } from "../lib/format/dates.ts";

// The command's own settings (--as-of) go into the environment before the site's settings are first read, here and
// by Eleventy's configuration; a bad one is a message, not a stack trace.
const fromArguments = argumentSettings(process.argv.slice(2));
if ("problem" in fromArguments) {
  console.error(fromArguments.problem);
  process.exit(2);
}
Object.assign(process.env, fromArguments.env);
try {
  readSettings(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
const settings = readSettings(process.env);
const { primeSite } = await import("../_data/site.ts");

const phases: Record<string, number> = {};
async function phase<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  phases[name] = (performance.now() - started) / 1000;
  return result;
}

// The loaded files keep every value's position, for messages; once the model is derived they are let go (135 MB at 317 councils).
async function validatedSite(): Promise<SiteView> {
  const content = await phase("load and validate", () => loadContent(settings.contentDir));
  printContentErrors(content.errors, process.env);
  if (hasErrors(content.errors)) {
    console.error(`Nothing was built; ${settings.outputDir} is unchanged.`);
    process.exit(1);
  }
  return phase("derive", () => deriveSite(content, settings.asOf, { preview: settings.preview }));
}

const site = await validatedSite();
primeSite(site);
printNotYetPublished(site);

/** One line for each report whose published date is after "as of": held back, or in a preview shown marked. */
function printNotYetPublished(view: SiteView): void {
  const reports = view.councils.flatMap((council) => council.notYetPublished).sort((a, b) => a.published.localeCompare(b.published));
  for (const report of reports) {
    const day = formatDate(report.published);
    console.log(
      view.preview
        ? `Shown in this preview, marked "Not yet published: goes online on ${day}": ${report.file}`
        : `Held back until ${day}: ${report.file}`,
    );
  }
}

const buildFolder = freshBuildFolder(settings.outputDir);
let searchIndex: SearchIndexWhileRendering | undefined;
let calendars: ReturnType<typeof startCalendars> | undefined;
try {
  // Pagefind reads each page as Eleventy writes it (lib/build/search-index.ts); "search index" is the wait for it at the end.
  searchIndex = startSearchIndex(buildFolder);
  // The calendars are written on a worker thread meanwhile; the open data once the pages are done (lib/build/downloads.ts).
  calendars = startCalendars(buildFolder, site, settings);
  await phase("render", async () => {
    // Loaded only once the content is valid, so that a content mistake is reported in well under two seconds.
    const { default: Eleventy } = await import("@11ty/eleventy");
    const eleventy = new Eleventy("pages", buildFolder, { configPath: ".eleventy.ts", quietMode: true });
    await eleventy.write();
  });
  // Pagefind writes its index in its own process while this one writes the open data.
  const searchIndexWritten = searchIndex.finish();
  searchIndexWritten.catch(() => {});
  await phase("other outputs", async () => {
    writeOpenData(buildFolder, site, settings);
    await calendars?.finished;
  });
  await phase("search index", () => searchIndexWritten);
  swapIntoPlace(buildFolder, settings.outputDir);
} catch (error) {
  // Nothing may still be writing into the folder as it is removed.
  await Promise.allSettled([searchIndex?.cancel(), calendars?.cancel()]);
  discardBuildFolder(buildFolder);
  console.error(error instanceof Error ? error.message : error);
  console.error(`The build failed; ${settings.outputDir} is unchanged.`);
  process.exit(1);
}

const timings = Object.entries(phases)
  .map(([name, seconds]) => `${name} ${seconds.toFixed(2)} s`)
  .join(", ");
console.log(
  `Built ${site.preview ? "a preview of " : ""}${pluralise(site.councils.length, "council")} as of ${site.asOf} into ${settings.outputDir} (${timings}).`,
);
// For `npm run bench`: the phase timings and this process's peak memory, as JSON.
if (process.env.BUILD_REPORT) {
  writeFileSync(process.env.BUILD_REPORT, JSON.stringify({ phases, maxRssKilobytes: process.resourceUsage().maxRSS }));
}
