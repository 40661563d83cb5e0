import { test } from "uvu";
import * as assert from "uvu/assert";
import { approvalView, planPeriod } from "../../lib/derive/approval.ts";
import type { Approval } from "../../lib/schema/index.ts";

const cabinet: Approval = { kind: "cabinet resolution", by: "Cabinet", date: "2024-07-30" };

test("a plan sent to Government before Cabinet agreed it is marked as submitted before approval", () => {
  const approval = approvalView({ approval: cabinet, submitted: "2024-07-19" });
  assert.is(approval.submittedBeforeApproval, true);
  assert.equal(approval.submitted, { date: "2024-07-19", by: false });
  assert.is(approval.date, "2024-07-30");
  assert.is(approval.recorded, true);
});

test("a plan sent after it was agreed, or on the same day, is not", () => {
  assert.is(approvalView({ approval: cabinet, submitted: "2024-07-31" }).submittedBeforeApproval, false);
  assert.is(approvalView({ approval: cabinet, submitted: "2024-07-30" }).submittedBeforeApproval, false);
  assert.is(approvalView({ approval: cabinet }).submittedBeforeApproval, false);
});

test("a plan with no decision date and none due is not said to have been submitted before approval", () => {
  const approval = approvalView({ approval: { kind: "cabinet resolution", by: "Cabinet" }, submitted: "2024-07-19" });
  assert.is(approval.submittedBeforeApproval, false);
});

test("a plan agreed on a date is told in the council's own verb", () => {
  assert.is(
    approvalView({ approval: { by: "Cabinet", verb: "endorsed", date: "2024-07-17" } }).sentence,
    "Cabinet endorsed the plan on 17 July 2024.",
  );
  assert.is(
    approvalView({ approval: { by: "Policy and Resources Committee", verb: "noted", date: "2024-07-10" }, submitted: "2024-07-19" })
      .sentence,
    "Policy and Resources Committee noted the plan on 10 July 2024. The plan was sent to Government on 19 July 2024.",
  );
  assert.is(
    approvalView({ approval: { kind: "full council resolution", verb: "approved", date: "2024-07-10" } }).sentence,
    "Full Council resolution approved the plan on 10 July 2024.",
    "with no body named, the route stands in for it",
  );
});

test("a plan submitted by a date subject to a decision due on a later date says so, in words", () => {
  const approval = approvalView({ approval: { by: "Cabinet", due: "2024-07-24" }, submitted: "by 2024-07-19" });
  assert.equal(approval.submitted, { date: "2024-07-19", by: true });
  assert.is(approval.due, "2024-07-24");
  assert.is(approval.submittedBeforeApproval, true);
  assert.is(approval.sentence, "The plan was sent to Government by 19 July 2024, subject to a decision by Cabinet due on 24 July 2024.");
  assert.is(approvalView({ approval: { due: "2024-07-24" } }).sentence, "The plan is subject to a decision due on 24 July 2024.");
});

test("a plan submitted subject to approval and then agreed says both, in order", () => {
  const approval = approvalView({
    approval: { by: "Cabinet", verb: "approved the submission of", date: "2024-07-24", due: "2024-07-24" },
    submitted: "by 2024-07-19",
  });
  assert.is(approval.submittedBeforeApproval, true);
  assert.is(
    approval.sentence,
    "The plan was sent to Government by 19 July 2024, subject to approval; Cabinet approved the submission of the plan on 24 July 2024.",
  );
});

test("a plan agreed under delegated authority with no date says the date is not stated", () => {
  const approval = approvalView({ approval: { kind: "delegated officer decision", by: "Chief Executive", verb: "agreed" } });
  assert.is(approval.sentence, "Chief Executive agreed the plan; the date is not stated.");
  assert.is(approval.kindText, "Delegated officer decision");
  assert.is(approvalView({ approval: {} }).sentence, "The plan was agreed; how and when is not stated.");
});

test("a plan whose approval the council has not recorded says only that", () => {
  const approval = approvalView({});
  assert.is(approval.recorded, false);
  assert.is(approval.submitted, undefined);
  assert.is(approval.submittedBeforeApproval, false);
  assert.is(approval.sentence, "How the plan was agreed is not stated.");
  assert.is(
    approvalView({ submitted: "2024-07-19" }).sentence,
    "The plan was sent to Government on 19 July 2024. How it was agreed is not stated.",
  );
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

test("a plan that does not say which years it covers has no period", () => {
  assert.is(planPeriod({}), undefined);
});

test.run();
