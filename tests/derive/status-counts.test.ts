import { test } from "uvu";
import * as assert from "uvu/assert";
import { addCounts, countStatuses, emptyCounts } from "../../lib/derive/status-counts.ts";

const none = {
  "not started": 0,
  "on track": 0,
  "at risk": 0,
  delayed: 0,
  complete: 0,
  cancelled: 0,
  "not rated": 0,
  "no progress reported": 0,
};
const dated = { end: "2025-03-31" };

test("empty counts have every status, no progress reported among them, at nought", () => {
  assert.equal(emptyCounts(), { total: 0, byStatus: none, overdue: 0, dated: 0, overdueUnreported: 0, overdueRated: 0 });
});

test("milestones are counted by status, and overdue ones also under overdue", () => {
  const counts = countStatuses([
    { status: "complete", overdue: false, due: dated },
    { status: "complete", overdue: false, due: dated },
    { status: "on track", overdue: false, due: dated },
    { status: "delayed", overdue: true, due: dated },
    { status: "not started", overdue: true, due: dated },
    { status: "cancelled", overdue: false, due: dated },
  ]);
  assert.is(counts.total, 6);
  assert.equal(counts.byStatus, { ...none, "not started": 1, "on track": 1, delayed: 1, complete: 2, cancelled: 1 });
  assert.is(counts.overdue, 2);
});

test("no progress reported is counted apart from not started and from not rated", () => {
  const counts = countStatuses([
    { status: "no progress reported", overdue: true, due: dated },
    { status: "no progress reported", overdue: false },
    { status: "not started", overdue: false },
    { status: "not rated", overdue: false },
  ]);
  assert.equal(counts.byStatus, { ...none, "no progress reported": 2, "not started": 1, "not rated": 1 });
  assert.is(counts.overdue, 1, "a date passed with no progress reported is overdue");
});

test("only milestones with a date that can pass count as dated", () => {
  const counts = countStatuses([
    { status: "on track", overdue: false, due: dated },
    { status: "on track", overdue: false, due: {} },
    { status: "on track", overdue: false },
  ]);
  assert.is(counts.total, 3);
  assert.is(counts.dated, 1);
});

test("adding counts sums every status, the total, the overdue and the dated", () => {
  const theme = countStatuses([
    { status: "at risk", overdue: false, due: dated },
    { status: "complete", overdue: false },
  ]);
  const other = countStatuses([
    { status: "at risk", overdue: true, due: dated },
    { status: "no progress reported", overdue: false },
  ]);
  const council = [theme, other].reduce((sum, counts) => addCounts(sum, counts), emptyCounts());
  assert.is(council.total, 4);
  assert.is(council.overdue, 1);
  assert.is(council.dated, 2);
  assert.equal(council.byStatus, { ...none, "at risk": 2, complete: 1, "no progress reported": 1 });
  assert.is(theme.total, 2, "the counts added from are left as they were");
});

test("of the overdue, the rated ones are overdue and the unrated ones only past their date", () => {
  const counts = countStatuses([
    { status: "delayed", overdue: true },
    { status: "not rated", overdue: true },
    { status: "no progress reported", overdue: true },
    { status: "no progress reported", overdue: false },
  ]);
  assert.is(counts.overdue, 3);
  assert.is(counts.overdueRated, 2);
  assert.is(counts.overdueUnreported, 1);
  assert.is(addCounts(emptyCounts(), counts).overdueRated, 2);
});

test.run();
