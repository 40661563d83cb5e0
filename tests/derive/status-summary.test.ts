import { test } from "uvu";
import * as assert from "uvu/assert";
import { statusSummary } from "../../lib/derive/status-summary.ts";
import { countStatuses } from "../../lib/derive/status-counts.ts";
import type { MilestoneStatus } from "../../lib/schema/index.ts";

const states = (list: [MilestoneStatus, number, number?][]) =>
  list.flatMap(([status, n, overdue = 0]) => Array.from({ length: n }, (_, i) => ({ status, overdue: i < overdue })));

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

test("a theme with no milestones says so instead of counting nothing", () => {
  const summary = statusSummary(countStatuses([]));
  assert.is(summary.headline, "No milestones yet");
  assert.equal(summary.items, []);
  assert.is(summary.breakdown, "");
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
