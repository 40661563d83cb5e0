/**
 * Progress at a glance, in words: "12 of 33 milestones complete, 4 overdue", and the count for each status.
 * Status is always given as a word, never by colour alone (WCAG 1.4.1).
 */
import { formatCount, pluralise } from "../format/numbers.ts";
import { milestoneStatuses, type MilestoneStatus } from "../schema/index.ts";
import type { StatusCounts } from "./status-counts.ts";

export interface StatusCount {
  status: MilestoneStatus;
  count: number;
  /** "4 on track" */
  text: string;
}

export interface StatusSummary {
  /** "12 of 33 milestones complete, 4 overdue"; "No milestones yet" when there are none. */
  headline: string;
  /** The statuses that at least one milestone has, in the order of the vocabulary. */
  items: StatusCount[];
  /** The items in one line: "1 on track, 4 delayed, 25 complete". */
  breakdown: string;
}

export function statusSummary(counts: StatusCounts): StatusSummary {
  const items = milestoneStatuses
    .filter((status) => counts.byStatus[status] > 0)
    .map((status) => ({ status, count: counts.byStatus[status], text: `${formatCount(counts.byStatus[status])} ${status}` }));
  const overdue = counts.overdue === 0 ? "none overdue" : `${formatCount(counts.overdue)} overdue`;
  const headline =
    counts.total === 0
      ? "No milestones yet"
      : `${formatCount(counts.byStatus.complete)} of ${pluralise(counts.total, "milestone")} complete, ${overdue}`;
  return { headline, items, breakdown: items.map((item) => item.text).join(", ") };
}
