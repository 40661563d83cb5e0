import { test } from "uvu";
import * as assert from "uvu/assert";
import { deriveCouncil } from "../../lib/derive/council.ts";
import { measureSeries } from "../../lib/derive/measure-series.ts";
import { milestoneState } from "../../lib/derive/milestone-status.ts";
import { changesShown, updateCountsLine } from "../../lib/derive/progress.ts";
import { countStatuses, emptyCounts } from "../../lib/derive/status-counts.ts";
import { whatChanged } from "../../lib/derive/what-changed.ts";
import { loadContent } from "../../lib/load/content.ts";
import type { Measure, Milestone, UpdateFile } from "../../lib/schema/index.ts";

const milestones: (Milestone & { actionId: string })[] = [
  { id: "CS1-M1", title: "Portal live", due: "2024-12-31", actionId: "CS1" },
  { id: "CS1-M2", title: "Paper forms withdrawn", due: "2025-03", actionId: "CS1" },
  { id: "WS1-M1", title: "Agency approval rule in place", due: "2024-09-30", actionId: "WS1" },
];
const accounts: Measure = {
  id: "CS1-K1",
  title: "Accounts opened online",
  unit: "%",
  direction: "higher is better",
  baseline: { value: 10, date: "2024-03-31" },
  target: { value: 50, date: "2027-03-31" },
};
const updates: (Pick<UpdateFile, "period" | "milestones" | "measures"> & { slug: string })[] = [
  { slug: "2024-25-q2", period: "2024/25 Q2", milestones: { "CS1-M1": { status: "on track" } }, measures: { "CS1-K1": { value: 14 } } },
  {
    slug: "2024-25-q3",
    period: "2024/25 Q3",
    milestones: {
      "CS1-M1": { status: "delayed", revised_due: "2025-03-31" },
      "CS1-M2": { status: "cancelled" },
      "WS1-M1": { status: "complete", completed: "2024-10-02" },
    },
    measures: { "CS1-K1": { value: 21 } },
  },
];
const states = milestones.map((milestone) => ({ ...milestone, state: milestoneState(milestone, updates, "2025-02-01") }));
const changes = whatChanged("2024-25-q3", states, [{ measure: accounts, series: measureSeries(accounts, updates) }]);

test("each change carries the milestone it is about, so a page can give its title and action", () => {
  const shown = changesShown(changes, states, [accounts]);
  assert.equal(
    shown.completed.map((change) => [change.milestone.title, change.milestone.actionId, change.report.completed]),
    [["Agency approval rule in place", "WS1", "2024-10-02"]],
  );
  assert.equal(
    shown.newlyAtRiskOrDelayed.map((change) => change.milestone.title),
    ["Portal live"],
  );
  assert.equal(
    shown.cancelled.map((change) => change.milestone.title),
    ["Paper forms withdrawn"],
  );
  assert.equal(
    shown.datesRevised.map((change) => [change.milestone.title, change.from.text, change.to.text]),
    [["Portal live", "2024-12-31", "2025-03-31"]],
  );
});

test("each measure that moved carries the measure, with its title and unit", () => {
  const [move, ...others] = changesShown(changes, states, [accounts]).measuresMoved;
  assert.equal(others, []);
  assert.is(move?.measure.title, "Accounts opened online");
  assert.is(move?.measure.unit, "%");
  assert.equal([move?.from, move?.to, move?.better], [14, 21, true]);
});

test("changes shown keep everything what changed worked out", () => {
  const shown = changesShown(changes, states, [accounts]);
  assert.is(shown.nothing, false);
  assert.equal(
    shown.completed.map((change) => change.milestoneId),
    changes.completed.map((change) => change.milestoneId),
  );
  assert.is(shown.completed[0]?.previous, undefined, "no update had mentioned it before");
});

test("a change naming a milestone the model does not have is a bug, and says which", () => {
  assert.throws(() => changesShown(changes, states.slice(0, 2), [accounts]), /milestone WS1-M1/);
});

test("an update's counts read as one line, in the order of the statuses", () => {
  const counts = countStatuses([
    { status: "complete", overdue: false },
    { status: "on track", overdue: false },
    { status: "complete", overdue: false },
    { status: "not started", overdue: false },
    { status: "no progress reported", overdue: false },
  ]);
  assert.is(updateCountsLine(counts), "5 milestones: 1 not started, 1 on track, 2 complete, 1 with no progress reported");
  assert.is(updateCountsLine(countStatuses([{ status: "delayed", overdue: false }])), "1 milestone: 1 delayed");
  assert.is(updateCountsLine(emptyCounts()), "", "a report that rated no milestone claims no counts");
});

test("a council's updates come newest first too, each naming the reports before and after it", () => {
  const [council] = loadContent("tests/fixtures/minimal").councils;
  if (!council) throw new Error("the minimal fixture has no council");
  const view = deriveCouncil(council, "2025-06-01");
  assert.equal(
    view.updatesNewestFirst.map((update) => update.slug),
    ["2024-25-q3", "2024-25-q2"],
  );
  assert.is(view.updates[0]?.nextSlug, "2024-25-q3");
  assert.is(view.updates[0]?.nextMonths, "October to December 2024");
  assert.is(view.updates[0]?.previousSlug, undefined);
  assert.is(view.updates[1]?.previousSlug, "2024-25-q2");
  assert.is(view.updates[1]?.previousMonths, "July to September 2024");
  // CS1-M3 has been rated by no report: it is counted apart, not as "not started".
  assert.is(view.updates[1]?.countsLine, "4 milestones: 1 on track, 1 delayed, 1 complete, 1 with no progress reported");
  assert.equal(
    view.updates[1]?.changesShown.datesRevised.map((change) => [change.milestone.title, change.milestone.actionTitle]),
    [["Portal live", "Council tax online"]],
  );
  assert.is(view.milestones.find((milestone) => milestone.id === "WS1-M1")?.actionTitle, "Fewer agency staff");
});

test.run();
