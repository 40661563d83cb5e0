import { test } from "uvu";
import * as assert from "uvu/assert";
import { addCounts, countStatuses, emptyCounts } from "../../lib/derive/status-counts.ts";

test("empty counts have every status at nought", () => {
  assert.equal(emptyCounts(), {
    total: 0,
    byStatus: { "not started": 0, "on track": 0, "at risk": 0, delayed: 0, complete: 0, cancelled: 0 },
    overdue: 0,
  });
});

test("milestones are counted by status, and overdue ones also under overdue", () => {
  const counts = countStatuses([
    { status: "complete", overdue: false },
    { status: "complete", overdue: false },
    { status: "on track", overdue: false },
    { status: "delayed", overdue: true },
    { status: "not started", overdue: true },
    { status: "cancelled", overdue: false },
  ]);
  assert.is(counts.total, 6);
  assert.equal(counts.byStatus, { "not started": 1, "on track": 1, "at risk": 0, delayed: 1, complete: 2, cancelled: 1 });
  assert.is(counts.overdue, 2);
});

test("adding counts sums every status, the total and the overdue", () => {
  const theme = countStatuses([
    { status: "at risk", overdue: false },
    { status: "complete", overdue: false },
  ]);
  const other = countStatuses([
    { status: "at risk", overdue: true },
    { status: "on track", overdue: false },
  ]);
  const council = [theme, other].reduce((sum, counts) => addCounts(sum, counts), emptyCounts());
  assert.is(council.total, 4);
  assert.is(council.overdue, 1);
  assert.equal(council.byStatus, { "not started": 0, "on track": 1, "at risk": 2, delayed: 0, complete: 1, cancelled: 0 });
  assert.is(theme.total, 2, "the counts added from are left as they were");
});

test.run();
