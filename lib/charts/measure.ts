/**
 * A measure over time against its baseline and target: the values reported quarter by quarter as a line
 * starting from the baseline, with the baseline and the target as labelled reference lines. Only the
 * baseline, the target and the latest value are written on the chart; the table gives every value.
 */
import type { MeasureView } from "../derive/council.ts";
import { formatPeriodMonths, formatMonth } from "../format/dates.ts";
import { formatMeasure } from "../format/numbers.ts";
import {
  chartId,
  chartWidth as width,
  coordinate,
  dayOffset,
  financialYearAxis,
  line,
  linearScale,
  svgFrame,
  text,
  truncate,
  charactersIn,
  labelStart,
  textWidth,
  type ChartOptions,
  type ChartTable,
} from "./svg.ts";

export type MeasureChartInput = Pick<MeasureView, "title" | "unit" | "direction" | "baseline" | "target" | "series">;

const plot = { left: 4, right: width - 4, top: 30, bottom: 156 };
const axisY = 168;
const height = 196;

/** "July to September 2024" for "2024/25 Q2", "April to September 2024" for "2024/25 H1": the report's period. */
function periodMonths(period: string): string {
  try {
    return formatPeriodMonths(period);
  } catch {
    return period;
  }
}

/** " in March 2024", or nothing when the plan gives no date. */
const inMonth = (date: string | undefined): string => (date === undefined ? "" : ` in ${formatMonth(date)}`);
/** " by March 2027", or nothing when the plan gives no date. */
const byMonth = (date: string | undefined): string => (date === undefined ? "" : ` by ${formatMonth(date)}`);

/** What the chart shows, in words: only what the plan and the reports gave. */
export function measureSummary(measure: MeasureChartInput): string {
  const value = (n: number) => formatMeasure(n, measure.unit ?? "");
  const { baseline, target } = measure;
  const stated = [
    measure.direction !== undefined ? `${measure.title}, where ${measure.direction}.` : `${measure.title}.`,
    baseline && `Baseline ${value(baseline.value)}${inMonth(baseline.date)}${target ? ";" : "."}`,
    target && `${baseline ? "target" : "Target"} ${value(target.value)}${byMonth(target.date)}.`,
  ].filter((part): part is string => typeof part === "string");
  const start = stated.join(" ");
  const { latest, progress, points } = measure.series;
  if (!latest) return `${start} No values reported yet.`;
  const reported = points.length === 1 ? "1 value reported" : `${points.length} values reported`;
  // "not judged": no baseline, target or direction to judge by, so the chart says only the value.
  const judged = progress === "not judged" ? "" : `: ${progress}`;
  return `${start} Latest ${value(latest.value)} in ${periodMonths(latest.period)}${judged}. ${reported}.`;
}

/** A label as drawn: where its text starts and its baseline, in chart units. */
interface PlacedLabel {
  x: number;
  y: number;
  words: string;
  weight?: "bold";
}

/** Whether two labels' boxes (a line of 14-unit text, from its baseline up 11 and down 4) meet. */
function labelsMeet(a: PlacedLabel, b: PlacedLabel): boolean {
  const across = Math.min(a.x + textWidth(a.words, a.weight), b.x + textWidth(b.words, b.weight)) - Math.max(a.x, b.x);
  const down = Math.min(a.y + 4, b.y + 4) - Math.max(a.y - 11, b.y - 11);
  return across > 0 && down > 0;
}

/** False when there is nothing to draw: no baseline, no target and no value reported. The page then shows no chart. */
export function measureChartShown(measure: MeasureChartInput): boolean {
  return measure.baseline !== undefined || measure.target !== undefined || measure.series.points.length > 0;
}

