/**
 * The roadmap at a glance: a column for every financial quarter of the plan, as tall as the number of
 * milestones due in it, divided into complete, still to do, overdue and cancelled, with a line at the "as of"
 * date. Each part has its own fill and the key names it; the table beside the chart gives every count.
 */
import type { CouncilView, MilestoneView } from "../derive/council.ts";
import { formatDate, formatPeriodMonths } from "../format/dates.ts";
import { capitaliseFirst, formatCount, pluralise } from "../format/numbers.ts";
import { dateParts, monthNames } from "../time/calendar.ts";
import {
  financialQuarterSlug,
  financialYearText,
  quarterEnd,
  quarterStart,
  quartersBetween,
  type FinancialQuarter,
} from "../time/financial-quarter.ts";
import {
  chartId,
  chartWidth as width,
  dayOffset,
  legend,
  line,
  linearScale,
  listInWords,
  patternDefs,
  svgFrame,
  swatchRect,
  text,
  labelStart,
  textWidth,
  type ChartOptions,
  type ChartTable,
  type Swatch,
} from "./svg.ts";

export const roadmapCategories = ["complete", "to do", "overdue", "cancelled"] as const;
export type RoadmapCategory = (typeof roadmapCategories)[number];

const swatches: Record<RoadmapCategory, Swatch> = {
  complete: { key: "complete", fill: "solid" },
  "to do": { key: "to-do", fill: "empty" },
  overdue: { key: "overdue", fill: "crossed" },
  cancelled: { key: "cancelled", fill: "stripes" },
};

/** Where a milestone stands on the roadmap: done, dropped, late, or still to come. */
export function roadmapCategory(milestone: Pick<MilestoneView, "state">): RoadmapCategory {
  const { status, overdue } = milestone.state;
  if (status === "complete") return "complete";
  if (status === "cancelled") return "cancelled";
  return overdue ? "overdue" : "to do";
}

export interface RoadmapColumn {
  /** Undefined for the milestones with no end date. */
  quarter?: FinancialQuarter;
  /** For the column with no end date: true when every milestone in it is "ongoing" (not recurring or undated). */
  allOngoing?: boolean;
  counts: Record<RoadmapCategory, number>;
  total: number;
}

export interface RoadmapOptions extends ChartOptions {
  /** The date statuses are judged on, "2026-11-23". */
  asOf: string;
}

const defaultTitle = "Milestones due each quarter";

/** Every quarter from the first milestone's to the last one's, empty quarters included, then "ongoing". */
export function roadmapColumns(timeline: CouncilView["timeline"]): RoadmapColumn[] {
  const dated = timeline.flatMap((group) => (group.quarter ? [group.quarter] : []));
  const first = dated[0];
  const last = dated.at(-1);
  const quarters: (FinancialQuarter | undefined)[] = first && last ? quartersBetween(first, last) : [];
  if (timeline.some((group) => !group.quarter)) quarters.push(undefined);
  return quarters.map((quarter) => {
    const key = quarter ? financialQuarterSlug(quarter) : undefined;
    const milestones = timeline
      .filter((group) => (group.quarter ? financialQuarterSlug(group.quarter) : undefined) === key)
      .flatMap((group) => group.milestones);
    const counts = Object.fromEntries(roadmapCategories.map((category) => [category, 0])) as Record<RoadmapCategory, number>;
    for (const milestone of milestones) counts[roadmapCategory(milestone)] += 1;
    const allOngoing = !quarter && milestones.every((milestone) => milestone.state.due.precision === "ongoing");
    return { ...(quarter && { quarter }), ...(!quarter && { allOngoing }), counts, total: milestones.length };
  });
}

/** Milestones with no end date are "ongoing" only when the plan said so; recurring and undated work is not. */
function columnLabel(column: RoadmapColumn): string {
  if (column.quarter) return formatPeriodMonths(column.quarter);
  return column.allOngoing ? "Ongoing, no end date" : "No end date";
}

function noEndDateLabel(columns: readonly RoadmapColumn[]): string {
  return columns.find((column) => !column.quarter)?.allOngoing ? "Ongoing" : "No end date";
}

/** False when there is nothing to draw: no milestones. The page then shows no chart. */
export function roadmapChartShown(council: Pick<CouncilView, "timeline">): boolean {
  return council.timeline.some((group) => group.milestones.length > 0);
}

export function roadmapSummary(columns: readonly RoadmapColumn[], asOf: string): string {
  const total = columns.reduce((sum, column) => sum + column.total, 0);
  if (total === 0) return "No milestones yet.";
  const dated = columns.filter((column) => column.quarter);
  const sums = roadmapCategories
    .map((category) => ({ category, count: columns.reduce((sum, column) => sum + column.counts[category], 0) }))
    .filter(({ count }) => count > 0)
    .map(({ category, count }) => `${formatCount(count)} ${category}`);
  const firstColumn = dated[0];
  const lastColumn = dated.at(-1);
  const span = firstColumn && lastColumn ? ` due from ${columnLabel(firstColumn)} to ${columnLabel(lastColumn)}` : "";
  const ongoing = columns.find((column) => !column.quarter)?.total ?? 0;
  const ongoingText = ongoing > 0 ? ` ${pluralise(ongoing, "milestone")} ${ongoing === 1 ? "has" : "have"} no end date.` : "";
  return `${pluralise(total, "milestone")}${span}, as of ${formatDate(asOf)}: ${listInWords(sums)}.${ongoingText}`;
}

const plot = { top: 40, bottom: 150 };

