import { test } from "uvu";
import * as assert from "uvu/assert";
import { measureSeries } from "../../lib/derive/measure-series.ts";
import { milestoneState } from "../../lib/derive/milestone-status.ts";
import { reportAsOf, whatChanged } from "../../lib/derive/what-changed.ts";
import type { Measure, Milestone, UpdateFile } from "../../lib/schema/index.ts";

/** A report as the model holds it: its address ("2024-25-q3", the file's name) and the period it covers. */
type Update = Pick<UpdateFile, "period" | "milestones" | "measures"> & { slug: string };

const milestones: Milestone[] = [
  { id: "M-DONE", title: "Portal live", due: "2025-03-31" },
  { id: "M-RISK", title: "Rounds redesigned", due: "2025-06" },
  { id: "M-STILL", title: "Depot lease signed", due: "2025/26 Q2" },
  { id: "M-WORSE", title: "Contracts retendered", due: "2025-09-30" },
  { id: "M-STOP", title: "Second mobile library withdrawn", due: "2025/26" },
  { id: "M-MOVED", title: "Hub opened", due: "2025-03-31" },
  { id: "M-QUIET", title: "Review published", due: "2026-03-31" },
];

const calls: Measure = {
  id: "K-CALLS",
  title: "Calls answered within 60 seconds",
  unit: "%",
  direction: "higher is better",
  baseline: { value: 40, date: "2024-03-31" },
  target: { value: 60, date: "2027-03-31" },
};
const days: Measure = { ...calls, id: "K-DAYS", title: "Days to process a claim", unit: "days", direction: "lower is better" };
const flat: Measure = { ...calls, id: "K-FLAT", title: "Complaints upheld" };

const updates: Update[] = [
  {
    slug: "2024-25-q3",
    period: "2024/25 Q3",
    milestones: {
      "M-DONE": { status: "on track" },
      "M-RISK": { status: "on track" },
      "M-STILL": { status: "at risk" },
      "M-WORSE": { status: "at risk" },
      "M-STOP": { status: "on track" },
      "M-MOVED": { status: "delayed", revised_due: "2025-06-30" },
    },
    measures: { "K-CALLS": { value: 45 }, "K-DAYS": { value: 18 }, "K-FLAT": { value: 12 } },
  },
  {
    slug: "2024-25-q4",
    period: "2024/25 Q4",
    milestones: {
      "M-DONE": { status: "complete", completed: "2025-03-14" },
      "M-RISK": { status: "at risk" },
      "M-STILL": { status: "at risk" },
      "M-WORSE": { status: "delayed" },
      "M-STOP": { status: "cancelled" },
      "M-MOVED": { status: "delayed", revised_due: "2025-09-30" },
    },
    measures: { "K-CALLS": { value: 43 }, "K-DAYS": { value: 15 }, "K-FLAT": { value: 12 } },
  },
];

const asOf = "2025-05-01";
const states = milestones.map((milestone) => ({ id: milestone.id, state: milestoneState(milestone, updates, asOf) }));
const series = [calls, days, flat].map((measure) => ({ measure, series: measureSeries(measure, updates) }));
const ids = (changes: readonly { milestoneId: string }[]): string[] => changes.map((change) => change.milestoneId);

test("a milestone completed in this update is listed as completed, with its previous report", () => {
  const changes = whatChanged("2024-25-q4", states, series);
  assert.equal(ids(changes.completed), ["M-DONE"]);
  assert.is(changes.completed[0]?.previous?.status, "on track");
  assert.is(changes.completed[0]?.report.completed, "2025-03-14");
});

test("milestones newly at risk or delayed are listed; one that stayed at risk is not", () => {
  const changes = whatChanged("2024-25-q4", states, series);
  assert.equal(ids(changes.newlyAtRiskOrDelayed), ["M-RISK", "M-WORSE"]);
  assert.not.ok(ids(changes.newlyAtRiskOrDelayed).includes("M-STILL"));
  assert.not.ok(ids(changes.newlyAtRiskOrDelayed).includes("M-MOVED"), "delayed before and delayed still");
});

