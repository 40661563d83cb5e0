/** A measure's values quarter by quarter, against its baseline and target. */
import type { Measure, UpdateFile } from "../schema/index.ts";
import { parseFinancialQuarter, quarterEnd } from "../time/financial-quarter.ts";

export interface MeasurePoint {
  /** "2024/25 Q2" */
  quarter: string;
  /** The last day of the quarter the value is for. */
  date: string;
  value: number;
  note?: string;
}

/** How the latest value stands: met the target, better than the baseline, or no better than the baseline. */
export type MeasureProgress = "target met" | "improving" | "not improving" | "no data";

export interface MeasureSeries {
  points: MeasurePoint[];
  latest?: MeasurePoint;
  progress: MeasureProgress;
  /** Share of the way from baseline to target, 0 to 1 (can go beyond either end), when there is a latest value. */
  shareOfTarget?: number;
}

export function isBetter(measure: Pick<Measure, "direction">, from: number, to: number): boolean {
  return measure.direction === "higher is better" ? to > from : to < from;
}

export function measureSeries(measure: Measure, updates: readonly Pick<UpdateFile, "quarter" | "measures">[]): MeasureSeries {
  const points: MeasurePoint[] = [];
  for (const update of updates) {
    const reading = update.measures?.[measure.id];
    const quarter = parseFinancialQuarter(update.quarter);
    if (!reading || !quarter) continue;
    points.push({
      quarter: update.quarter,
      date: quarterEnd(quarter),
      value: reading.value,
      ...(reading.note !== undefined && { note: reading.note }),
    });
  }
  const latest = points.at(-1);
  if (!latest) return { points, progress: "no data" };
  const { baseline, target } = measure;
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
