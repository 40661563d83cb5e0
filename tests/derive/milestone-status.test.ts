import { test } from "uvu";
import * as assert from "uvu/assert";
import { acceptedDueDate, isClosed, milestoneState } from "../../lib/derive/milestone-status.ts";
import type { Milestone, MilestoneProgress, UpdateFile } from "../../lib/schema/index.ts";

type Update = Pick<UpdateFile, "quarter" | "milestones">;

const milestone = (due: string): Milestone => ({ id: "CS1-M1", title: "Council tax account online", due });

const update = (quarter: string, progress?: MilestoneProgress): Update => ({
  quarter,
  milestones: progress ? { "CS1-M1": progress, "CS1-M2": { status: "cancelled" } } : { "CS1-M2": { status: "complete" } },
});

test("a milestone's status is the one the latest update that mentions it gave", () => {
  const state = milestoneState(
    milestone("2025-03-31"),
    [update("2024/25 Q2", { status: "on track" }), update("2024/25 Q3", { status: "at risk" }), update("2024/25 Q4")],
    "2025-01-15",
  );
  assert.is(state.status, "at risk");
  assert.is(state.reported, true);
  assert.is(state.reportedIn, "2024/25 Q3");
  assert.equal(
    state.history.map((report) => [report.quarter, report.status]),
    [
      ["2024/25 Q2", "on track"],
      ["2024/25 Q3", "at risk"],
    ],
  );
});

test("a milestone no update mentions is not started and not reported", () => {
  const state = milestoneState(milestone("2025-03-31"), [update("2024/25 Q2"), update("2024/25 Q3")], "2025-01-15");
  assert.is(state.status, "not started");
  assert.is(state.reported, false);
  assert.is(state.reportedIn, undefined);
  assert.equal(state.history, []);
  assert.is(state.revisions, 0);
  assert.is(state.slippageDays, 0);
});

test("a milestone with no updates at all is not started", () => {
  const state = milestoneState(milestone("2025-03-31"), [], "2025-01-15");
  assert.is(state.status, "not started");
  assert.is(state.reported, false);
  assert.is(state.overdue, false);
});

test("a milestone due on a day is not overdue on that day, and is from the day after", () => {
  const updates = [update("2024/25 Q3", { status: "on track" })];
  assert.is(milestoneState(milestone("2025-03-31"), updates, "2025-03-30").overdue, false);
  assert.is(milestoneState(milestone("2025-03-31"), updates, "2025-03-31").overdue, false);
  assert.is(milestoneState(milestone("2025-03-31"), updates, "2025-04-01").overdue, true);
});

test("a milestone due in March 2025 is overdue only from 1 April 2025", () => {
  const updates = [update("2024/25 Q3", { status: "on track" })];
  assert.is(milestoneState(milestone("2025-03"), updates, "2025-03-01").overdue, false);
  assert.is(milestoneState(milestone("2025-03"), updates, "2025-03-31").overdue, false);
  assert.is(milestoneState(milestone("2025-03"), updates, "2025-04-01").overdue, true);
});

test("a milestone due in a quarter or a financial year is overdue only once the whole period has passed", () => {
  assert.is(milestoneState(milestone("2024/25 Q4"), [], "2025-03-31").overdue, false);
  assert.is(milestoneState(milestone("2024/25 Q4"), [], "2025-04-01").overdue, true);
  assert.is(milestoneState(milestone("2024/25 Q3"), [], "2024-12-31").overdue, false);
  assert.is(milestoneState(milestone("2024/25 Q3"), [], "2025-01-01").overdue, true);
  assert.is(milestoneState(milestone("2025/26"), [], "2026-03-31").overdue, false);
  assert.is(milestoneState(milestone("2025/26"), [], "2026-04-01").overdue, true);
});

test("an ongoing milestone is never overdue and has no slippage", () => {
  const state = milestoneState(milestone("ongoing"), [update("2024/25 Q2", { status: "delayed" })], "2099-12-31");
  assert.is(state.overdue, false);
  assert.is(state.due.precision, "ongoing");
  assert.is(state.slippageDays, undefined);
});

test("a milestone not yet reported on is still overdue once its date has passed", () => {
  const state = milestoneState(milestone("2025-03-31"), [], "2025-06-01");
  assert.is(state.status, "not started");
  assert.is(state.overdue, true);
});

test("a complete or cancelled milestone is never overdue", () => {
  for (const status of ["complete", "cancelled"] as const) {
    const state = milestoneState(milestone("2025-03-31"), [update("2024/25 Q4", { status })], "2026-01-01");
    assert.is(state.overdue, false, status);
  }
  for (const status of ["not started", "on track", "at risk", "delayed"] as const) {
    const state = milestoneState(milestone("2025-03-31"), [update("2024/25 Q4", { status })], "2026-01-01");
    assert.is(state.overdue, true, status);
  }
});

