/**
 * How many milestones stand at each status: one bar divided into a segment per status, each filled with its
 * own pattern, and a key that names every status with its count, so no reader depends on colour.
 */
import type { StatusCounts } from "../derive/status-counts.ts";
import { pluralise } from "../format/numbers.ts";
import type { MilestoneStatus } from "../schema/index.ts";
import { formatCount } from "../format/numbers.ts";
import {
  chartId,
  chartWidth as width,
  legend,
  listInWords,
  patternDefs,
  sentenceCase,
  svgFrame,
  swatchRect,
  text,
  type ChartOptions,
  type ChartTable,
  type Swatch,
} from "./svg.ts";

/** Done first, then open work from best to worst, then what has not started or was dropped. */
export const statusOrder: readonly MilestoneStatus[] = ["complete", "on track", "at risk", "delayed", "not started", "cancelled"];

export const statusSwatches: Record<MilestoneStatus, Swatch> = {
  complete: { key: "complete", fill: "solid" },
  "on track": { key: "on-track", fill: "lines" },
  "at risk": { key: "at-risk", fill: "dots" },
  delayed: { key: "delayed", fill: "crossed" },
  "not started": { key: "not-started", fill: "empty" },
  cancelled: { key: "cancelled", fill: "stripes" },
};

const defaultTitle = "Milestones by status";
const barHeight = 32;

/** "33 milestones: 25 complete, 1 on track and 2 cancelled. 3 are overdue." */
export function statusSummary(counts: StatusCounts): string {
  if (counts.total === 0) return "No milestones yet.";
  const parts = statusOrder
    .filter((status) => counts.byStatus[status] > 0)
    .map((status) => `${formatCount(counts.byStatus[status])} ${status}`);
  const overdue = counts.overdue === 0 ? "" : ` ${formatCount(counts.overdue)} ${counts.overdue === 1 ? "is" : "are"} overdue.`;
  return `${pluralise(counts.total, "milestone")}: ${listInWords(parts)}.${overdue}`;
}

export function statusDistributionChart(counts: StatusCounts, options: ChartOptions = {}): string {
  const id = chartId(options.id ?? "status");
  const present = statusOrder.filter((status) => counts.byStatus[status] > 0);
  let x = 0;
  const segments = present.map((status) => {
    const segmentWidth = (counts.byStatus[status] / counts.total) * width;
    const segment = swatchRect(id, statusSwatches[status], x + 0.5, 0.5, segmentWidth - 1, barHeight);
    x += segmentWidth;
    return segment;
  });
  const key = legend(
    id,
    present.map((status) => ({
      swatch: statusSwatches[status],
      label: `${sentenceCase(status)}: ${formatCount(counts.byStatus[status])}`,
    })),
    barHeight + 12,
  );
  const empty = counts.total === 0 ? text(0, 20, "No milestones yet") : "";
  return svgFrame({
    id,
    title: options.title ?? defaultTitle,
    description: statusSummary(counts),
    kind: "status",
    width,
    height: counts.total === 0 ? 32 : barHeight + 12 + key.height,
    defs: patternDefs(
      id,
      present.map((status) => statusSwatches[status]),
    ),
    body: segments.join("") + key.markup + empty,
  });
}

export function statusDistributionTable(counts: StatusCounts, options: ChartOptions = {}): ChartTable {
  return {
    caption: options.title ?? defaultTitle,
    head: [{ text: "Status" }, { text: "Milestones", numeric: true }],
    rows: [
      ...statusOrder.map((status) => ({
        header: { text: sentenceCase(status) },
        cells: [{ text: formatCount(counts.byStatus[status]), numeric: true }],
      })),
      { header: { text: "Total" }, cells: [{ text: formatCount(counts.total), numeric: true }] },
      { header: { text: "Overdue (also counted above)" }, cells: [{ text: formatCount(counts.overdue), numeric: true }] },
    ],
  };
}
