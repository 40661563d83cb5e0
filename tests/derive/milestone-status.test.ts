import { test } from "uvu";
import * as assert from "uvu/assert";
import { acceptedDueDate, isClosed, milestoneState, type ReportOnMilestones } from "../../lib/derive/milestone-status.ts";
import { ratingScale } from "../../lib/derive/rating.ts";
import type { Milestone, MilestoneProgress } from "../../lib/schema/index.ts";

const milestone = (due?: string, stated: Partial<Milestone> = {}): Milestone => ({
  id: "CS1-M1",
  title: "Council tax account online",
  ...(due !== undefined && { due }),
  ...stated,
});

/** A report for the period, with its address made from the period as the council's files name it: "2024-25-q2". */
const update = (period: string, progress?: MilestoneProgress): ReportOnMilestones => ({
  slug: period.replace("/", "-").replace(" ", "-").toLowerCase(),
  period,
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
  assert.is(state.source, "report");
  assert.is(state.reportedIn, "2024-25-q3");
  assert.equal(
    state.history.map((report) => [report.period, report.status]),
    [
      ["2024/25 Q2", "on track"],
      ["2024/25 Q3", "at risk"],
    ],
  );
});

test('a milestone no update mentions has no progress reported, not "not started"', () => {
  const state = milestoneState(milestone("2025-03-31"), [update("2024/25 Q2"), update("2024/25 Q3")], "2025-01-15");
  assert.is(state.status, "no progress reported");
  assert.is(state.source, "none");
  assert.is(state.reported, false);
  assert.is(state.reportedIn, undefined);
  assert.equal(state.history, []);
  assert.is(state.revisions, 0);
  assert.is(state.slippageDays, 0);
});

