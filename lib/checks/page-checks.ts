/**
 * Accessibility checks on a page open in Chromium: axe-core (WCAG 2.2 AA rules), reflow at 320 pixels, the text
 * spacing override, focus indicators and their contrast, tab stops, and chart text (lib/checks/page-checks.browser.js),
 * for tests/a11y.
 */
import { readdirSync, readFileSync } from "node:fs";
import { isEditorFile } from "../editor/paths.ts";
import { join, sep } from "node:path";
import type { Page } from "playwright-core";

/** The rules WCAG 2.2 AA needs, by axe-core's tags. https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#axe-core-tags */
export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const axeSource = readFileSync(join("node_modules", "axe-core", "axe.min.js"), "utf8");
const checksSource = readFileSync(new URL("./page-checks.browser.js", import.meta.url), "utf8");

/**
 * WCAG 1.4.12 Text Spacing, as the override bookmarklet applies it: line height 1.5 times the font size, spacing
 * after paragraphs 2 times, letter spacing 0.12 times, word spacing 0.16 times.
 * https://www.w3.org/WAI/WCAG22/Understanding/text-spacing.html
 */
export const textSpacingOverride = `
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
`;

/** Every public HTML page in a built site (not the editor's), as addresses below the site's root: "", "404.html", "brackenfold/", ... */
export function sitePages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => file.split(sep).join("/"))
    .filter((file) => !isEditorFile(file))
    .map((file) => (file === "index.html" ? "" : file.replace(/(^|\/)index\.html$/, "$1")))
    .sort();
}

/** The file a page's address is written to: the home page ("") and "brackenfold/" are their folders' index.html. */
export function pageFile(dir: string, page: string): string {
  return join(dir, page === "" || page.endsWith("/") ? `${page}index.html` : page);
}

/** Where a built page's <meta http-equiv="refresh"> sends the browser, if it has one (a site of one council's home). */
export function refreshTarget(dir: string, page: string): string | undefined {
  if (page.includes("?")) return undefined;
  return /<meta http-equiv="refresh" content="0; url=([^"]*)">/.exec(readFileSync(pageFile(dir, page), "utf8"))?.[1];
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string; html: string }[];
}

