/** Counting milestones (or actions) by status, for a theme, an action or a whole council. */
import { noProgressReported, progressStatuses, type ProgressStatus } from "../schema/index.ts";
import type { MilestoneState } from "./milestone-status.ts";

export interface StatusCounts {
  total: number;
  byStatus: Record<ProgressStatus, number>;
  /** Open milestones past their due date; these are also counted under their status. */
  overdue: number;
  /** How many have a due date with an end, so could be overdue: "none overdue" means something only then. */
  dated: number;
  /** Of the overdue, those no plan or report has rated: their date has passed and no progress was reported. */
  overdueUnreported: number;
  /**
   * Of the overdue, those a plan or report has rated: what the site calls overdue. The rest, `overdueUnreported`,
   * are said to be past their date with no progress reported, since no one published that their work is unfinished.
   */
  overdueRated: number;
}

export function emptyCounts(): StatusCounts {
  return {
    total: 0,
    byStatus: Object.fromEntries(progressStatuses.map((status) => [status, 0])) as Record<ProgressStatus, number>,
    overdue: 0,
    dated: 0,
    overdueUnreported: 0,
    overdueRated: 0,
  };
}

export function countStatuses(states: Iterable<Pick<MilestoneState, "status" | "overdue"> & { due?: { end?: string } }>): StatusCounts {
  const counts = emptyCounts();
  for (const state of states) {
    counts.total += 1;
    counts.byStatus[state.status] += 1;
    if (state.overdue) counts.overdue += 1;
    if (state.overdue && state.status === noProgressReported) counts.overdueUnreported += 1;
    if (state.overdue && state.status !== noProgressReported) counts.overdueRated += 1;
    if (state.due?.end !== undefined) counts.dated += 1;
  }
  return counts;
}

export function addCounts(into: StatusCounts, from: StatusCounts): StatusCounts {
  into.total += from.total;
  into.overdue += from.overdue;
  into.dated += from.dated;
  into.overdueUnreported += from.overdueUnreported;
  into.overdueRated += from.overdueRated;
  for (const status of progressStatuses) into.byStatus[status] += from.byStatus[status];
  return into;
}
