import { test } from "uvu";
import * as assert from "uvu/assert";
import { actionStatus } from "../../lib/derive/action-status.ts";
import type { MilestoneStatus } from "../../lib/schema/index.ts";

const milestones = (...statuses: MilestoneStatus[]) => statuses.map((status) => ({ state: { status } }));

test("an action with one delayed milestone is delayed, however well the others go", () => {
  assert.is(actionStatus(milestones("complete", "on track", "delayed", "at risk")), "delayed");
});

test("an action whose worst open milestone is at risk is at risk", () => {
  assert.is(actionStatus(milestones("on track", "at risk", "not started")), "at risk");
});

test("an action with work under way and nothing at risk is on track", () => {
  assert.is(actionStatus(milestones("on track", "not started")), "on track");
  assert.is(actionStatus(milestones("complete", "not started")), "on track");
});

test("an action none of whose milestones has begun is not started", () => {
  assert.is(actionStatus(milestones("not started", "not started")), "not started");
  assert.is(actionStatus([]), "not started");
});

test("an action whose milestones are all closed is complete, or cancelled if none was completed", () => {
  assert.is(actionStatus(milestones("complete", "cancelled", "complete")), "complete");
  assert.is(actionStatus(milestones("cancelled", "cancelled")), "cancelled");
});

test.run();
