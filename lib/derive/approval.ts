/**
 * Who agreed the plan and when, and the years it covers. Councils agree plans in different ways (DOMAIN.md,
 * "Approval varies"), and some sent theirs to Government before it was agreed.
 */
import type { Approval, PlanFile } from "../schema/index.ts";
import type { ApprovalKind } from "../schema/vocabulary.ts";
import { compareDates } from "../time/calendar.ts";
import { financialYearEnd, financialYearStart, parseFinancialYear } from "../time/financial-quarter.ts";

/** How a plan was agreed, as a heading's worth of words. */
const approvalKindWords: Record<ApprovalKind, string> = {
  "cabinet resolution": "Cabinet resolution",
  "committee resolution": "Committee resolution",
  "full council resolution": "Full Council resolution",
  "portfolio holder decision": "Portfolio holder decision",
  "leader and chief executive": "Joint decision of the Leader and the Chief Executive",
  "delegated officer decision": "Delegated officer decision",
};

export interface ApprovalView extends Approval {
  /** "Cabinet resolution" */
  kindText: string;
  /** The date the plan was sent to Government, if given. */
  submitted?: string;
  /** True when the plan was sent to Government before the date it was agreed. */
  submittedBeforeApproval: boolean;
}

export function approvalView(plan: Pick<PlanFile, "approval" | "submitted">): ApprovalView {
  const { approval, submitted } = plan;
  return {
    ...approval,
    kindText: approvalKindWords[approval.kind],
    ...(submitted !== undefined && { submitted }),
    submittedBeforeApproval: submitted !== undefined && approval.date !== undefined && compareDates(submitted, approval.date) < 0,
  };
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

export function planPeriod(plan: Pick<PlanFile, "period">): PlanPeriod {
  const from = parseFinancialYear(plan.period.from);
  const to = parseFinancialYear(plan.period.to);
  if (!from || !to) throw new Error(`Unchecked plan period reached the model: ${plan.period.from} to ${plan.period.to}`);
  return { from: plan.period.from, to: plan.period.to, start: financialYearStart(from), end: financialYearEnd(to) };
}
