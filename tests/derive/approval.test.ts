import { test } from "uvu";
import * as assert from "uvu/assert";
import { approvalView, planPeriod } from "../../lib/derive/approval.ts";
import type { Approval } from "../../lib/schema/index.ts";

const cabinet: Approval = { kind: "cabinet resolution", by: "Cabinet", date: "2024-07-30" };

test("a plan sent to Government before Cabinet agreed it is marked as submitted before approval", () => {
  const approval = approvalView({ approval: cabinet, submitted: "2024-07-19" });
  assert.is(approval.submittedBeforeApproval, true);
  assert.is(approval.submitted, "2024-07-19");
  assert.is(approval.date, "2024-07-30");
});

test("a plan sent after it was agreed, or on the same day, is not", () => {
  assert.is(approvalView({ approval: cabinet, submitted: "2024-07-31" }).submittedBeforeApproval, false);
  assert.is(approvalView({ approval: cabinet, submitted: "2024-07-30" }).submittedBeforeApproval, false);
  assert.is(approvalView({ approval: cabinet }).submittedBeforeApproval, false);
});

test("a plan not yet agreed cannot have been submitted before approval", () => {
  const approval = approvalView({ approval: { kind: "cabinet resolution", by: "Cabinet" }, submitted: "2024-07-19" });
  assert.is(approval.submittedBeforeApproval, false);
});

test("each way of agreeing a plan is given in words", () => {
  const words = (kind: Approval["kind"]) => approvalView({ approval: { kind, by: "someone" } }).kindText;
  assert.is(words("cabinet resolution"), "Cabinet resolution");
  assert.is(words("committee resolution"), "Committee resolution");
  assert.is(words("full council resolution"), "Full Council resolution");
  assert.is(words("portfolio holder decision"), "Portfolio holder decision");
  assert.is(words("leader and chief executive"), "Joint decision of the Leader and the Chief Executive");
  assert.is(words("delegated officer decision"), "Delegated officer decision");
});

test("the other approval facts pass through unchanged", () => {
  const approval = approvalView({
    approval: {
      kind: "portfolio holder decision",
      by: "Cabinet Member for Finance",
      date: "2024-07-10",
      call_in_deadline: "2024-07-17",
      minutes: "https://example.org/m",
    },
  });
  assert.is(approval.call_in_deadline, "2024-07-17");
  assert.is(approval.minutes, "https://example.org/m");
});

test("the plan period runs from 1 April of the first year to 31 March after the last", () => {
  assert.equal(planPeriod({ period: { from: "2024/25", to: "2026/27" } }), {
    from: "2024/25",
    to: "2026/27",
    start: "2024-04-01",
    end: "2027-03-31",
  });
});

test.run();
