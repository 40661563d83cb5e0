/**
 * Where an action's status is decided. A report that rates the action as a whole speaks for it (the latest such
 * report); else the plan's own word on it; else its milestones: the most serious open milestone speaks for the
 * action, so a delayed milestone makes the action delayed even if the others are on track, and once every
 * milestone is closed the action is complete, or cancelled if none was completed. Nothing rated anywhere is "no
 * progress reported". Overdue is shown separately, never folded into the word.
 */
import type { ActionFile, ActionProgress } from "../schema/index.ts";
import { noProgressReported, type ProgressStatus } from "../schema/vocabulary.ts";
import { acceptedStatus, isClosed, type MilestoneState } from "./milestone-status.ts";
import type { RatingScale } from "./rating.ts";

/** Open statuses, most serious first. */
const openPrecedence: readonly ProgressStatus[] = ["delayed", "at risk", "on track", "not started", "not rated", noProgressReported];

export interface ActionState {
  status: ProgressStatus;
  /** The council's own word, when the status came from one of its ratings. */
  rating?: string;
  /** A report's rating of the action itself, the plan's word, its milestones, or nothing. */
  source: "report" | "plan" | "milestones" | "none";
  /** The address of the report that rated the action, when one did. */
  reportedIn?: string;
  /** The period of that report, as written. */
  reportedPeriod?: string;
  /** What the latest report that mentioned the action said about it. */
  note?: string;
}

export function statusFromMilestones(milestones: readonly { state: Pick<MilestoneState, "status"> }[]): ProgressStatus {
  const statuses = milestones.map((milestone) => milestone.state.status);
  const open = statuses.filter((status) => !isClosed(status));
  if (statuses.length > 0 && open.length === 0) return statuses.includes("complete") ? "complete" : "cancelled";
  const worst = openPrecedence.find((status) => open.includes(status)) ?? noProgressReported;
  // Work has begun once a milestone is complete: the rest not having started yet does not make it "not started".
  return worst === "not started" && statuses.includes("complete") ? "on track" : worst;
}

export function actionState(
  action: Pick<ActionFile, "id" | "status">,
  milestones: readonly { state: Pick<MilestoneState, "status"> }[],
  reports: readonly { slug: string; period: string; actions?: Record<string, ActionProgress> }[],
  scale: RatingScale,
): ActionState {
  let rated: ActionState | undefined;
  let note: string | undefined;
  for (const report of reports) {
    const progress = report.actions?.[action.id];
    if (!progress) continue;
    note = progress.note;
    if (progress.status !== undefined) {
      rated = { ...acceptedStatus(progress.status, scale), source: "report", reportedIn: report.slug, reportedPeriod: report.period };
    }
  }
  const withNote = <T extends ActionState>(state: T): T => (note === undefined ? state : { ...state, note });
  if (rated) return withNote(rated);
  if (action.status !== undefined) return withNote({ ...acceptedStatus(action.status, scale), source: "plan" });
  const fromMilestones = statusFromMilestones(milestones);
  return withNote({ status: fromMilestones, source: fromMilestones === noProgressReported ? "none" : "milestones" });
}
