/**
 * One status word for a whole action, from its milestones' statuses, for places that need a single word
 * (the search filter "Status"). The most serious open milestone speaks for the action: a delayed milestone
 * makes the action delayed even if the others are on track. Once every milestone is closed the action is
 * complete, or cancelled if none was completed. Overdue is shown separately, never folded into the word.
 */
import type { MilestoneStatus } from "../schema/index.ts";
import { isClosed, type MilestoneState } from "./milestone-status.ts";

/** Open statuses, most serious first. */
const openPrecedence: readonly MilestoneStatus[] = ["delayed", "at risk", "on track", "not started"];

export function actionStatus(milestones: readonly { state: Pick<MilestoneState, "status"> }[]): MilestoneStatus {
  const statuses = milestones.map((milestone) => milestone.state.status);
  const open = statuses.filter((status) => !isClosed(status));
  if (statuses.length > 0 && open.length === 0) return statuses.includes("complete") ? "complete" : "cancelled";
  const worst = openPrecedence.find((status) => open.includes(status)) ?? "not started";
  // Work has begun once a milestone is complete: the rest not having started yet does not make it "not started".
  return worst === "not started" && statuses.includes("complete") ? "on track" : worst;
}