test("a milestone cancelled in this update is listed as cancelled", () => {
  assert.equal(ids(whatChanged("2024-25-q4", states, series).cancelled), ["M-STOP"]);
});

test("a revised due date is listed with the date it moved from and to", () => {
  const [revision, ...others] = whatChanged("2024-25-q4", states, series).datesRevised;
  assert.equal(others, []);
  assert.is(revision?.milestoneId, "M-MOVED");
  assert.is(revision?.from.text, "2025-06-30");
  assert.is(revision?.to.text, "2025-09-30");
});

test("measures that moved are listed as better or worse for their direction; an unchanged one is not", () => {
  assert.equal(whatChanged("2024-25-q4", states, series).measuresMoved, [
    { measureId: "K-CALLS", from: 45, to: 43, better: false },
    { measureId: "K-DAYS", from: 18, to: 15, better: true },
  ]);
});

test("in the first update, a revision is measured from the original due date and nothing has a previous report", () => {
  const changes = whatChanged("2024-25-q3", states, series);
  assert.equal(
    changes.datesRevised.map((revision) => [revision.milestoneId, revision.from.text, revision.to.text]),
    [["M-MOVED", "2025-03-31", "2025-06-30"]],
  );
  assert.equal(ids(changes.newlyAtRiskOrDelayed), ["M-STILL", "M-WORSE", "M-MOVED"]);
  assert.is(changes.newlyAtRiskOrDelayed[0]?.previous, undefined);
  assert.equal(changes.completed, []);
  assert.equal(changes.cancelled, []);
  assert.equal(changes.measuresMoved, [], "there is no earlier value to move from");
  assert.is(changes.nothing, false);
});

test("a milestone the update does not mention is not listed as changed", () => {
  const changes = whatChanged("2024-25-q4", states, series);
  const all = [...changes.completed, ...changes.newlyAtRiskOrDelayed, ...changes.cancelled, ...changes.datesRevised];
  assert.not.ok(ids(all).includes("M-QUIET"));
});

test("an update that repeats the previous one changed nothing", () => {
  const repeated: Update[] = [...updates, { ...updates[1], slug: "2025-26-q1", period: "2025/26 Q1" } as Update];
  const repeatedStates = milestones.map((milestone) => ({ id: milestone.id, state: milestoneState(milestone, repeated, asOf) }));
  const repeatedSeries = [calls, days, flat].map((measure) => ({ measure, series: measureSeries(measure, repeated) }));
  const changes = whatChanged("2025-26-q1", repeatedStates, repeatedSeries);
  assert.equal(changes, { completed: [], newlyAtRiskOrDelayed: [], cancelled: [], datesRevised: [], measuresMoved: [], nothing: true });
});

test("a report that mentions milestones but rates none changes no status", () => {
  const noted: Update[] = [
    ...updates,
    { slug: "2025-26-q1", period: "2025/26 Q1", milestones: { "M-RISK": { note: "Consultation under way." } } },
  ];
  const notedStates = milestones.map((milestone) => ({ id: milestone.id, state: milestoneState(milestone, noted, asOf) }));
  const changes = whatChanged("2025-26-q1", notedStates, []);
  assert.equal(changes.newlyAtRiskOrDelayed, [], "M-RISK stays at risk, and the report did not say so again");
  assert.is(changes.nothing, true);
});

test("the report as of another is the latest at or before it, in the order given", () => {
  const order = ["2024-25-q2", "2024-25-q3", "2024-25-q4", "2025-26-q1"];
  const atOrBefore = (slug: string) => (reportSlug: string) => order.indexOf(reportSlug) <= order.indexOf(slug);
  const moved = states.find((entry) => entry.id === "M-MOVED")!.state;
  assert.is(reportAsOf(moved, atOrBefore("2024-25-q2")), undefined);
  assert.is(reportAsOf(moved, atOrBefore("2024-25-q3"))?.due.text, "2025-06-30");
  assert.is(reportAsOf(moved, atOrBefore("2024-25-q4"))?.due.text, "2025-09-30");
  assert.is(reportAsOf(moved, atOrBefore("2025-26-q1"))?.period, "2024/25 Q4");
});

test.run();