test("a milestone with no updates at all has no progress reported", () => {
  const state = milestoneState(milestone("2025-03-31"), [], "2025-01-15");
  assert.is(state.status, "no progress reported");
  assert.is(state.source, "none");
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

test("a milestone whose date has passed with no progress reported is overdue", () => {
  const state = milestoneState(milestone("2025-03-31"), [], "2025-06-01");
  assert.is(state.status, "no progress reported");
  assert.is(state.overdue, true);
  assert.is(milestoneState(milestone("2025-03-31"), [], "2025-03-31").overdue, false, "not before the day has passed");
});

test("a complete or cancelled milestone is never overdue", () => {
  for (const status of ["complete", "cancelled"] as const) {
    const state = milestoneState(milestone("2025-03-31"), [update("2024/25 Q4", { status })], "2026-01-01");
    assert.is(state.overdue, false, status);
  }
  for (const status of ["not started", "on track", "at risk", "delayed", "not rated"] as const) {
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
    state.history.map((report) => [report.period, report.due.text, report.revised]),
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

test("complete and cancelled close a milestone; the other statuses, and no progress reported, do not", () => {
  assert.equal(
    (["not started", "on track", "at risk", "delayed", "complete", "cancelled", "not rated", "no progress reported"] as const).filter(
      isClosed,
    ),
    ["complete", "cancelled"],
  );
});

test("a status the plan itself states is the milestone's status until a report rates it", () => {
  const planned = milestone("2025-03-31", { status: "on track" });
  const before = milestoneState(planned, [update("2024/25 Q2")], "2024-10-01");
  assert.is(before.status, "on track");
  assert.is(before.source, "plan");
  assert.is(before.reported, false);
  const after = milestoneState(planned, [update("2024/25 Q2", { status: "delayed" })], "2024-10-01");
  assert.is(after.status, "delayed");
  assert.is(after.source, "report");
});

test("a milestone the plan says was already completed is complete, with its date, and never overdue", () => {
  const state = milestoneState(milestone("2024-03-31", { status: "complete", completed: "2024-03-15" }), [], "2026-01-01");
  assert.is(state.status, "complete");
  assert.is(state.source, "plan");
  assert.is(state.completed, "2024-03-15");
  assert.is(state.overdue, false);
});

test("a report that mentions a milestone without rating it makes it not rated, never no progress reported", () => {
  const state = milestoneState(milestone("2025-03-31"), [update("2024/25 Q2", { note: "Data not available." })], "2024-11-01");
  assert.is(state.status, "not rated");
  assert.is(state.source, "report");
  assert.is(state.reported, true);
  assert.equal(
    state.history.map((report) => [report.report, report.status, report.rated]),
    [["2024-25-q2", "not rated", false]],
  );
});

test("a report that mentions a rated milestone without a status keeps the status it had", () => {
  const state = milestoneState(
    milestone("2025-03-31"),
    [update("2024/25 Q2", { status: "at risk" }), update("2024/25 Q3", { note: "Supplier chosen." })],
    "2025-01-15",
  );
  assert.is(state.status, "at risk");
  assert.is(state.note, "Supplier chosen.");
  assert.equal(
    state.history.map((report) => [report.period, report.status, report.rated]),
    [
      ["2024/25 Q2", "at risk", true],
      ["2024/25 Q3", "at risk", false],
    ],
  );
});

test("a council's own rating word counts as the site's status it means, and keeps the council's word", () => {
  const scale = ratingScale([
    { word: "Green", means: "on track", definition: "On or above target" },
    { word: "Amber", means: "at risk" },
    { word: "Achieved", means: "complete" },
  ]);
  const state = milestoneState(
    milestone("2025-03-31"),
    [update("2024/25 Q2", { status: "Green" }), update("2024/25 Q3", { status: "amber" })],
    "2025-01-15",
    scale,
  );
  assert.is(state.status, "at risk");
  assert.is(state.rating, "Amber", "the word as the plan lists it");
  assert.equal(
    state.history.map((report) => [report.status, report.rating]),
    [
      ["on track", "Green"],
      ["at risk", "Amber"],
    ],
  );
  const planned = milestoneState(milestone("2024-03-31", { status: "Achieved" }), [], "2025-01-15", scale);
  assert.is(planned.status, "complete");
  assert.is(planned.rating, "Achieved");
  const siteWord = milestoneState(milestone("2025-03-31"), [update("2024/25 Q2", { status: "delayed" })], "2024-11-01", scale);
  assert.is(siteWord.rating, undefined, "the site's own word carries no council word");
});

test("a word that is neither the site's nor the council's is a programming error once past the checks", () => {
  assert.throws(
    () => milestoneState(milestone("2025-03-31"), [update("2024/25 Q2", { status: "Purple" })], "2024-11-01"),
    /Unchecked status/,
  );
});

test("a milestone with no date, an ongoing one, or a recurring one is never overdue, whatever its status", () => {
  for (const due of [undefined, "ongoing", "every quarter", "every month", "every six months", "every year"]) {
    const unreported = milestoneState(milestone(due), [], "2099-12-31");
    assert.is(unreported.overdue, false, `${due ?? "no date"}, no progress reported`);
    const delayed = milestoneState(milestone(due), [update("2024/25 Q2", { status: "delayed" })], "2099-12-31");
    assert.is(delayed.overdue, false, `${due ?? "no date"}, delayed`);
  }
  assert.is(milestoneState(milestone(undefined), [], "2099-12-31").due.precision, "no date");
});

test("a milestone due in a calendar year or by a date follows the one overdue rule", () => {
  assert.is(milestoneState(milestone("2025"), [], "2025-12-31").overdue, false);
  assert.is(milestoneState(milestone("2025"), [], "2026-01-01").overdue, true);
  assert.is(milestoneState(milestone("by 2025-03-31"), [], "2025-03-31").overdue, false);
  assert.is(milestoneState(milestone("by 2025-03-31"), [], "2025-04-01").overdue, true);
  assert.is(milestoneState(milestone("by 2025-03"), [], "2025-03-31").overdue, false);
  assert.is(milestoneState(milestone("by 2025-03"), [], "2025-04-01").overdue, true);
});

test.run();