/** The chart, or "" when there is nothing to draw. */
export function measureChart(measure: MeasureChartInput, options: ChartOptions = {}): string {
  if (!measureChartShown(measure)) return "";
  const id = chartId(options.id ?? "measure");
  const { baseline, target, series } = measure;
  const value = (n: number) => formatMeasure(n, measure.unit ?? "");
  const references = [baseline, target].filter((point): point is { value: number; date?: string } => point !== undefined);
  // A baseline or target with a date is drawn at it; one without is only a reference line.
  const datedBaseline = baseline?.date !== undefined ? { value: baseline.value, date: baseline.date } : undefined;
  const datedTarget = target?.date !== undefined ? { value: target.value, date: target.date } : undefined;

  const dates = [
    ...[datedBaseline, datedTarget].flatMap((point) => (point ? [point.date] : [])),
    ...series.points.map((point) => point.date),
  ].sort();
  const from = dates[0];
  const to = dates.at(-1) ?? from;
  const x = (date: string) =>
    from === undefined || to === undefined
      ? (plot.left + plot.right) / 2
      : linearScale([0, dayOffset(from, to)], [plot.left + 8, plot.right - 8])(dayOffset(from, date));

  const values = [...references.map((point) => point.value), ...series.points.map((point) => point.value)];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const padding = high === low ? 1 : (high - low) * 0.12;
  const y = linearScale([low - padding, high + padding], [plot.bottom, plot.top]);

  // The higher reference line is labelled above itself and the lower one below, so the labels never meet.
  const baselineIsUpper = baseline && target ? y(baseline.value) <= y(target.value) : true;
  const referenceLabel = (n: number, label: string, upper: boolean): PlacedLabel => ({
    x: plot.left + 14,
    y: upper ? y(n) - 6 : y(n) + 16,
    words: truncate(label, charactersIn(plot.right - plot.left - 14)),
  });
  const baselineLabel = baseline ? referenceLabel(baseline.value, `Baseline ${value(baseline.value)}`, baselineIsUpper) : undefined;
  const targetLabel = target
    ? referenceLabel(target.value, `Target ${value(target.value)}${byMonth(target.date)}`, !baselineIsUpper)
    : undefined;
  const referenceLine = (n: number, kind: string) =>
    line(plot.left, y(n), plot.right, y(n), `app-chart__reference app-chart__reference--${kind}`);
  const referenceText = (label: PlacedLabel | undefined) =>
    label ? text(label.x, label.y, label.words, { classes: "app-chart__label--muted" }) : "";

  // The line starts at the baseline when there is one, else at the first value reported.
  const linePoints = [...(datedBaseline ? [datedBaseline] : []), ...series.points];
  const path = linePoints
    .map((point, index) => `${index === 0 ? "M" : "L"}${coordinate(x(point.date))} ${coordinate(y(point.value))}`)
    .join("");
  const markers = series.points.map(
    (point) => `<circle class="app-chart__point" cx="${coordinate(x(point.date))}" cy="${coordinate(y(point.value))}" r="3"/>`,
  );

  const latest = series.latest;
  let latestLabel = "";
  if (latest) {
    const lx = x(latest.date);
    const ly = y(latest.value);
    const words = value(latest.value);
    // Above its point, or below it where that would cross the baseline's or the target's label; never past the edge.
    const [above, below] = [ly - 9, ly + 20].map((labelY) => ({
      x: labelStart(lx, words, "centred"),
      y: labelY,
      words,
      weight: "bold" as const,
    }));
    const clear = (label: PlacedLabel) =>
      label.y + 4 <= plot.bottom && ![baselineLabel, targetLabel].some((reference) => reference && labelsMeet(label, reference));
    const placed = above && clear(above) ? above : below && clear(below) ? below : above;
    if (placed) latestLabel = text(placed.x, placed.y, placed.words, { classes: "app-chart__label--strong" });
  }

  return svgFrame({
    id,
    title: options.title ?? measure.title,
    description: measureSummary(measure),
    kind: "measure",
    width,
    height,
    body:
      (baseline ? referenceLine(baseline.value, "baseline") : "") +
      (target ? referenceLine(target.value, "target") : "") +
      (datedTarget
        ? `<circle class="app-chart__target" cx="${coordinate(x(datedTarget.date))}" cy="${coordinate(y(datedTarget.value))}" r="5"/>`
        : "") +
      (linePoints.length > 1 ? `<path class="app-chart__series" d="${path}"/>` : "") +
      (datedBaseline
        ? `<circle class="app-chart__baseline" cx="${coordinate(x(datedBaseline.date))}" cy="${coordinate(y(datedBaseline.value))}" r="4"/>`
        : "") +
      markers.join("") +
      // The labels last, so that the data line passes under them (and their halos) rather than through them.
      (from !== undefined && to !== undefined ? financialYearAxis(from, to, x, axisY) : "") +
      referenceText(baselineLabel) +
      referenceText(targetLabel) +
      latestLabel,
  });
}

/** The baseline, every value reported and the target: each row only where the plan or a report gave it. */
export function measureTable(measure: MeasureChartInput, options: ChartOptions = {}): ChartTable {
  const value = (n: number) => ({ text: formatMeasure(n, measure.unit ?? ""), numeric: true });
  const { baseline, target } = measure;
  return {
    caption: options.title ?? measure.title,
    head: [{ text: "When" }, { text: "Value", numeric: true }],
    rows: [
      ...(baseline
        ? [
            {
              header: { text: baseline.date === undefined ? "Baseline" : `Baseline, ${formatMonth(baseline.date)}` },
              cells: [value(baseline.value)],
            },
          ]
        : []),
      ...measure.series.points.map((point) => ({ header: { text: periodMonths(point.period) }, cells: [value(point.value)] })),
      ...(target ? [{ header: { text: `Target${byMonth(target.date).replace(" by", ", by")}` }, cells: [value(target.value)] }] : []),
    ],
  };
}
