/**
 * Which pages `npm run screenshots` photographs, chosen from a built site folder: one council's plan
 * overview, timeline, and its fullest action page and update page (the most content, so the most that
 * could go wrong), each at a desktop and a phone width.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** CSS pixels: a laptop, and the 320px of WCAG 1.4.10 Reflow (400% zoom of 1280px). */
export const screenshotWidths = [1280, 320];

export interface ScreenshotPage {
  /** For the file name: "brackenfold-action-cs1". */
  name: string;
  /** The page's address within the site, without the path prefix: "brackenfold/actions/cs1/". */
  path: string;
}

/** The folders under `dir` that hold an index.html, in name order. */
function pageFolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, "index.html")))
    .sort();
}

/** The folder whose index.html is largest (ties to the first by name). */
function fullest(dir: string): string | undefined {
  let best: { name: string; bytes: number } | undefined;
  for (const name of pageFolders(dir)) {
    const bytes = statSync(join(dir, name, "index.html")).size;
    if (!best || bytes > best.bytes) best = { name, bytes };
  }
  return best?.name;
}

/** The pages to photograph for the first council (by its folder name) that has a timeline. */
export function screenshotPages(siteDir: string): ScreenshotPage[] {
  const council = pageFolders(siteDir).find((name) => existsSync(join(siteDir, name, "timeline", "index.html")));
  if (!council) return [];
  const pages: ScreenshotPage[] = [{ name: `${council}-plan`, path: `${council}/` }];
  const action = fullest(join(siteDir, council, "actions"));
  if (action) pages.push({ name: `${council}-action-${action}`, path: `${council}/actions/${action}/` });
  const update = fullest(join(siteDir, council, "progress"));
  if (update) pages.push({ name: `${council}-update-${update}`, path: `${council}/progress/${update}/` });
  pages.push({ name: `${council}-timeline`, path: `${council}/timeline/` });
  return pages;
}

/** "brackenfold-plan-320.png" */
export function screenshotFileName(page: ScreenshotPage, width: number): string {
  return `${page.name}-${width}.png`;
}

/** Every page's address within the site, for the sideways-scrolling check: "404.html", "brackenfold/". */
export function pageAddresses(htmlFiles: string[]): string[] {
  return htmlFiles.map((file) => file.replace(/(^|\/)index\.html$/, "$1"));
}