test("a milestone reopened after being complete can be overdue again", () => {
  const state = milestoneState(
    milestone("2025-03-31"),
    [update("2024/25 Q4", { status: "complete", completed: "2025-03-20" }), update("2025/26 Q1", { status: "delayed" })],
    "2025-07-01",
  );
  assert.is(state.status, "delayed");
  assert.is(state.completed, undefined);
  assert.is(state.overdue, true);
});

test("overdue is judged against the revised due date, not the original", () => {
  const updates = [update("2024/25 Q4", { status: "delayed", revised_due: "2025-09-30" })];
  assert.is(milestoneState(milestone("2025-03-31"), updates, "2025-06-01").overdue, false);
  assert.is(milestoneState(milestone("2025-03-31"), updates, "2025-10-01").overdue, true);
});

test("a milestone revised twice counts two revisions and slips from the original to the latest date", () => {
  const state = milestoneState(
    milestone("2025-03-31"),
    [
      update("2024/25 Q3", { status: "on track" }),
      update("2024/25 Q4", { status: "delayed", revised_due: "2025-06-30" }),
      update("2025/26 Q1", { status: "delayed", revised_due: "2025-09-30" }),
      update("2025/26 Q2", { status: "on track" }),
    ],
    "2025-10-15",
  );
  assert.is(state.revisions, 2);
  assert.is(state.originalDue.text, "2025-03-31");
  assert.is(state.due.text, "2025-09-30");
  // 30 April + 31 May + 30 June + 31 July + 31 August + 30 September
  assert.is(state.slippageDays, 183);
  assert.equal(
    state.history.map((report) => [report.quarter, report.due.text, report.revised]),
    [
      ["2024/25 Q3", "2025-03-31", false],
      ["2024/25 Q4", "2025-06-30", true],
      ["2025/26 Q1", "2025-09-30", true],
      ["2025/26 Q2", "2025-09-30", false],
    ],
  );
});

test("the same revised due date given again in a later update is not a new revision", () => {
  const state = milestoneState(
    milestone("2025-03-31"),
    [
      update("2024/25 Q4", { status: "delayed", revised_due: "2025-06-30" }),
      update("2025/26 Q1", { status: "delayed", revised_due: "2025-06-30" }),
      update("2025/26 Q2", { status: "delayed", revised_due: "2025-06-30" }),
    ],
    "2025-08-01",
  );
  assert.is(state.revisions, 1);
  assert.is(state.slippageDays, 91);
  assert.equal(
    state.history.map((report) => report.revised),
    [true, false, false],
  );
});

test("a revised due date equal to the original is not a revision", () => {
  const state = milestoneState(
    milestone("2025-03-31"),
    [update("2024/25 Q4", { status: "on track", revised_due: "2025-03-31" })],
    "2025-01-01",
  );
  assert.is(state.revisions, 0);
  assert.is(state.slippageDays, 0);
});

test("slippage compares the last day of each period when the precision changes", () => {
  // March 2025 ends 31 March; 2025/26 Q1 ends 30 June: 91 days later.
  const state = milestoneState(
    milestone("2025-03"),
    [update("2024/25 Q4", { status: "delayed", revised_due: "2025/26 Q1" })],
    "2025-04-01",
  );
  assert.is(state.due.precision, "quarter");
  assert.is(state.slippageDays, 91);
  assert.is(state.overdue, false);
});

test("a due date brought forward gives negative slippage", () => {
  const state = milestoneState(
    milestone("2025-03-31"),
    [update("2024/25 Q3", { status: "on track", revised_due: "2025-02-28" })],
    "2025-01-01",
  );
  assert.is(state.slippageDays, -31);
  assert.is(state.revisions, 1);
});

test("a milestone moved to ongoing has no slippage in days but counts the revision", () => {
  const state = milestoneState(
    milestone("2025-03-31"),
    [update("2024/25 Q4", { status: "delayed", revised_due: "ongoing" })],
    "2026-01-01",
  );
  assert.is(state.revisions, 1);
  assert.is(state.slippageDays, undefined);
  assert.is(state.overdue, false);
});

test("the completion date is kept while the milestone stays complete", () => {
  const state = milestoneState(
    milestone("2025-03-31"),
    [
      update("2024/25 Q4", { status: "complete", completed: "2025-03-20", note: "Went live." }),
      update("2025/26 Q1", { status: "complete" }),
    ],
    "2025-07-01",
  );
  assert.is(state.completed, "2025-03-20");
  assert.is(state.note, undefined, "the note is the latest update's, and it gave none");
  assert.is(state.history[0]?.note, "Went live.");
});

test("a due date that the checks would have refused is a programming error, not a status", () => {
  assert.throws(() => acceptedDueDate("2025-02-30"), /Unchecked due date/);
  assert.throws(() => milestoneState(milestone("soon"), [], "2025-01-01"), /Unchecked due date/);
});

test("complete and cancelled close a milestone; the other statuses do not", () => {
  assert.equal((["not started", "on track", "at risk", "delayed", "complete", "cancelled"] as const).filter(isClosed), [
    "complete",
    "cancelled",
  ]);
});

test.run();
