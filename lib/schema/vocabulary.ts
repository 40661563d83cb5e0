/**
 * The words the content uses for kinds and statuses. Each list is the single source for the schema,
 * the editor completion and the pages.
 */

/**
 * The site's own status words, which a plan or a report gives a milestone or an action (docs/domain.md: ratings).
 * A council with its own rating scale ("Green", "Achieved") maps each of its words to one of these in plan.yaml.
 * "not rated" is a rating too: a report that said "data not available" or gave no rating.
 */
export const milestoneStatuses = ["not started", "on track", "at risk", "delayed", "complete", "cancelled", "not rated"] as const;
export type MilestoneStatus = (typeof milestoneStatuses)[number];

/**
 * Every status a page can show: the site's words, and "no progress reported" for what neither the plan nor any
 * report has rated. That one is derived, never written: unknown is not "not started".
 */
export const noProgressReported = "no progress reported";
export const progressStatuses = [...milestoneStatuses, noProgressReported] as const;
export type ProgressStatus = (typeof progressStatuses)[number];

/** Statuses that close a milestone: it can no longer be overdue. */
export const closedStatuses: readonly MilestoneStatus[] = ["complete", "cancelled"];

export const councilTypes = ["district", "unitary", "county", "metropolitan", "london borough"] as const;
export type CouncilType = (typeof councilTypes)[number];

/** How a plan was agreed. Councils differ (docs/domain.md: approval). */
export const approvalKinds = [
  "cabinet resolution",
  "committee resolution",
  "full council resolution",
  "portfolio holder decision",
  "leader and chief executive",
  "delegated officer decision",
] as const;
export type ApprovalKind = (typeof approvalKinds)[number];

/** Whether a higher or a lower measure value is better. */
export const measureDirections = ["higher is better", "lower is better"] as const;
export type MeasureDirection = (typeof measureDirections)[number];

/** How often something recurs, for due dates such as "every quarter": never overdue. */
export const recurrences = ["every month", "every quarter", "every six months", "every year"] as const;
export type Recurrence = (typeof recurrences)[number];
