/**
 * What the progress pages show beyond the model itself: each change in an update with the milestone or
 * measure it is about, so a page can name and link it without looking anything up, and a line of counts per
 * update for the list of updates.
 */
import { pluralise } from "../format/numbers.ts";
import type { StatusCounts } from "./status-counts.ts";
import { statusSummary } from "./status-summary.ts";
import type { DateRevision, MeasureMove, MilestoneChange, WhatChanged } from "./what-changed.ts";

/** What changed in an update, each change carrying the milestone (or measure) it is about. */
export interface ChangesShown<M, K> extends WhatChanged {
  completed: (MilestoneChange & { milestone: M })[];
  newlyAtRiskOrDelayed: (MilestoneChange & { milestone: M })[];
  cancelled: (MilestoneChange & { milestone: M })[];
  datesRevised: (DateRevision & { milestone: M })[];
  measuresMoved: (MeasureMove & { measure: K })[];
}

/**
 * Adds the milestone and measure each change is about, found by id among those given. The ids come from the
 * same model, so one that is missing is a bug, not a content mistake.
 */
export function changesShown<M extends { id: string }, K extends { id: string }>(
  changes: WhatChanged,
  milestones: readonly M[],
  measures: readonly K[],
): ChangesShown<M, K> {
  const milestoneById = new Map(milestones.map((milestone) => [milestone.id, milestone]));
  const measureById = new Map(measures.map((measure) => [measure.id, measure]));
  const milestone = (id: string): M => {
    const found = milestoneById.get(id);
    if (!found) throw new Error(`A change names milestone ${id}, which is not in the model`);
    return found;
  };
  const measure = (id: string): K => {
    const found = measureById.get(id);
    if (!found) throw new Error(`A change names measure ${id}, which is not in the model`);
    return found;
  };
  const named = <C extends MilestoneChange>(list: readonly C[]): (C & { milestone: M })[] =>
    list.map((change) => ({ ...change, milestone: milestone(change.milestoneId) }));
  return {
    ...changes,
    completed: named(changes.completed),
    newlyAtRiskOrDelayed: named(changes.newlyAtRiskOrDelayed),
    cancelled: named(changes.cancelled),
    datesRevised: named(changes.datesRevised),
    measuresMoved: changes.measuresMoved.map((move) => ({ ...move, measure: measure(move.measureId) })),
  };
}

/**
 * A report's milestone counts in one line, for the list of reports: "37 milestones: 20 on track, 1 delayed, 12
 * complete, 4 with no progress reported". Empty for a report that rated no milestone, so nothing is claimed.
 */
export function updateCountsLine(counts: StatusCounts): string {
  if (counts.total === 0) return "";
  return `${pluralise(counts.total, "milestone")}: ${statusSummary(counts).breakdown}`;
}
