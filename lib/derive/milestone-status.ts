/**
 * Where a milestone's status is decided. A milestone's status is the one the latest report gave it, or else the
 * one the plan itself stated (as of the plan's date), or else none: "no progress reported", never "not started".
 * Its due date is the latest revised date. It is overdue when that date has passed (lib/time/due-date.ts has the
 * one rule) and it is neither complete nor cancelled. Reports published after the "as of" date are not yet known
 * and are left out by the caller.
 */
import type { Milestone, MilestoneProgress } from "../schema/index.ts";
import { closedStatuses, noProgressReported, type ProgressStatus } from "../schema/vocabulary.ts";
import { daysBetween } from "../time/calendar.ts";
import { isPastDue, parseDueDate, type DueDate } from "../time/due-date.ts";
import { readStatus, type RatedStatus, type RatingScale } from "./rating.ts";

/** One report's word on a milestone, as a row of its history. */
export interface MilestoneReport {
  /** The report's address within the council, "2024-25-q2". */
  report: string;
  /** The period the report covers, as written: "2024/25 Q2". */
  period: string;
  /** The status in force after this report: its own rating, or the one before when it gave none. */
  status: ProgressStatus;
  /** The council's own word for that status, when it used one. */
  rating?: string;
  /** True when this report rated the milestone itself. */
  rated: boolean;
  /** The due date in force after this report. */
  due: DueDate;
  /** True when this report moved the due date. */
  revised: boolean;
  completed?: string;
  note?: string;
}

/** A report as the milestone's history needs it. */
export interface ReportOnMilestones {
  slug: string;
  period: string;
  milestones?: Record<string, MilestoneProgress>;
}

export interface MilestoneState {
  status: ProgressStatus;
  /** The council's own word for the status, when it used one ("Green"). */
  rating?: string;
  /** Where the status comes from: a report, the plan itself, or nothing at all. */
  source: "report" | "plan" | "none";
  /** True once a report has mentioned the milestone. */
  reported: boolean;
  /** The address of the latest report that mentioned it. */
  reportedIn?: string;
  originalDue: DueDate;
  due: DueDate;
  /** How many times the due date has been moved. */
  revisions: number;
  /** Days between the original and the current due date (end of each period); undefined when either has no end. */
  slippageDays?: number;
  completed?: string;
  note?: string;
  overdue: boolean;
  history: MilestoneReport[];
}

/** A due date the schema and checks have already accepted. */
export function acceptedDueDate(text: string | undefined): DueDate {
  const due = parseDueDate(text);
  if ("problem" in due) throw new Error(`Unchecked due date reached the model: ${text} (${due.problem})`);
  return due;
}

/** A status word the checks have already accepted. */
export function acceptedStatus(word: string, scale: RatingScale): RatedStatus {
  const read = readStatus(word, scale);
  if (!read) throw new Error(`Unchecked status reached the model: ${word}`);
  return read;
}

export function isClosed(status: ProgressStatus): boolean {
  return (closedStatuses as readonly string[]).includes(status);
}

/** The milestone's state after the given reports (oldest first), judged on the date `asOf`. */
export function milestoneState(
  milestone: Milestone,
  reports: readonly ReportOnMilestones[],
  asOf: string,
  scale: RatingScale = new Map(),
): MilestoneState {
  const originalDue = acceptedDueDate(milestone.due);
  const stated = milestone.status === undefined ? undefined : acceptedStatus(milestone.status, scale);
  let due = originalDue;
  let status: ProgressStatus = stated?.status ?? noProgressReported;
  let rating = stated?.rating;
  let source: MilestoneState["source"] = stated ? "plan" : "none";
  let reportedIn: string | undefined;
  let revisions = 0;
  let completed = milestone.completed;
  let note: string | undefined;
  const history: MilestoneReport[] = [];

  for (const report of reports) {
    const progress = report.milestones?.[milestone.id];
    if (!progress) continue;
    let revised = false;
    if (progress.revised_due !== undefined && progress.revised_due !== due.text) {
      due = acceptedDueDate(progress.revised_due);
      revisions += 1;
      revised = true;
    }
    if (progress.status !== undefined) {
      const read = acceptedStatus(progress.status, scale);
      status = read.status;
      rating = read.rating;
      source = "report";
    } else if (source === "none") {
      // Mentioned without a rating: that is "not rated", not "no progress reported".
      status = "not rated";
      source = "report";
    }
    reportedIn = report.slug;
    completed = progress.completed ?? (status === "complete" ? completed : undefined);
    note = progress.note;
    history.push({
      report: report.slug,
      period: report.period,
      status,
      ...(rating !== undefined && { rating }),
      rated: progress.status !== undefined,
      due,
      revised,
      ...(progress.completed !== undefined && { completed: progress.completed }),
      ...(progress.note !== undefined && { note: progress.note }),
    });
  }

  const slippageDays = originalDue.end !== undefined && due.end !== undefined ? daysBetween(originalDue.end, due.end) : undefined;
  return {
    status,
    ...(rating !== undefined && { rating }),
    source,
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
