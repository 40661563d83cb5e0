/**
 * npm run check-pages -- [--changed changes.json] [ADDRESS...]
 * Checks pages of the built site (OUTPUT_DIR, default _site, under PATH_PREFIX) as the tests check the fixtures'
 * pages: html-validate with the project's configuration; served with the headers its own `_headers` gives each
 * address and opened in Chromium, no Content Security Policy violation, console error or missing file; and every
 * check the tests make on each page of the fixtures' sites (lib/checks/page-checks.ts, checkOpenPage): axe-core's
 * WCAG 2.2 AA rules at 1280 and 320 CSS pixels, reflow, text cut off with the WCAG 1.4.12 text spacing, focus
 * indicators and their contrast, needless tab stops, chart labels, and each chart's name heard once.
 *
 * Which pages: those named (addresses as `npm run changes` gives them, "/brackenfold/actions/cs1/"); or with
 * `--changed FILE`, the pages added and changed in what `npm run changes -- --json-file FILE` wrote (every page when
 * the base did not build); or with `--held-back FILE`, the pages of the reports it says are held back until their
 * publication date, which go online by themselves on that day, so are checked in a preview build (PREVIEW=true)
 * before the merge; or, with none of these, every page. The pull-request check runs it over the pages a content
 * change touches.
 * Prints each problem and a closing count; exits 1 if there is any.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { headersFor, parseHeadersFile } from "../lib/outputs/security-headers.ts";
import { readSettings } from "../lib/settings.ts";
import { launchBrowser, serveFolder, type ServedFolder } from "../lib/checks/browser.ts";
import { checkOpenPage, checkWidths, pageFile, refreshTarget, sitePages } from "../lib/checks/page-checks.ts";
import { pluralise } from "../lib/format/numbers.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { changed: { type: "string" }, "held-back": { type: "string" } },
});
const settings = readSettings(process.env);
const { outputDir, pathPrefix } = settings;

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!existsSync(join(outputDir, "index.html"))) stop(`There is no built site in ${outputDir}: run npm run build first.`);
const built = sitePages(outputDir);

/** "/brackenfold/" or "brackenfold/" to the form sitePages gives, "brackenfold/"; "" for the home page. */
const pageOf = (address: string): string => address.replace(/^\/+/, "");

interface ChangesFile {
  site?: { pages: { added: string[]; changed: string[] } };
  heldBack: { address: string }[];
}

function readChanges(file: string): ChangesFile {
  if (!existsSync(file)) stop(`${file} does not exist: write it with npm run changes -- --json-file ${file}`);
  return JSON.parse(readFileSync(file, "utf8")) as ChangesFile;
}

function chosenPages(): { pages: string[]; why: string } {
  const heldBack = values["held-back"];
  if (heldBack !== undefined) {
    const pages = readChanges(heldBack).heldBack.map((report) => pageOf(report.address));
    return { pages, why: `the ${pluralise(pages.length, "report")} held back until their publication date` };
  }
  if (values.changed !== undefined) {
    const report = readChanges(values.changed);
    if (report.site === undefined) return { pages: built, why: "every page (the base could not be built to compare with)" };
    const pages = [...report.site.pages.added, ...report.site.pages.changed].map(pageOf);
    return { pages, why: `the ${pluralise(pages.length, "page")} the change adds or changes` };
  }
  if (positionals.length > 0) return { pages: positionals.map(pageOf), why: "the pages named" };
  return { pages: built, why: "every page" };
}

const { pages, why } = chosenPages();
const missing = pages.filter((page) => !built.includes(page));
if (missing.length > 0) stop(`Not pages of the built site in ${outputDir}: ${missing.map((page) => `/${page}`).join(", ")}`);

const problems: string[] = [];
const report = (page: string, found: string[]): void => void problems.push(...found.map((problem) => `/${page}: ${problem}`));

// html-validate, as if each page sat at its own path in the project, so that the loader finds .htmlvalidate.mjs.
const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
for (const page of pages) {
  const result = await htmlvalidate.validateString(readFileSync(pageFile(outputDir, page), "utf8"), resolve(pageFile("", page)));
  report(
    page,
    result.results.flatMap((found) =>
      found.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    ),
  );
}

async function openPage(context: BrowserContext, site: ServedFolder, page: string): Promise<Page> {
  const opened = await context.newPage();
  opened.on("console", (message) => {
    if (message.type() === "error") report(page, [message.text()]);
  });
  opened.on("pageerror", (error) => report(page, [error.message]));
  opened.on("response", (response) => {
    if (response.status() >= 400) report(page, [`${response.status()} for ${response.url()}`]);
  });
  const target = refreshTarget(outputDir, page);
  await opened.goto(target === undefined ? site.url + page : new URL(target, site.url).href, { waitUntil: "load" });
  return opened;
}

const rules = existsSync(join(outputDir, "_headers")) ? parseHeadersFile(readFileSync(join(outputDir, "_headers"), "utf8")) : [];
const site = await serveFolder(outputDir, {
  prefix: pathPrefix,
  headers: (sitePath) => headersFor(rules, `${pathPrefix.replace(/\/$/, "")}${sitePath}`),
});
let browser: Browser | undefined;
let focusable = 0;
try {
  browser = await launchBrowser();
  // Under the site's own policy: every violation is reported to the console, as an error.
  const policed = await browser.newContext();
  await policed.addInitScript(`document.addEventListener("securitypolicyviolation", (event) =>
    console.error("Content Security Policy violation: " + event.violatedDirective + " refused " + (event.blockedURI || "inline")));`);
  // The accessibility checks inject axe-core, which the policy would refuse.
  const checked = await browser.newContext({ bypassCSP: true });
  for (const page of pages) {
    const underPolicy = await openPage(policed, site, page);
    await underPolicy.close();

    const opened = await checked.newPage();
    const target = refreshTarget(outputDir, page);
    await opened.setViewportSize(checkWidths.wide);
    await opened.goto(target === undefined ? site.url + page : new URL(target, site.url).href, { waitUntil: "load" });
    const { checked: counts, ...findings } = await checkOpenPage(opened);
    focusable += counts.focusable;
    report(page, Object.values(findings).flat());
    await opened.close();
  }
} finally {
  await browser?.close();
  await site.close();
}

for (const problem of problems) console.log(problem);
console.log(
  `Checked ${why} in ${outputDir} (html-validate; the Content Security Policy; axe-core, reflow, text spacing, ` +
    `focus, tab stops and chart labels at ${checkWidths.wide.width} and ${checkWidths.narrow.width} px, ${focusable.toLocaleString("en-GB")} focusable elements): ` +
    `${pluralise(problems.length, "problem")}.`,
);
process.exitCode = problems.length > 0 ? 1 : 0;