/** The chart, or "" when there are no milestones to draw. */
export function roadmapChart(council: Pick<CouncilView, "timeline">, options: RoadmapOptions): string {
  if (!roadmapChartShown(council)) return "";
  const id = chartId(options.id ?? "roadmap");
  const columns = roadmapColumns(council.timeline);
  const noEndDate = noEndDateLabel(columns);
  const slot = width / Math.max(1, columns.length);
  const barWidth = Math.min(24, slot * 0.7);
  const tallest = Math.max(1, ...columns.map((column) => column.total));
  const y = linearScale([0, tallest], [plot.bottom, plot.top]);
  const present = roadmapCategories.filter((category) => columns.some((column) => column.counts[category] > 0));

  const parts: string[] = [line(0, plot.bottom, width, plot.bottom, "app-chart__axis")];
  columns.forEach((column, index) => {
    const centre = (index + 0.5) * slot;
    let top = plot.bottom;
    for (const category of present) {
      const count = column.counts[category];
      if (count === 0) continue;
      const segmentHeight = plot.bottom - y(count);
      parts.push(swatchRect(id, swatches[category], centre - barWidth / 2, top - segmentHeight, barWidth, segmentHeight));
      top -= segmentHeight;
    }
    if (column.total > 0) parts.push(text(centre, top - 4, formatCount(column.total), { anchor: "middle" }));
    // Milestones with no end date stand apart, after the last quarter.
    if (!column.quarter) {
      parts.push(line(index * slot, plot.bottom, index * slot, plot.bottom + 34, "app-chart__axis"));
      parts.push(text(width, plot.bottom + 30, noEndDate, { anchor: "end" }));
    }
    // The month each quarter starts, where there is room: "Apr", "Jul", "Oct", "Jan".
    else if (slot >= textWidth("Jan") + 3)
      parts.push(
        text(centre, plot.bottom + 14, monthNames[dateParts(quarterStart(column.quarter)).month - 1]?.slice(0, 3) ?? "", {
          anchor: "middle",
        }),
      );
  });

  // Financial years under their quarters, with a tick where each begins. "Ongoing" shares their row at the right,
  // so a year label that would run into it moves left, or is left out when its quarters have no room for it.
  const yearRowEnd = columns.some((column) => !column.quarter) ? width - textWidth(noEndDate) - 6 : width;
  columns.forEach((column, index) => {
    if (!column.quarter || (column.quarter.quarter !== 1 && index !== 0)) return;
    const yearColumns = columns.slice(index).filter((other) => other.quarter?.startYear === column.quarter?.startYear).length;
    if (index > 0) parts.push(line(index * slot, plot.bottom, index * slot, plot.bottom + 34, "app-chart__axis"));
    const label = financialYearText(column.quarter);
    const half = textWidth(label) / 2;
    const centre = Math.min((index + yearColumns / 2) * slot, yearRowEnd - half);
    if (centre - half >= index * slot - 2 && yearColumns * slot >= 2 * half + 4)
      parts.push(text(centre, plot.bottom + 30, label, { anchor: "middle" }));
  });

  // The "as of" line under the columns' labels, which are drawn over it with their halos; its own label on top.
  const asOf = asOfMarker(columns, slot, options.asOf);
  parts.unshift(asOf.line);
  parts.push(asOf.label);
  const key = legend(
    id,
    present.map((category) => ({ swatch: swatches[category], label: capitaliseFirst(category) })),
    plot.bottom + 44,
  );
  return svgFrame({
    id,
    title: options.title ?? defaultTitle,
    description: roadmapSummary(columns, options.asOf),
    kind: "roadmap",
    width,
    height: plot.bottom + 44 + key.height,
    defs: patternDefs(
      id,
      present.map((category) => swatches[category]),
    ),
    body: parts.join("") + key.markup,
  });
}

/** A dashed line at the "as of" date, placed within its quarter's column, and the date written beside it. */
function asOfMarker(columns: readonly RoadmapColumn[], slot: number, asOf: string): { line: string; label: string } {
  const dated = columns.filter((column) => column.quarter);
  const firstQuarter = dated[0]?.quarter;
  const lastQuarter = dated.at(-1)?.quarter;
  if (!firstQuarter || !lastQuarter) return { line: "", label: "" };
  let x: number;
  if (asOf < quarterStart(firstQuarter)) x = 0;
  else if (asOf > quarterEnd(lastQuarter)) x = dated.length * slot;
  else {
    const index = dated.findIndex((column) => column.quarter && quarterEnd(column.quarter) >= asOf);
    const quarter = dated[index]?.quarter ?? lastQuarter;
    const share = linearScale(
      [0, dayOffset(quarterStart(quarter), quarterEnd(quarter)) + 1],
      [0, 1],
    )(dayOffset(quarterStart(quarter), asOf));
    x = (index + share) * slot;
  }
  const label = `As of ${formatDate(asOf)}`;
  return {
    line: line(x, 18, x, plot.bottom, "app-chart__now"),
    label: text(labelStart(x, label), 13, label, { classes: "app-chart__label--strong" }),
  };
}

export function roadmapTable(council: Pick<CouncilView, "timeline">, options: RoadmapOptions): ChartTable {
  const columns = roadmapColumns(council.timeline);
  return {
    caption: options.title ?? defaultTitle,
    head: [{ text: "Quarter" }, ...roadmapCategories.map((category) => ({ text: capitaliseFirst(category), numeric: true }))],
    rows: columns.map((column) => ({
      header: { text: columnLabel(column) },
      cells: roadmapCategories.map((category) => ({ text: formatCount(column.counts[category]), numeric: true })),
    })),
  };
}
