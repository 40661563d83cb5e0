/**
 * A measure over time against its baseline and target: the values reported quarter by quarter as a line
 * starting from the baseline, with the baseline and the target as labelled reference lines. Only the
 * baseline, the target and the latest value are written on the chart; the table gives every value.
 */
import type { MeasureView } from "../derive/council.ts";
import { formatQuarterMonths, formatMonth } from "../format/dates.ts";
import { formatMeasure } from "../format/numbers.ts";
import { parseFinancialQuarter } from "../time/financial-quarter.ts";
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
  type ChartOptions,
  type ChartTable,
} from "./svg.ts";

export type MeasureChartInput = Pick<MeasureView, "title" | "unit" | "direction" | "baseline" | "target" | "series">;

const plot = { left: 4, right: width - 4, top: 30, bottom: 156 };
const axisY = 168;
const height = 196;

/** "July to September 2024" for "2024/25 Q2"; the text as given if it is not a quarter. */
function quarterMonths(quarter: string): string {
  const parsed = parseFinancialQuarter(quarter);
  return parsed ? formatQuarterMonths(parsed) : quarter;
}

/** What the chart shows, in words. */
export function measureSummary(measure: MeasureChartInput): string {
  const value = (n: number) => formatMeasure(n, measure.unit);
  const start = `${measure.title}, where ${measure.direction}. Baseline ${value(measure.baseline.value)} in ${formatMonth(measure.baseline.date)}; target ${value(measure.target.value)} by ${formatMonth(measure.target.date)}.`;
  const { latest, progress, points } = measure.series;
  if (!latest) return `${start} No values reported yet.`;
  const reported = points.length === 1 ? "1 value reported" : `${points.length} values reported`;
  return `${start} Latest ${value(latest.value)} in ${quarterMonths(latest.quarter)}: ${progress}. ${reported}.`;
}

export function measureChart(measure: MeasureChartInput, options: ChartOptions = {}): string {
  const id = chartId(options.id ?? "measure");
  const { baseline, target, series } = measure;
  const value = (n: number) => formatMeasure(n, measure.unit);

  const dates = [baseline.date, target.date, ...series.points.map((point) => point.date)].sort();
  const from = dates[0] ?? baseline.date;
  const to = dates.at(-1) ?? target.date;
  const x = (date: string) => linearScale([0, dayOffset(from, to)], [plot.left + 8, plot.right - 8])(dayOffset(from, date));

  const values = [baseline.value, target.value, ...series.points.map((point) => point.value)];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const padding = high === low ? 1 : (high - low) * 0.12;
  const y = linearScale([low - padding, high + padding], [plot.bottom, plot.top]);

  // The higher reference line is labelled above itself and the lower one below, so the labels never meet.
  const baselineIsUpper = y(baseline.value) <= y(target.value);
  const referenceLine = (n: number, label: string, upper: boolean, kind: string) =>
    line(plot.left, y(n), plot.right, y(n), `app-chart__reference app-chart__reference--${kind}`) +
    text(plot.left + 14, upper ? y(n) - 6 : y(n) + 16, truncate(label, 45), { classes: "app-chart__label--muted" });

  const path = [baseline, ...series.points]
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
    const anchor = lx > width - 50 ? "end" : "middle";
    latestLabel = text(anchor === "end" ? lx + 4 : lx, ly - 9, value(latest.value), { anchor, classes: "app-chart__label--strong" });
  }

  return svgFrame({
    id,
    title: options.title ?? measure.title,
    description: measureSummary(measure),
    kind: "measure",
    width,
    height,
    body:
      financialYearAxis(from, to, x, axisY) +
      referenceLine(baseline.value, `Baseline ${value(baseline.value)}`, baselineIsUpper, "baseline") +
      referenceLine(target.value, `Target ${value(target.value)} by ${formatMonth(target.date)}`, !baselineIsUpper, "target") +
      `<circle class="app-chart__target" cx="${coordinate(x(target.date))}" cy="${coordinate(y(target.value))}" r="5"/>` +
      `<path class="app-chart__series" d="${path}"/>` +
      `<circle class="app-chart__baseline" cx="${coordinate(x(baseline.date))}" cy="${coordinate(y(baseline.value))}" r="4"/>` +
      markers.join("") +
      latestLabel,
  });
}

export function measureTable(measure: MeasureChartInput, options: ChartOptions = {}): ChartTable {
  const value = (n: number) => ({ text: formatMeasure(n, measure.unit), numeric: true });
  return {
    caption: options.title ?? measure.title,
    head: [{ text: "When" }, { text: "Value", numeric: true }],
    rows: [
      { header: { text: `Baseline, ${formatMonth(measure.baseline.date)}` }, cells: [value(measure.baseline.value)] },
      ...measure.series.points.map((point) => ({ header: { text: quarterMonths(point.quarter) }, cells: [value(point.value)] })),
      { header: { text: `Target, by ${formatMonth(measure.target.date)}` }, cells: [value(measure.target.value)] },
    ],
  };
}
