/** A measure's values report by report, against its baseline and target where the plan gives them. */
import type { Measure, UpdateFile } from "../schema/index.ts";
import { parseReportPeriod } from "../time/report-period.ts";

export interface MeasurePoint {
  /** The address of the report that gave it. */
  report: string;
  /** The period of that report, as written: "2024/25 Q2". */
  period: string;
  /** The last day of the period the value is for. */
  date: string;
  value: number;
  note?: string;
}

/**
 * How the latest value stands: met the target, better than the baseline, or no better than the baseline; "no
 * data" without a value, and "not judged" when the plan gives no target, baseline or direction to judge it by.
 */
export type MeasureProgress = "target met" | "improving" | "not improving" | "no data" | "not judged";

export interface MeasureSeries {
  points: MeasurePoint[];
  latest?: MeasurePoint;
  progress: MeasureProgress;
  /** Share of the way from baseline to target, 0 to 1 (can go beyond either end), when there is a latest value. */
  shareOfTarget?: number;
}

/** False when the plan gives no direction: no change is then called better. */
export function isBetter(measure: Pick<Measure, "direction">, from: number, to: number): boolean {
  if (measure.direction === undefined) return false;
  return measure.direction === "higher is better" ? to > from : to < from;
}

export function measureSeries(
  measure: Measure,
  reports: readonly (Pick<UpdateFile, "period" | "measures"> & { slug: string })[],
): MeasureSeries {
  const points: MeasurePoint[] = [];
  for (const report of reports) {
    const reading = report.measures?.[measure.id];
    const period = parseReportPeriod(report.period);
    // A report that says why it has no figure ("no_figure") adds no point to the series.
    if (!reading || reading.value === undefined || "problem" in period) continue;
    points.push({
      report: report.slug,
      period: report.period,
      date: period.end,
      value: reading.value,
      ...(reading.note !== undefined && { note: reading.note }),
    });
  }
  const latest = points.at(-1);
  if (!latest) return { points, progress: "no data" };
  const { baseline, target } = measure;
  if (!target || !baseline || measure.direction === undefined) return { points, latest, progress: "not judged" };
  const metTarget = latest.value === target.value || isBetter(measure, target.value, latest.value);
  const progress: MeasureProgress = metTarget
    ? "target met"
    : isBetter(measure, baseline.value, latest.value)
      ? "improving"
      : "not improving";
  const span = target.value - baseline.value;
  return {
    points,
    latest,
    progress,
    ...(span !== 0 && { shareOfTarget: (latest.value - baseline.value) / span }),
  };
}
