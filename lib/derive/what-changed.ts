/**
 * What changed in one report compared with everything reported before it. Only what the report itself rated
 * counts: a report that rated nothing has no changes to show, and pages then say nothing about changes rather
 * than "nothing changed".
 */
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
  /** Undefined when the plan does not say whether a rise is good news. */
  better?: boolean;
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
  reportSlug: string,
  milestones: readonly { id: string; state: MilestoneState }[],
  measures: readonly { measure: Measure; series: MeasureSeries }[],
): WhatChanged {
  const completed: MilestoneChange[] = [];
  const newlyAtRiskOrDelayed: MilestoneChange[] = [];
  const cancelled: MilestoneChange[] = [];
  const datesRevised: DateRevision[] = [];
  for (const { id, state } of milestones) {
    const index = state.history.findIndex((report) => report.report === reportSlug);
    const report = state.history[index];
    if (!report) continue;
    const previous = state.history[index - 1];
    const change = { milestoneId: id, report, ...(previous && { previous }) };
    if (report.rated && report.status !== previous?.status) {
      if (report.status === "complete") completed.push(change);
      else if (report.status === "cancelled") cancelled.push(change);
      else if (report.status === "at risk" || report.status === "delayed") newlyAtRiskOrDelayed.push(change);
    }
    if (report.revised) datesRevised.push({ ...change, from: previous?.due ?? state.originalDue, to: report.due });
  }
  const measuresMoved: MeasureMove[] = [];
  for (const { measure, series } of measures) {
    const index = series.points.findIndex((point) => point.report === reportSlug);
    const point = series.points[index];
    const previous = series.points[index - 1];
    if (point && previous && point.value !== previous.value) {
      measuresMoved.push({
        measureId: measure.id,
        from: previous.value,
        to: point.value,
        ...(measure.direction !== undefined && { better: isBetter(measure, previous.value, point.value) }),
      });
    }
  }
  const nothing = completed.length + newlyAtRiskOrDelayed.length + cancelled.length + datesRevised.length + measuresMoved.length === 0;
  return { completed, newlyAtRiskOrDelayed, cancelled, datesRevised, measuresMoved, nothing };
}

/** The milestone as it stood after a given report: the latest entry of its history from a report at or before it. */
export function reportAsOf(state: MilestoneState, atOrBefore: (reportSlug: string) => boolean): MilestoneReport | undefined {
  let found: MilestoneReport | undefined;
  for (const report of state.history) if (atOrBefore(report.report)) found = report;
  return found;
}
