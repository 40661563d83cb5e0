import { test } from "uvu";
import * as assert from "uvu/assert";
import { actionState, statusFromMilestones } from "../../lib/derive/action-status.ts";
import { ratingScale } from "../../lib/derive/rating.ts";
import type { ActionProgress, ProgressStatus } from "../../lib/schema/index.ts";

const milestones = (...statuses: ProgressStatus[]) => statuses.map((status) => ({ state: { status } }));

const report = (period: string, progress?: ActionProgress) => ({
  slug: period.replace("/", "-").replace(" ", "-").toLowerCase(),
  period,
  ...(progress && { actions: { CS1: progress } }),
});

const scale = ratingScale([
  { word: "Green", means: "on track" },
  { word: "Red", means: "delayed" },
]);

test("an action with one delayed milestone is delayed, however well the others go", () => {
  assert.is(statusFromMilestones(milestones("complete", "on track", "delayed", "at risk")), "delayed");
});

test("an action whose worst open milestone is at risk is at risk", () => {
  assert.is(statusFromMilestones(milestones("on track", "at risk", "not started")), "at risk");
});

test("an action with work under way and nothing at risk is on track", () => {
  assert.is(statusFromMilestones(milestones("on track", "not started")), "on track");
  assert.is(statusFromMilestones(milestones("complete", "not started")), "on track");
});

test("an action none of whose milestones has begun is not started", () => {
  assert.is(statusFromMilestones(milestones("not started", "not started")), "not started");
});

test("an action with no milestones, or none anyone rated, has no progress reported", () => {
  assert.is(statusFromMilestones([]), "no progress reported");
  assert.is(statusFromMilestones(milestones("no progress reported", "no progress reported")), "no progress reported");
});

test("a rated milestone speaks for the action over milestones no one has rated", () => {
  assert.is(statusFromMilestones(milestones("no progress reported", "on track")), "on track");
  assert.is(statusFromMilestones(milestones("no progress reported", "not rated")), "not rated");
});

test("an action whose milestones are all closed is complete, or cancelled if none was completed", () => {
  assert.is(statusFromMilestones(milestones("complete", "cancelled", "complete")), "complete");
  assert.is(statusFromMilestones(milestones("cancelled", "cancelled")), "cancelled");
});

test("the latest report's rating of the action itself speaks for it, in the council's word", () => {
  const state = actionState(
    { id: "CS1", status: "on track" },
    milestones("delayed"),
    [report("2024/25 Q2", { status: "Red", note: "Behind." }), report("2024/25 Q3", { status: "Green" }), report("2024/25 Q4")],
    scale,
  );
  assert.equal(state, {
    status: "on track",
    rating: "Green",
    source: "report",
    reportedIn: "2024-25-q3",
    reportedPeriod: "2024/25 Q3",
  });
  assert.is(state.note, undefined, "the note is the latest mentioning report's, and it gave none");
});

test("a note from a later report is kept even when that report gives no rating", () => {
  const state = actionState(
    { id: "CS1" },
    [],
    [report("2024/25 Q2", { status: "Green" }), report("2024/25 Q3", { note: "Tender out." })],
    scale,
  );
  assert.is(state.status, "on track");
  assert.is(state.reportedIn, "2024-25-q2");
  assert.is(state.note, "Tender out.");
});

test("without a report's rating the plan's own status for the action speaks for it", () => {
  assert.equal(actionState({ id: "CS1", status: "Red" }, milestones("on track"), [report("2024/25 Q2")], scale), {
    status: "delayed",
    rating: "Red",
    source: "plan",
  });
});

test("without a rating of the action its milestones speak for it, and with none rated there is no progress reported", () => {
  assert.equal(actionState({ id: "CS1" }, milestones("on track", "at risk"), [], scale), { status: "at risk", source: "milestones" });
  assert.equal(actionState({ id: "CS1" }, milestones("no progress reported"), [], scale), {
    status: "no progress reported",
    source: "none",
  });
});

test.run();
