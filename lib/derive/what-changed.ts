/** What changed in one update compared with everything reported before it. */
import type { MeasureSeries } from "./measure-series.ts";
import { isBetter } from "./measure-series.ts";
import type { MilestoneReport, MilestoneState } from "./milestone-status.ts";
import type { DueDate } from "../time/due-date.ts";
import type { Measure } from "../schema/index.ts";

export interface MilestoneChange {
  milestoneId: string;
  report: MilestoneReport;
  previous?: MilestoneReport;
}

export interface DateRevision extends MilestoneChange {
  from: DueDate;
  to: DueDate;
}

export interface MeasureMove {
  measureId: string;
  from: number;
  to: number;
  better: boolean;
}

export interface WhatChanged {
  completed: MilestoneChange[];
  /** Milestones now at risk or delayed that were not at that status before. */
  newlyAtRiskOrDelayed: MilestoneChange[];
  cancelled: MilestoneChange[];
  datesRevised: DateRevision[];
  measuresMoved: MeasureMove[];
  /** True when nothing at all changed. */
  nothing: boolean;
}

export function whatChanged(
  quarter: string,
  milestones: readonly { id: string; state: MilestoneState }[],
  measures: readonly { measure: Measure; series: MeasureSeries }[],
): WhatChanged {
  const completed: MilestoneChange[] = [];
  const newlyAtRiskOrDelayed: MilestoneChange[] = [];
  const cancelled: MilestoneChange[] = [];
  const datesRevised: DateRevision[] = [];
  for (const { id, state } of milestones) {
    const index = state.history.findIndex((report) => report.quarter === quarter);
    const report = state.history[index];
    if (!report) continue;
    const previous = state.history[index - 1];
    const change = { milestoneId: id, report, ...(previous && { previous }) };
    if (report.status !== previous?.status) {
      if (report.status === "complete") completed.push(change);
      else if (report.status === "cancelled") cancelled.push(change);
      else if (report.status === "at risk" || report.status === "delayed") newlyAtRiskOrDelayed.push(change);
    }
    if (report.revised) datesRevised.push({ ...change, from: previous?.due ?? state.originalDue, to: report.due });
  }
  const measuresMoved: MeasureMove[] = [];
  for (const { measure, series } of measures) {
    const index = series.points.findIndex((point) => point.quarter === quarter);
    const point = series.points[index];
    const previous = series.points[index - 1];
    if (point && previous && point.value !== previous.value) {
      measuresMoved.push({
        measureId: measure.id,
        from: previous.value,
        to: point.value,
        better: isBetter(measure, previous.value, point.value),
      });
    }
  }
  const nothing = completed.length + newlyAtRiskOrDelayed.length + cancelled.length + datesRevised.length + measuresMoved.length === 0;
  return { completed, newlyAtRiskOrDelayed, cancelled, datesRevised, measuresMoved, nothing };
}

/** The milestone's report as it stood after a given quarter's update: the latest at or before it. */
export function reportAsOf(state: MilestoneState, quarter: string, compare: (a: string, b: string) => number): MilestoneReport | undefined {
  let found: MilestoneReport | undefined;
  for (const report of state.history) if (compare(report.quarter, quarter) <= 0) found = report;
  return found;
}
