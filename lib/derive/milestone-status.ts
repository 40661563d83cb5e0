/**
 * Where a milestone's status is decided. A milestone's status is the one the latest update gave it; its due
 * date is the latest revised date; it is overdue when that date has passed and it is neither complete nor
 * cancelled. Updates published after the "as of" date are not yet known and are ignored by the caller.
 */
import type { Milestone, MilestoneStatus, UpdateFile } from "../schema/index.ts";
import { closedStatuses } from "../schema/index.ts";
import { daysBetween } from "../time/calendar.ts";
import { isPastDue, parseDueDate, type DueDate } from "../time/due-date.ts";

/** One quarter's word on a milestone, as a row of its history. */
export interface MilestoneReport {
  /** The update's quarter, "2024/25 Q2". */
  quarter: string;
  status: MilestoneStatus;
  /** The due date in force after this update. */
  due: DueDate;
  /** True when this update moved the due date. */
  revised: boolean;
  completed?: string;
  note?: string;
}

export interface MilestoneState {
  status: MilestoneStatus;
  /** False when no update has mentioned the milestone yet; its status is then "not started". */
  reported: boolean;
  /** The quarter of the latest update that mentioned it. */
  reportedIn?: string;
  originalDue: DueDate;
  due: DueDate;
  /** How many times the due date has been moved. */
  revisions: number;
  /** Days between the original and the current due date (end of each period); undefined when either is "ongoing". */
  slippageDays?: number;
  completed?: string;
  note?: string;
  overdue: boolean;
  history: MilestoneReport[];
}

/** A due date the schema and checks have already accepted. */
export function acceptedDueDate(text: string): DueDate {
  const due = parseDueDate(text);
  if ("problem" in due) throw new Error(`Unchecked due date reached the model: ${text} (${due.problem})`);
  return due;
}

export function isClosed(status: MilestoneStatus): boolean {
  return closedStatuses.includes(status);
}

/**
 * The milestone's state after the given updates (oldest first), judged on the date `asOf`.
 */
export function milestoneState(
  milestone: Milestone,
  updates: readonly Pick<UpdateFile, "quarter" | "milestones">[],
  asOf: string,
): MilestoneState {
  const originalDue = acceptedDueDate(milestone.due);
  let due = originalDue;
  let status: MilestoneStatus = "not started";
  let reportedIn: string | undefined;
  let revisions = 0;
  let completed: string | undefined;
  let note: string | undefined;
  const history: MilestoneReport[] = [];

  for (const update of updates) {
    const progress = update.milestones?.[milestone.id];
    if (!progress) continue;
    let revised = false;
    if (progress.revised_due !== undefined && progress.revised_due !== due.text) {
      due = acceptedDueDate(progress.revised_due);
      revisions += 1;
      revised = true;
    }
    status = progress.status;
    reportedIn = update.quarter;
    completed = progress.completed ?? (status === "complete" ? completed : undefined);
    note = progress.note;
    history.push({
      quarter: update.quarter,
      status,
      due,
      revised,
      ...(progress.completed !== undefined && { completed: progress.completed }),
      ...(progress.note !== undefined && { note: progress.note }),
    });
  }

  const slippageDays = originalDue.end !== undefined && due.end !== undefined ? daysBetween(originalDue.end, due.end) : undefined;
  return {
    status,
    reported: reportedIn !== undefined,
    ...(reportedIn !== undefined && { reportedIn }),
    originalDue,
    due,
    revisions,
    ...(slippageDays !== undefined && { slippageDays }),
    ...(completed !== undefined && { completed }),
    ...(note !== undefined && { note }),
    overdue: !isClosed(status) && isPastDue(due, asOf),
    history,
  };
}
