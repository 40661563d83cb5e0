/**
 * Accessibility checks on a page open in Chromium: axe-core (WCAG 2.2 AA rules), reflow at 320 pixels, the text
 * spacing override, focus indicators and their contrast, tab stops, and chart text (tests/helpers/page-checks.browser.js),
 * for tests/a11y.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import type { Page } from "playwright-core";

/** The rules WCAG 2.2 AA needs, by axe-core's tags. https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#axe-core-tags */
export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const axeSource = readFileSync(join("node_modules", "axe-core", "axe.min.js"), "utf8");
const checksSource = readFileSync(join("tests", "helpers", "page-checks.browser.js"), "utf8");

/**
 * WCAG 1.4.12 Text Spacing, as the override bookmarklet applies it: line height 1.5 times the font size, spacing
 * after paragraphs 2 times, letter spacing 0.12 times, word spacing 0.16 times.
 * https://www.w3.org/WAI/WCAG22/Understanding/text-spacing.html
 */
export const textSpacingOverride = `
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
`;

/** Every HTML page in a built site, as addresses below the site's root: "", "404.html", "brackenfold/", ... */
export function sitePages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => file.split(sep).join("/"))
    .map((file) => (file === "index.html" ? "" : file.replace(/(^|\/)index\.html$/, "$1")))
    .sort();
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
