/**
 * Savings planned against delivered, a pair of bars per financial year: planned drawn hatched, delivered
 * solid, each with its amount written beside it, so the figures never depend on colour or on the bar's length.
 */
import type { Savings, SavingsLine } from "../derive/savings.ts";
import { formatMoney, moneyGap } from "../format/money.ts";
import {
  chartId,
  chartWidth as width,
  linearScale,
  patternDefs,
  svgFrame,
  swatchRect,
  text,
  type ChartOptions,
  type ChartTable,
  type Swatch,
} from "./svg.ts";

const planned: Swatch = { key: "planned", fill: "lines" };
const delivered: Swatch = { key: "delivered", fill: "solid" };

const defaultTitle = "Savings planned and delivered";
const barAreaWidth = 160;
const groupHeight = 60;

/** "2024/25", or the words for a saving over the whole plan. */
export function savingsLineLabel(line: SavingsLine): string {
  return line.year ?? "Whole plan, no single year";
}

/** "£275,000", or "not stated" for a figure no one gave: never "£0". */
function amount(pounds: number | undefined): string {
  return pounds === undefined ? "not stated" : formatMoney(pounds);
}

/**
 * "£275,000 planned", "£1.8 million delivered", "£1.8 million delivered (£7,000 less than planned)" where the two
 * read the same in words though they differ; leaving out a figure no one gave.
 */
function figuresInWords(figures: Pick<SavingsLine, "planned" | "delivered">): string[] {
  const { planned, delivered } = figures;
  const gap = planned !== undefined && delivered !== undefined ? moneyGap(delivered, planned) : undefined;
  const difference = gap === undefined ? "" : ` (${gap} ${(delivered ?? 0) < (planned ?? 0) ? "less" : "more"} than planned)`;
  return [
    planned !== undefined && `${formatMoney(planned)} planned`,
    delivered !== undefined && `${formatMoney(delivered)} delivered${difference}`,
  ].filter((part): part is string => typeof part === "string");
}

/** "2024/25: £275,000 planned, £234,000 delivered." leaving out a figure no one gave. */
function lineInWords(label: string, line: Pick<SavingsLine, "planned" | "delivered">): string {
  return `${label}: ${figuresInWords(line).join(", ")}.`;
}

/** False when no one stated a figure: the page then shows no chart. */
export function savingsChartShown(savings: Savings): boolean {
  return savings.planned !== undefined || savings.delivered !== undefined;
}

/** "In total £2.78 million planned and £1.8 million delivered." Only the figures someone stated. */
export function savingsSummary(savings: Savings): string {
  if (!savingsChartShown(savings)) return "No savings stated.";
  const total = figuresInWords(savings);
  const years = savings.lines
    .filter((line) => line.planned !== undefined || line.delivered !== undefined)
    .map((line) => lineInWords(savingsLineLabel(line), line));
  return `In total ${total.join(" and ")}. ${years.join(" ")}`;
}

/** The chart, or "" when no one stated a figure. A bar no one gave a figure for is not drawn, and its label says so. */
export function savingsChart(savings: Savings, options: ChartOptions = {}): string {
  if (!savingsChartShown(savings)) return "";
  const id = chartId(options.id ?? "savings");
  const lines = savings.lines.filter((line) => line.planned !== undefined || line.delivered !== undefined);
  const largest = Math.max(0, ...lines.flatMap((line) => [line.planned ?? 0, line.delivered ?? 0]));
  const x = linearScale([0, largest], [0, barAreaWidth]);
  const groups = lines.map((line, index) => {
    const top = index * groupHeight;
    return [
      text(0, top + 13, savingsLineLabel(line), { classes: "app-chart__label--strong" }),
      bar(id, planned, top + 20, line.planned === undefined ? undefined : x(line.planned), `Planned ${amount(line.planned)}`),
      bar(id, delivered, top + 38, line.delivered === undefined ? undefined : x(line.delivered), `Delivered ${amount(line.delivered)}`),
    ].join("");
  });
  return svgFrame({
    id,
    title: options.title ?? defaultTitle,
    description: savingsSummary(savings),
    kind: "savings",
    width,
    height: Math.max(1, lines.length) * groupHeight - 4,
    defs: patternDefs(id, [planned]),
    body: groups.join(""),
  });
}

function bar(id: string, swatch: Swatch, top: number, length: number | undefined, label: string): string {
  // A stated saving of nothing still shows as a sliver; a figure no one gave has no bar at all, only its words.
  const shape = length === undefined ? "" : swatchRect(id, swatch, 0.5, top, Math.max(1, length), 14);
  return shape + text(barAreaWidth + 10, top + 11.5, label);
}

export function savingsTable(savings: Savings, options: ChartOptions = {}): ChartTable {
  const row = (header: string, line: Pick<SavingsLine, "planned" | "delivered">) => ({
    header: { text: header },
    cells: [
      { text: amount(line.planned), numeric: true },
      { text: amount(line.delivered), numeric: true },
    ],
  });
  return {
    caption: options.title ?? defaultTitle,
    head: [{ text: "Financial year" }, { text: "Planned", numeric: true }, { text: "Delivered", numeric: true }],
    rows: [...savings.lines.map((line) => row(savingsLineLabel(line), line)), ...(savings.lines.length > 1 ? [row("Total", savings)] : [])],
  };
}