/** axe-core's violations of the WCAG 2.2 AA rules on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate("typeof axe !== 'undefined'"))) await page.evaluate(axeSource);
  const results = await page.evaluate<{ violations: AxeViolation[] }>(
    `axe.run(document, { runOnly: { type: "tag", values: ${JSON.stringify(wcagTags)} }, resultTypes: ["violations"] })`,
  );
  return results.violations;
}

/** One line per element: rule, impact, what to fix, where. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? "unknown impact"}): ${violation.help} at ${node.target.join(" ")}\n` +
        `        ${node.html.slice(0, 200)}\n        ${(node.failureSummary ?? "").replace(/\n\s*/g, " ")}\n        ${violation.helpUrl}`,
    ),
  );
}

async function ensureChecks(page: Page): Promise<void> {
  if (!(await page.evaluate("typeof planPagesChecks !== 'undefined'"))) await page.evaluate(checksSource);
}

/** WCAG 1.4.10: problems if the page scrolls sideways at its current width. */
export async function reflowProblems(page: Page): Promise<string[]> {
  await ensureChecks(page);
  return page.evaluate<string[]>("planPagesChecks.reflow()");
}

/** WCAG 1.4.12: applies the text spacing override, then lists text that is cut off or spills out of its box. */
export async function textSpacingProblems(page: Page): Promise<string[]> {
  await page.addStyleTag({ content: textSpacingOverride });
  await ensureChecks(page);
  return page.evaluate<string[]>("planPagesChecks.clippedText()");
}

export interface FocusFindings {
  checked: number;
  /** WCAG 2.4.7: elements that look the same focused as not. */
  problems: string[];
  /** WCAG 1.4.11 and 1.4.3: indicators under 3:1 against what is behind them, focused text under 4.5:1. */
  contrastProblems: string[];
  /** The lowest contrast of any element's best indicator part, and of any focused text (Infinity if none). */
  worstIndicator: number;
  worstText: number;
}

/**
 * WCAG 2.4.7, 1.4.11 and 1.4.3: presses Tab once, then focuses each focusable element in turn, compares how it
 * looks, and measures the contrast of its indicator and of its text while focused.
 */
export async function focusProblems(page: Page): Promise<FocusFindings> {
  await ensureChecks(page);
  await page.keyboard.press("Tab");
  return page.evaluate<FocusFindings>("planPagesChecks.focusIndicators()");
}

/** Tab stops that are neither interactive nor a region that scrolls at the page's current width. */
export async function needlessTabStops(page: Page): Promise<string[]> {
  await ensureChecks(page);
  return page.evaluate<string[]>("planPagesChecks.needlessTabStops()");
}

/** WCAG 1.4.12 for charts: after textSpacingProblems(), chart text that runs past its chart or overlaps other text. */
export async function chartTextProblems(page: Page): Promise<{ charts: number; labels: number; problems: string[] }> {
  await ensureChecks(page);
  return page.evaluate("planPagesChecks.chartText()");
}

/** The widths every page is checked at: a laptop, and the 320 CSS pixels of WCAG 1.4.10 Reflow. */
export const checkWidths = { wide: { width: 1280, height: 900 }, narrow: { width: 320, height: 640 } };

/** What every check found on one page, by kind, each problem already saying at which width. */
export interface PageFindings {
  axe: string[];
  reflow: string[];
  spacing: string[];
  focus: string[];
  focusContrast: string[];
  tabStops: string[];
  chartText: string[];
  chartNames: string[];
  /** How much was checked: focusable elements, the lowest contrasts found, charts and their labels. */
  checked: { focusable: number; worstIndicator: number; worstText: number; charts: number; chartLabels: number };
}

/**
 * Every check on a page already open (and loaded) in a context that lets axe-core be injected, in the one order the
 * tests and `npm run check-pages` share: at 1280 pixels, axe-core, each chart's name heard once, and focus (its
 * indicator, contrast and text); at 320, axe-core, reflow, then with the WCAG 1.4.12 text spacing applied, text cut
 * off, reflow again, needless tab stops and chart labels; then at 1280 again with the spacing, text and chart labels.
 * Leaves the page at 1280 pixels with the spacing applied.
 */
export async function checkOpenPage(page: Page): Promise<PageFindings> {
  const { wide, narrow } = checkWidths;
  const at = (width: number, problems: string[]) => problems.map((problem) => `at ${width} px: ${problem}`);
  const findings: PageFindings = {
    axe: [],
    reflow: [],
    spacing: [],
    focus: [],
    focusContrast: [],
    tabStops: [],
    chartText: [],
    chartNames: [],
    checked: { focusable: 0, worstIndicator: Infinity, worstText: Infinity, charts: 0, chartLabels: 0 },
  };
  await page.setViewportSize(wide);
  findings.axe.push(...at(wide.width, describeViolations(await axeViolations(page))));
  // Each chart's name is heard once: as the image's name, not again as a figure's or a caption's.
  for (const chart of await page.locator(".app-chart").all()) {
    const name = await chart.locator("svg > title").textContent();
    // The snapshot is YAML: a name with an apostrophe comes in single quotes, the apostrophe doubled.
    const quoted = [`"${name}"`, `"${name?.replaceAll("'", "''")}"`];
    const heard = (await chart.ariaSnapshot()).split("\n").filter((line) => quoted.some((words) => line.includes(words)));
    if (heard.length !== 1) findings.chartNames.push(`"${name}" is heard ${heard.length} times: ${heard.join("; ")}`);
  }
  const focus = await focusProblems(page);
  findings.checked.focusable = focus.checked;
  findings.checked.worstIndicator = focus.worstIndicator;
  findings.checked.worstText = focus.worstText;
  findings.focus.push(...focus.problems);
  findings.focusContrast.push(...at(wide.width, focus.contrastProblems));

  await page.setViewportSize(narrow);
  findings.axe.push(...at(narrow.width, describeViolations(await axeViolations(page))));
  findings.reflow.push(...at(narrow.width, await reflowProblems(page)));
  findings.spacing.push(...at(narrow.width, await textSpacingProblems(page)));
  // With the text spacing override from here on: reflow again, and a tab stop only where a region scrolls at the
  // narrowest width (a page has no script to make a region a tab stop only at the widths where it scrolls).
  findings.reflow.push(
    ...at(
      narrow.width,
      (await reflowProblems(page)).map((problem) => `with text spacing, ${problem}`),
    ),
  );
  findings.tabStops.push(...at(narrow.width, await needlessTabStops(page)));
  findings.chartText.push(...at(narrow.width, (await chartTextProblems(page)).problems));
  await page.setViewportSize(wide);
  findings.spacing.push(...at(wide.width, await page.evaluate<string[]>("planPagesChecks.clippedText()")));
  const wideCharts = await chartTextProblems(page);
  findings.chartText.push(...at(wide.width, wideCharts.problems));
  findings.checked.charts = wideCharts.charts;
  findings.checked.chartLabels = wideCharts.labels;
  return findings;
}
