/**
 * How far a milestone's revised due date has moved from the one first planned, as a number of days and a
 * direction, so pages can say "214 days later than first planned" (or, rarely, earlier).
 */
import type { MilestoneState } from "./milestone-status.ts";

export interface Slippage {
  /** Days between the first and the current due date, always positive. */
  days: number;
  direction: "later" | "earlier";
}

/** Undefined when the date was never moved, moved back to where it started, or is or was "ongoing". */
export function slippage(state: Pick<MilestoneState, "revisions" | "slippageDays">): Slippage | undefined {
  if (state.revisions === 0 || state.slippageDays === undefined || state.slippageDays === 0) return undefined;
  return { days: Math.abs(state.slippageDays), direction: state.slippageDays > 0 ? "later" : "earlier" };
}
