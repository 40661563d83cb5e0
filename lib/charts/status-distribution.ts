/**
 * How many milestones stand at each status: one bar divided into a segment per status, each filled with its
 * own pattern, and a key that names every status with its count, so no reader depends on colour. "Not rated"
 * (a report gave no rating) and "no progress reported" (nothing has rated it at all) have patterns of their own:
 * neither is "not started", which is a rating someone gave.
 */
import type { StatusCounts } from "../derive/status-counts.ts";
import { noProgressReported, type ProgressStatus } from "../schema/index.ts";
import { capitaliseFirst, formatCount, pluralise } from "../format/numbers.ts";
import {
  chartId,
  chartWidth as width,
  legend,
  listInWords,
  patternDefs,
  svgFrame,
  swatchRect,
  type ChartOptions,
  type ChartTable,
  type Swatch,
} from "./svg.ts";

/** Done first, then open work from best to worst, then what has not started or was dropped, then what no one rated. */
export const statusOrder: readonly ProgressStatus[] = [
  "complete",
  "on track",
  "at risk",
  "delayed",
  "not started",
  "cancelled",
  "not rated",
  noProgressReported,
];

export const statusSwatches: Record<ProgressStatus, Swatch> = {
  complete: { key: "complete", fill: "solid" },
  "on track": { key: "on-track", fill: "lines" },
  "at risk": { key: "at-risk", fill: "dots" },
  delayed: { key: "delayed", fill: "crossed" },
  "not started": { key: "not-started", fill: "empty" },
  cancelled: { key: "cancelled", fill: "stripes" },
  "not rated": { key: "not-rated", fill: "rings" },
  [noProgressReported]: { key: "no-progress-reported", fill: "dashes" },
};

/** "4 on track", "3 with no progress reported": a count and its status in a sentence. */
function countInWords(status: ProgressStatus, count: number): string {
  return status === noProgressReported ? `${formatCount(count)} with no progress reported` : `${formatCount(count)} ${status}`;
}

const defaultTitle = "Milestones by status";
const barHeight = 32;

/**
 * "33 milestones: 25 complete, 1 on track and 2 cancelled. 3 are overdue." Those nobody has rated are "past their
 * date", not "overdue" with a status no one gave.
 */
export function statusSummary(counts: StatusCounts): string {
  if (counts.total === 0) return "No milestones yet.";
  const parts = statusOrder.filter((status) => counts.byStatus[status] > 0).map((status) => countInWords(status, counts.byStatus[status]));
  const rated = counts.overdueRated;
  const overdue = rated === 0 ? "" : ` ${formatCount(rated)} ${rated === 1 ? "is" : "are"} overdue.`;
  const unreported = counts.overdueUnreported;
  const passed =
    unreported === 0
      ? ""
      : ` ${formatCount(unreported)} ${unreported === 1 ? "is past its" : "are past their"} date with no progress reported.`;
  return `${pluralise(counts.total, "milestone")}: ${listInWords(parts)}.${overdue}${passed}`;
}

/** False when there is nothing to draw: no milestones at all. The page then shows no chart. */
export function statusChartShown(counts: StatusCounts): boolean {
  return counts.total > 0;
}

/** The chart, or "" when there are no milestones to draw. */
export function statusDistributionChart(counts: StatusCounts, options: ChartOptions = {}): string {
  if (!statusChartShown(counts)) return "";
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
      label: `${capitaliseFirst(status)}: ${formatCount(counts.byStatus[status])}`,
    })),
    barHeight + 12,
  );
  return svgFrame({
    id,
    title: options.title ?? defaultTitle,
    description: statusSummary(counts),
    kind: "status",
    width,
    height: barHeight + 12 + key.height,
    defs: patternDefs(
      id,
      present.map((status) => statusSwatches[status]),
    ),
    body: segments.join("") + key.markup,
  });
}

export function statusDistributionTable(counts: StatusCounts, options: ChartOptions = {}): ChartTable {
  return {
    caption: options.title ?? defaultTitle,
    head: [{ text: "Status" }, { text: "Milestones", numeric: true }],
    rows: [
      // Only the statuses some milestone has: a row of "Not started: 0" on a plan that never used the word reads as a
      // claim about it.
      ...statusOrder
        .filter((status) => counts.byStatus[status] > 0)
        .map((status) => ({
          header: { text: capitaliseFirst(status) },
          cells: [{ text: formatCount(counts.byStatus[status]), numeric: true }],
        })),
      { header: { text: "Total" }, cells: [{ text: formatCount(counts.total), numeric: true }] },
      {
        header: { text: "Overdue (also counted above)" },
        cells: [{ text: formatCount(counts.overdueRated), numeric: true }],
      },
      ...(counts.overdueUnreported > 0
        ? [
            {
              header: { text: "Past their date, no progress reported (also counted above)" },
              cells: [{ text: formatCount(counts.overdueUnreported), numeric: true }],
            },
          ]
        : []),
    ],
  };
}
