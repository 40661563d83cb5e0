/**
 * Savings planned against delivered, a pair of bars per financial year: planned drawn hatched, delivered
 * solid, each with its amount written beside it, so the figures never depend on colour or on the bar's length.
 */
import type { Savings, SavingsLine } from "../derive/savings.ts";
import { formatMoney } from "../format/money.ts";
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

/** "£2.78 million planned and £1.802 million delivered." */
export function savingsSummary(savings: Savings): string {
  if (savings.lines.length === 0) return "No savings planned.";
  const years = savings.lines.map(
    (line) => `${savingsLineLabel(line)}: ${formatMoney(line.planned)} planned, ${formatMoney(line.delivered)} delivered.`,
  );
  return `In total ${formatMoney(savings.planned)} planned and ${formatMoney(savings.delivered)} delivered. ${years.join(" ")}`;
}

export function savingsChart(savings: Savings, options: ChartOptions = {}): string {
  const id = chartId(options.id ?? "savings");
  const largest = Math.max(0, ...savings.lines.flatMap((line) => [line.planned, line.delivered]));
  const x = linearScale([0, largest], [0, barAreaWidth]);
  const groups = savings.lines.map((line, index) => {
    const top = index * groupHeight;
    return [
      text(0, top + 13, savingsLineLabel(line), { classes: "app-chart__label--strong" }),
      bar(id, planned, top + 20, x(line.planned), `Planned ${formatMoney(line.planned)}`),
      bar(id, delivered, top + 38, x(line.delivered), `Delivered ${formatMoney(line.delivered)}`),
    ].join("");
  });
  return svgFrame({
    id,
    title: options.title ?? defaultTitle,
    description: savingsSummary(savings),
    kind: "savings",
    width,
    height: Math.max(1, savings.lines.length) * groupHeight - 4,
    defs: patternDefs(id, [planned]),
    body: groups.join(""),
  });
}

function bar(id: string, swatch: Swatch, top: number, length: number, label: string): string {
  // A saving of nothing still shows as a sliver, so the row is not mistaken for a missing figure.
  return swatchRect(id, swatch, 0.5, top, Math.max(1, length), 14) + text(barAreaWidth + 10, top + 11.5, label);
}

export function savingsTable(savings: Savings, options: ChartOptions = {}): ChartTable {
  const row = (header: string, line: { planned: number; delivered: number }) => ({
    header: { text: header },
    cells: [
      { text: formatMoney(line.planned), numeric: true },
      { text: formatMoney(line.delivered), numeric: true },
    ],
  });
  return {
    caption: options.title ?? defaultTitle,
    head: [{ text: "Financial year" }, { text: "Planned", numeric: true }, { text: "Delivered", numeric: true }],
    rows: [...savings.lines.map((line) => row(savingsLineLabel(line), line)), ...(savings.lines.length > 1 ? [row("Total", savings)] : [])],
  };
}
