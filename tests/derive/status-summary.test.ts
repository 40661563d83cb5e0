import { test } from "uvu";
import * as assert from "uvu/assert";
import { statusSummary } from "../../lib/derive/status-summary.ts";
import { countStatuses } from "../../lib/derive/status-counts.ts";
import type { ProgressStatus } from "../../lib/schema/index.ts";

/** Milestones with a date that can pass, unless `undated`: [status, how many, how many of them overdue]. */
const states = (list: [ProgressStatus, number, number?][], { undated = false } = {}) =>
  list.flatMap(([status, n, overdue = 0]) =>
    Array.from({ length: n }, (_, i) => ({ status, overdue: i < overdue, ...(!undated && { due: { end: "2025-03-31" } }) })),
  );

test("the headline says how many milestones are complete out of all of them, and how many are overdue", () => {
  const summary = statusSummary(
    countStatuses(
      states([
        ["complete", 12],
        ["on track", 15],
        ["delayed", 4, 4],
        ["at risk", 2],
      ]),
    ),
  );
  assert.is(summary.headline, "12 of 33 milestones complete, 4 overdue");
});

test("the headline says so when nothing is overdue, and uses the singular for one milestone", () => {
  assert.is(statusSummary(countStatuses(states([["complete", 1]]))).headline, "1 of 1 milestone complete, none overdue");
  assert.is(statusSummary(countStatuses(states([["on track", 3]]))).headline, "0 of 3 milestones complete, none overdue");
});

test("the headline says nothing about overdue when no milestone has a date that could pass", () => {
  assert.is(statusSummary(countStatuses(states([["on track", 3]], { undated: true }))).headline, "0 of 3 milestones complete");
});

test("each status with a milestone is counted in words, in the order of the vocabulary", () => {
  const summary = statusSummary(
    countStatuses(
      states([
        ["complete", 25],
        ["cancelled", 2],
        ["on track", 1],
        ["delayed", 4, 3],
      ]),
    ),
  );
  assert.equal(
    summary.items.map((item) => item.text),
    ["1 on track", "4 delayed", "25 complete", "2 cancelled"],
  );
  assert.is(summary.breakdown, "1 on track, 4 delayed, 25 complete, 2 cancelled");
});

test('nothing to count gives an empty headline, never "0 of 0"', () => {
  const summary = statusSummary(countStatuses([]));
  assert.is(summary.headline, "");
  assert.equal(summary.items, []);
  assert.is(summary.breakdown, "");
});

test("milestones no one has rated are counted apart, as no progress reported, not as not started", () => {
  const summary = statusSummary(
    countStatuses(
      states([
        ["complete", 2],
        ["not started", 1],
        ["no progress reported", 3, 1],
      ]),
    ),
  );
  // The one past its date was never rated: its date has passed, which is not the same as a rated milestone running late.
  assert.is(summary.headline, "2 of 6 milestones complete, 3 with no progress reported (1 past its date)");
  assert.is(summary.breakdown, "1 not started, 2 complete, 3 with no progress reported");
});

test('when no milestone has been rated the headline says no progress is reported, not "0 of 5 complete"', () => {
  assert.is(
    statusSummary(countStatuses(states([["no progress reported", 5]]))).headline,
    "No progress reported on any of the 5 milestones",
  );
  assert.is(statusSummary(countStatuses(states([["no progress reported", 1]]))).headline, "No progress reported on the milestone");
  assert.is(
    statusSummary(countStatuses(states([["no progress reported", 5, 2]]))).headline,
    "No progress reported on any of the 5 milestones, 2 past their dates",
  );
  assert.is(
    statusSummary(countStatuses(states([["no progress reported", 2]])), "action").headline,
    "No progress reported on any of the 2 actions",
  );
});

test("large counts are written with commas", () => {
  assert.is(
    statusSummary(
      countStatuses(
        states([
          ["complete", 1200],
          ["on track", 34],
        ]),
      ),
    ).headline,
    "1,200 of 1,234 milestones complete, none overdue",
  );
});

test.run();
