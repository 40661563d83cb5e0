/**
 * Progress at a glance, in words: "12 of 33 milestones complete, 4 overdue", and the count for each status.
 * Status is always given as a word, never by colour alone (WCAG 1.4.1).
 */
import { formatCount, pluralise } from "../format/numbers.ts";
import { noProgressReported, progressStatuses, type ProgressStatus } from "../schema/index.ts";
import type { StatusCounts } from "./status-counts.ts";

export interface StatusCount {
  status: ProgressStatus;
  count: number;
  /** "4 on track" */
  text: string;
}

export interface StatusSummary {
  /**
   * "12 of 33 milestones complete, 4 overdue, 7 with no progress reported"; empty when there is nothing to count,
   * so that no page says "0 of 0". "none overdue" only where something has a date that could pass.
   */
  headline: string;
  /** The statuses that at least one milestone has, in the order of the vocabulary. */
  items: StatusCount[];
  /** The items in one line: "1 on track, 4 delayed, 25 complete". */
  breakdown: string;
}

export function statusSummary(counts: StatusCounts, noun = "milestone"): StatusSummary {
  const items = progressStatuses
    .filter((status) => counts.byStatus[status] > 0)
    .map((status) => ({
      status,
      count: counts.byStatus[status],
      text: `${formatCount(counts.byStatus[status])} ${status === noProgressReported ? "with no progress reported" : status}`,
    }));
  if (counts.total === 0) return { headline: "", items, breakdown: "" };
  const breakdown = items.map((item) => item.text).join(", ");
  const unknown = counts.byStatus[noProgressReported];
  const unrated = unknown + counts.byStatus["not rated"];
  // Overdue means a rated milestone that is late; one nobody has rated has only had its date pass.
  const overdue = counts.overdueRated;
  const passed = counts.overdueUnreported;
  const pastDates = (n: number): string => `${formatCount(n)} past ${n === 1 ? "its date" : "their dates"}`;
  if (unrated === counts.total) {
    // Nothing rated: say so, rather than "0 of 5 complete", which no one reported.
    const all = counts.total === 1 ? `the ${noun}` : `any of the ${pluralise(counts.total, noun)}`;
    const headline = unknown === counts.total ? `No progress reported on ${all}` : `No rating reported for ${all}`;
    const dates = [...(overdue > 0 ? [`${formatCount(overdue)} overdue`] : []), ...(passed > 0 ? [pastDates(passed)] : [])];
    return { headline: [headline, ...dates].join(", "), items, breakdown };
  }
  const parts = [`${formatCount(counts.byStatus.complete)} of ${pluralise(counts.total, noun)} complete`];
  if (overdue > 0) parts.push(`${formatCount(overdue)} overdue`);
  else if (counts.dated > 0 && passed === 0) parts.push("none overdue");
  if (unknown > 0) parts.push(`${formatCount(unknown)} with no progress reported${passed > 0 ? ` (${pastDates(passed)})` : ""}`);
  return { headline: parts.join(", "), items, breakdown };
}
