/**
 * How the plan was agreed, and the years it covers, as the council recorded them. Councils agree plans in
 * different ways and in their own words (docs/domain.md: approval): Cabinet "approved", a committee "noted", a plan
 * sent to Government "subject to" a decision days later, or nothing recorded at all. The page says only that.
 */
import type { Approval, PlanFile } from "../schema/index.ts";
import type { ApprovalKind } from "../schema/vocabulary.ts";
import { compareDates } from "../time/calendar.ts";
import { financialYearEnd, financialYearStart, parseFinancialYear } from "../time/financial-quarter.ts";
import { formatDate } from "../format/dates.ts";
import { capitaliseFirst } from "../format/numbers.ts";

/** How a plan was agreed, as a heading's worth of words. */
const approvalKindWords: Record<ApprovalKind, string> = {
  "cabinet resolution": "Cabinet resolution",
  "committee resolution": "Committee resolution",
  "full council resolution": "Full Council resolution",
  "portfolio holder decision": "Portfolio holder decision",
  "leader and chief executive": "Joint decision of the Leader and the Chief Executive",
  "delegated officer decision": "Delegated officer decision",
};

/** A date as given: a day, or "by" a day. */
export interface StatedDay {
  date: string;
  /** True for "by 2024-07-19": the council gave a deadline, not the day. */
  by: boolean;
}

export interface ApprovalView extends Partial<Approval> {
  /** False when the council has not said how the plan was agreed. */
  recorded: boolean;
  /** "Cabinet resolution", when the route is given. */
  kindText?: string;
  /** The date the plan was sent to Government, if given. */
  submitted?: StatedDay;
  /** True when the plan was sent to Government before it was decided on, or while a decision was still to come. */
  submittedBeforeApproval: boolean;
  /** The whole story in one sentence, in the council's own verb: "Cabinet approved the plan on 17 July 2024." */
  sentence: string;
}

export function statedDay(text: string | undefined): StatedDay | undefined {
  if (text === undefined) return undefined;
  return text.startsWith("by ") ? { date: text.slice(3), by: true } : { date: text, by: false };
}

function sayDay(day: StatedDay): string {
  return `${day.by ? "by" : "on"} ${formatDate(day.date)}`;
}

export function approvalView(plan: Pick<PlanFile, "approval" | "submitted">): ApprovalView {
  const { approval } = plan;
  const submitted = statedDay(plan.submitted);
  const decidedLater =
    submitted !== undefined && approval !== undefined && (approval.date === undefined || compareDates(submitted.date, approval.date) < 0);
  const submittedBeforeApproval = decidedLater && approval?.date !== undefined ? true : decidedLater && approval?.due !== undefined;
  return {
    ...approval,
    recorded: approval !== undefined,
    ...(approval?.kind !== undefined && { kindText: approvalKindWords[approval.kind] }),
    ...(submitted !== undefined && { submitted }),
    submittedBeforeApproval,
    sentence: capitaliseFirst(approvalSentence(approval, submitted)),
  };
}

function approvalSentence(approval: Approval | undefined, submitted: StatedDay | undefined): string {
  const sent = submitted ? `The plan was sent to Government ${sayDay(submitted)}` : undefined;
  if (!approval) return sent ? `${sent}. How it was agreed is not stated.` : "How the plan was agreed is not stated.";
  const who = approval.by ?? (approval.kind ? approvalKindWords[approval.kind] : undefined);
  const verb = approval.verb ?? "decided on";
  if (approval.date !== undefined) {
    const decided = `${who ?? "The council"} ${verb} the plan on ${formatDate(approval.date)}`;
    if (sent && compareDates(submitted?.date ?? approval.date, approval.date) < 0) return `${sent}, subject to approval; ${decided}.`;
    return sent ? `${decided}. ${sent}.` : `${decided}.`;
  }
  if (approval.due !== undefined) {
    const pending = `subject to a decision${who ? ` by ${who}` : ""} due on ${formatDate(approval.due)}`;
    return sent ? `${sent}, ${pending}.` : `The plan is ${pending}.`;
  }
  const decided = who ? `${who} ${verb} the plan; the date is not stated` : "The plan was agreed; how and when is not stated";
  return sent ? `${decided}. ${sent}.` : `${decided}.`;
}

export interface PlanPeriod {
  /** "2024/25" */
  from: string;
  /** "2026/27" */
  to: string;
  /** The first day of the first year, "2024-04-01". */
  start: string;
  /** The last day of the last year, "2027-03-31". */
  end: string;
}

/** Undefined when the plan does not say which years it covers. */
export function planPeriod(plan: Pick<PlanFile, "period">): PlanPeriod | undefined {
  if (!plan.period) return undefined;
  const from = parseFinancialYear(plan.period.from);
  const to = parseFinancialYear(plan.period.to);
  if (!from || !to) throw new Error(`Unchecked plan period reached the model: ${plan.period.from} to ${plan.period.to}`);
  return { from: plan.period.from, to: plan.period.to, start: financialYearStart(from), end: financialYearEnd(to) };
}
