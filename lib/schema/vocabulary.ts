/**
 * The words the content uses for kinds and statuses. Each list is the single source for the schema,
 * the editor completion and the pages.
 */

/** Milestone statuses reported in a progress update (see DOMAIN.md: status definitions). */
export const milestoneStatuses = ["not started", "on track", "at risk", "delayed", "complete", "cancelled"] as const;
export type MilestoneStatus = (typeof milestoneStatuses)[number];

/** Statuses that close a milestone: it can no longer be overdue. */
export const closedStatuses: readonly MilestoneStatus[] = ["complete", "cancelled"];

export const councilTypes = ["district", "unitary", "county", "metropolitan", "london borough"] as const;
export type CouncilType = (typeof councilTypes)[number];

/** How a plan was agreed. Councils differ: see DOMAIN.md, "Approval varies". */
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

/** RAG ratings, for reports that give only counts per rating ("8 green, 2 amber"). */
export const ragRatings = ["green", "amber", "red"] as const;
