/**
 * What every chart shares: escaping, the <svg> frame with its accessible name, the fill patterns that let a
 * reader tell one series from another without colour (WCAG 1.4.1), and the table model for the same data.
 *
 * Charts carry no inline styles and no scripts (the Content Security Policy forbids both): every element has
 * a class, and _includes/styles/_charts.scss colours it, including for Windows high-contrast mode and print.
 */
import { daysBetween } from "../time/calendar.ts";
import {
  financialYearEnd,
  financialYearOfDate,
  financialYearStart,
  financialYearText,
  type FinancialYear,
} from "../time/financial-quarter.ts";

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for SVG (XML) text and attribute values: titles come from officers' content. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

/** A coordinate to one decimal place, which is finer than any screen shows and keeps the markup short. */
export function coordinate(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** An id safe for HTML, made from the caller's name for the chart, unique on a page as long as that is. */
export function chartId(name: string): string {
  return `chart-${name.toLowerCase().replace(/[^a-z0-9_-]+/g, "-")}`;
}

export interface ChartFrame {
  /** From chartId(). */
  id: string;
  /** The chart's accessible name. */
  title: string;
  /** What the chart shows, in a sentence or two: the summary a screen reader user hears. */
  description: string;
  /** The chart type, for the class app-chart__svg--<kind>. */
  kind: string;
  width: number;
  height: number;
  /** Pattern definitions, if the chart fills anything with one. */
  defs?: string;
  body: string;
}

/**
 * The <svg> element: role="img" named by its <title> and described by its <desc>, so assistive technology
 * reads one image with a summary rather than every line and label. The viewBox lets it scale to any width.
 * https://www.w3.org/WAI/tutorials/images/complex/
 */
export function svgFrame(frame: ChartFrame): string {
  const { id, width, height } = frame;
  return (
    `<svg class="app-chart__svg app-chart__svg--${frame.kind}" viewBox="0 0 ${width} ${height}" role="img" ` +
    `aria-labelledby="${id}-title" aria-describedby="${id}-desc">` +
    `<title id="${id}-title">${escapeXml(frame.title)}</title><desc id="${id}-desc">${escapeXml(frame.description)}</desc>` +
    (frame.defs ? `<defs>${frame.defs}</defs>` : "") +
    frame.body +
    `</svg>`
  );
}

/** An SVG text element; `classes` are extra to app-chart__label. */
export function text(
  x: number,
  y: number,
  content: string,
  options: { anchor?: "start" | "middle" | "end"; classes?: string } = {},
): string {
  const anchor = options.anchor && options.anchor !== "start" ? ` text-anchor="${options.anchor}"` : "";
  const classes = options.classes ? ` ${options.classes}` : "";
  return `<text class="app-chart__label${classes}" x="${coordinate(x)}" y="${coordinate(y)}"${anchor}>${escapeXml(content)}</text>`;
}

export function rect(x: number, y: number, width: number, height: number, classes: string, fill?: string): string {
  const fillAttribute = fill ? ` fill="url(#${fill})"` : "";
  return `<rect class="${classes}" x="${coordinate(x)}" y="${coordinate(y)}" width="${coordinate(width)}" height="${coordinate(height)}"${fillAttribute}/>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, classes: string): string {
  const to = y1 === y2 ? `H${coordinate(x2)}` : x1 === x2 ? `V${coordinate(y2)}` : `L${coordinate(x2)} ${coordinate(y2)}`;
  return `<path class="${classes}" d="M${coordinate(x1)} ${coordinate(y1)}${to}"/>`;
}

/**
 * How a series is filled so that it can be told apart in black and white and in high-contrast mode, where
 * colours are lost: solid, diagonal lines, dots, crossed lines, horizontal lines, rings (hollow dots), dashes
 * (broken horizontal lines), or empty.
 */
export type Fill = "solid" | "lines" | "dots" | "crossed" | "stripes" | "rings" | "dashes" | "empty";

/** One thing a chart fills: its fill and the name used in its class (app-chart__fill--<key>). */
export interface Swatch {
  key: string;
  fill: Fill;
}

const patternInk: Record<Exclude<Fill, "solid" | "empty">, string> = {
  lines: `<path class="app-chart__ink" d="M0 0V6"/>`,
  crossed: `<path class="app-chart__ink" d="M0 0V6M0 0H6"/>`,
  stripes: `<path class="app-chart__ink" d="M0 3H6"/>`,
  dots: `<circle class="app-chart__dot" cx="3" cy="3" r="1.3"/>`,
  rings: `<circle class="app-chart__ink" cx="3" cy="3" r="1.6"/>`,
  dashes: `<path class="app-chart__ink" d="M0 3H3"/>`,
};

/** The <pattern> definitions the given swatches need, each with its id from swatchPatternId. */
export function patternDefs(id: string, swatches: readonly Swatch[]): string {
  return swatches
    .map(({ key, fill }) => {
      if (fill === "solid" || fill === "empty") return "";
      const rotate = fill === "lines" || fill === "crossed" ? ` patternTransform="rotate(45)"` : "";
      return (
        `<pattern id="${swatchPatternId(id, key)}" width="6" height="6" patternUnits="userSpaceOnUse"${rotate}>` +
        // fill="#fff" is only the fallback for a key the stylesheet gives no colour: a class's fill overrides it.
        `<rect class="app-chart__fill--${key}" width="6" height="6" fill="#fff"/>${patternInk[fill]}</pattern>`
      );
    })
    .join("");
}

export function swatchPatternId(id: string, key: string): string {
  return `${id}-${key}`;
}

/** A rectangle filled as its swatch: a pattern, or a solid or empty fill from its classes. */
export function swatchRect(id: string, swatch: Swatch, x: number, y: number, width: number, height: number): string {
  // A class that sets `fill` would override the pattern named in the fill attribute, so only solid and empty
  // shapes carry their swatch's class.
  if (swatch.fill === "solid") return rect(x, y, width, height, `app-chart__shape app-chart__solid app-chart__fill--${swatch.key}`);
  if (swatch.fill === "empty") return rect(x, y, width, height, `app-chart__shape app-chart__empty`);
  return rect(x, y, width, height, "app-chart__shape", swatchPatternId(id, swatch.key));
}

/**
 * Roughly how wide a line of chart text is, in chart units: enough to lay out labels without a browser. Generous,
 * so that a label still fits with the reader's own text spacing (WCAG 1.4.12: letters 0.12em apart, words 0.16em)
 * in a wide system font (DejaVu Sans, Verdana), as tests/a11y/pages.test.ts checks in Chromium.
 * https://www.w3.org/WAI/WCAG22/Understanding/text-spacing.html
 */
export function textWidth(words: string, weight: "normal" | "bold" = "normal"): number {
  let width = 0;
  for (const character of words) width += characterWidth(character) + 0.12 * fontSize + (character === " " ? 0.16 * fontSize : 0);
  // Bold (app-chart__label--strong) runs about 8% wider.
  return weight === "bold" ? width * 1.09 : width;
}

/** The charts' type size, in chart units (_charts.scss). */
const fontSize = 14;

/**
 * A character's width at that size in DejaVu Sans, a wide system sans-serif (Linux's system-ui): narrow
 * punctuation and i, l, j; f, t and r; m, w and %; capitals; and the rest, digits and £ among them.
 */
function characterWidth(character: string): number {
  if (/[ .,:;'’!|()[\]]/.test(character)) return 4.5;
  if (/[ilj]/.test(character)) return 4;
  if (/[ftr]/.test(character)) return 6.2;
  if (/[mwMW%]/.test(character)) return 13.5;
  if (/[A-Z]/.test(character)) return 10.5;
  return 8.9;
}

/**
 * Where a label of `words` starts (anchored at its start) so that it lies wholly inside the chart: beside `x` on
 * the side with room for it (after it, else before it), else as far in as it goes. Every label placed by this
 * stays inside the chart with the reader's own text spacing (textWidth), wherever `x` falls. Such labels are
 * bold (app-chart__label--strong), and measured so.
 */
export function labelStart(x: number, words: string, side: "beside" | "centred" = "beside"): number {
  const wide = textWidth(words, "bold");
  const within = (start: number) => Math.max(0, Math.min(start, chartWidth - wide));
  if (side === "centred") return within(x - wide / 2);
  if (x + 4 + wide <= chartWidth) return within(x + 4);
  return within(x - 4 - wide);
}

/** How many characters of chart text fit in `space` chart units, spacing included. */
export function charactersIn(space: number): number {
  // A word of five letters and a space is the average run of English text.
  return Math.max(1, Math.floor(space / (textWidth("words ") / 6)));
}

/** The width every chart is drawn at, in its own units; it scales to the page, down to 320 pixels wide. */
export const chartWidth = 360;

/** Legend entries, each a swatch and its words (never colour alone), flowing onto new rows as needed. */
export function legend(id: string, entries: readonly { swatch: Swatch; label: string }[], top: number): { markup: string; height: number } {
  const rowHeight = 22;
  let x = 0;
  let y = top;
  const markup = entries.map((entry) => {
    const entryWidth = 21 + textWidth(entry.label);
    if (x > 0 && x + entryWidth > chartWidth) {
      x = 0;
      y += rowHeight;
    }
    const item = swatchRect(id, entry.swatch, x + 1, y + 1, 14, 14) + text(x + 21, y + 13, entry.label);
    x += entryWidth + 16;
    return item;
  });
  return { markup: markup.join(""), height: entries.length === 0 ? 0 : y - top + rowHeight };
}

/** A linear scale from a domain of numbers onto a range of coordinates. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (n: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return (n) => (span === 0 ? (r0 + r1) / 2 : r0 + ((n - d0) / span) * (r1 - r0));
}

/** Days from `from`, so calendar dates can go on a linear scale. */
export function dayOffset(from: string, date: string): number {
  return daysBetween(from, date);
}

/**
 * A time axis marked by financial year: a tick at each 1 April and the year's name, "2024/25", centred in
 * its span where there is room for it. Councils plan and report in financial years.
 */
export function financialYearAxis(from: string, to: string, x: (date: string) => number, y: number): string {
  const parts: string[] = [line(x(from), y, x(to), y, "app-chart__axis")];
  for (let year: FinancialYear = financialYearOfDate(from); financialYearStart(year) <= to; year = { startYear: year.startYear + 1 }) {
    const start = financialYearStart(year) < from ? from : financialYearStart(year);
    const end = financialYearEnd(year) > to ? to : financialYearEnd(year);
    if (start === financialYearStart(year)) parts.push(line(x(start), y, x(start), y + 5, "app-chart__axis"));
    if (x(end) - x(start) >= textWidth("2024/25") + 4)
      parts.push(text((x(start) + x(end)) / 2, y + 18, financialYearText(year), { anchor: "middle" }));
  }
  return parts.join("");
}

/** A cell of a chart's table: its words, and a machine-readable date when it is one. */
export interface ChartTableCell {
  text: string;
  /** For <time datetime>: "2025-03-31" or "2025-03". */
  datetime?: string;
  numeric?: boolean;
}

/** The chart's data as a table: the same figures, for people who cannot see or read the chart. */
export interface ChartTable {
  caption: string;
  /** Column headings; the first heads the row headings. */
  head: ChartTableCell[];
  rows: { header: ChartTableCell; cells: ChartTableCell[] }[];
}

/**
 * Words broken into lines of at most `length` characters, for SVG text, which does not wrap; the last of
 * `maxLines` lines ends with an ellipsis when the words go on.
 */
export function wrapWords(words: string, length: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of words.split(/\s+/).filter(Boolean)) {
    if (!current || current.length + 1 + word.length <= length) {
      current = current ? `${current} ${word}` : word;
      continue;
    }
    if (lines.length + 1 === maxLines) {
      // Out of lines: end this one with an ellipsis, on a word boundary where the line has room for it.
      lines.push(current.length + 1 <= length ? `${current}…` : truncate(current, length));
      return lines;
    }
    lines.push(current);
    current = word;
  }
  if (current) lines.push(truncate(current, length));
  return lines;
}

/** Shortens a line of text to `length` characters, ending with an ellipsis when it was cut. */
export function truncate(words: string, length: number): string {
  if (words.length <= length) return words;
  return `${words.slice(0, length - 1).trimEnd()}…`;
}

/** "a", "a and b", "a, b and c": a list in a sentence, GOV.UK style (no Oxford comma). */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** What every chart takes besides its data: a name for its ids, unique on the page, and its title. */
export interface ChartOptions {
  id?: string;
  title?: string;
}
