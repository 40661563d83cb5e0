/** Counting milestones by status, for a theme, an action or a whole council. */
import { milestoneStatuses, type MilestoneStatus } from "../schema/index.ts";
import type { MilestoneState } from "./milestone-status.ts";

export interface StatusCounts {
  total: number;
  byStatus: Record<MilestoneStatus, number>;
  /** Open milestones past their due date; these are also counted under their status. */
  overdue: number;
}

export function emptyCounts(): StatusCounts {
  return {
    total: 0,
    byStatus: Object.fromEntries(milestoneStatuses.map((status) => [status, 0])) as Record<MilestoneStatus, number>,
    overdue: 0,
  };
}

export function countStatuses(states: Iterable<Pick<MilestoneState, "status" | "overdue">>): StatusCounts {
  const counts = emptyCounts();
  for (const state of states) {
    counts.total += 1;
    counts.byStatus[state.status] += 1;
    if (state.overdue) counts.overdue += 1;
  }
  return counts;
}

export function addCounts(into: StatusCounts, from: StatusCounts): StatusCounts {
  into.total += from.total;
  into.overdue += from.overdue;
  for (const status of milestoneStatuses) into.byStatus[status] += from.byStatus[status];
  return into;
}
