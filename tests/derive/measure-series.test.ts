import { test } from "uvu";
import * as assert from "uvu/assert";
import { isBetter, measureSeries } from "../../lib/derive/measure-series.ts";
import type { Measure, UpdateFile } from "../../lib/schema/index.ts";

type Update = Pick<UpdateFile, "period" | "measures"> & { slug: string };

const callsAnswered: Measure = {
  id: "CS1-K1",
  title: "Calls answered within 60 seconds",
  unit: "%",
  direction: "higher is better",
  baseline: { value: 40, date: "2024-03-31" },
  target: { value: 60, date: "2027-03-31" },
};

const daysToProcess: Measure = {
  id: "CS1-K2",
  title: "Days to process a benefit claim",
  unit: "days",
  direction: "lower is better",
  baseline: { value: 20, date: "2024-03-31" },
  target: { value: 10, date: "2027-03-31" },
};

const latestValue = (measure: Measure, value: number) =>
  measureSeries(measure, [{ slug: "2024-25-q2", period: "2024/25 Q2", measures: { [measure.id]: { value } } }]);

test("the series lists each update's value with the last day of its period, skipping updates without one", () => {
  const updates: Update[] = [
    { slug: "2024-25-q2", period: "2024/25 Q2", measures: { "CS1-K1": { value: 41.5 } } },
    { slug: "2024-25-q3", period: "2024/25 Q3", measures: { "CS1-K2": { value: 18 } } },
    { slug: "2024-25-q4", period: "2024/25 Q4", measures: { "CS1-K1": { value: 44, note: "New phone system live." } } },
    { slug: "2025-26-q1", period: "2025/26 Q1" },
  ];
  const series = measureSeries(callsAnswered, updates);
  assert.equal(series.points, [
    { report: "2024-25-q2", period: "2024/25 Q2", date: "2024-09-30", value: 41.5 },
    { report: "2024-25-q4", period: "2024/25 Q4", date: "2025-03-31", value: 44, note: "New phone system live." },
  ]);
  assert.equal(series.latest, {
    report: "2024-25-q4",
    period: "2024/25 Q4",
    date: "2025-03-31",
    value: 44,
    note: "New phone system live.",
  });
});

test("a measure no update gives a value for has no data", () => {
  const series = measureSeries(callsAnswered, [{ slug: "2024-25-q2", period: "2024/25 Q2", measures: { "CS1-K2": { value: 18 } } }]);
  assert.equal(series, { points: [], progress: "no data" });
});

test("higher is better: reaching or passing the target is target met", () => {
  assert.is(latestValue(callsAnswered, 60).progress, "target met");
  assert.is(latestValue(callsAnswered, 72).progress, "target met");
  assert.is(latestValue(callsAnswered, 60).shareOfTarget, 1);
});

test("higher is better: above the baseline but short of the target is improving", () => {
  const series = latestValue(callsAnswered, 50);
  assert.is(series.progress, "improving");
  assert.is(series.shareOfTarget, 0.5);
});

test("higher is better: at or below the baseline is not improving", () => {
  assert.is(latestValue(callsAnswered, 40).progress, "not improving");
  assert.is(latestValue(callsAnswered, 35).progress, "not improving");
  assert.is(latestValue(callsAnswered, 35).shareOfTarget, -0.25);
});

test("lower is better: reaching or going under the target is target met", () => {
  assert.is(latestValue(daysToProcess, 10).progress, "target met");
  assert.is(latestValue(daysToProcess, 8).progress, "target met");
});

test("lower is better: below the baseline but above the target is improving", () => {
  const series = latestValue(daysToProcess, 14);
  assert.is(series.progress, "improving");
  assert.is(series.shareOfTarget, 0.6);
});

test("lower is better: at or above the baseline is not improving", () => {
  assert.is(latestValue(daysToProcess, 20).progress, "not improving");
  assert.is(latestValue(daysToProcess, 23).progress, "not improving");
});

test("progress is judged on the latest value, not the best one", () => {
  const series = measureSeries(callsAnswered, [
    { slug: "2024-25-q2", period: "2024/25 Q2", measures: { "CS1-K1": { value: 65 } } },
    { slug: "2024-25-q3", period: "2024/25 Q3", measures: { "CS1-K1": { value: 38 } } },
  ]);
  assert.is(series.progress, "not improving");
  assert.is(series.latest?.value, 38);
});

test("a target equal to the baseline gives no share of the way", () => {
  const holdSteady: Measure = { ...callsAnswered, target: { value: 40, date: "2027-03-31" } };
  const series = latestValue(holdSteady, 40);
  assert.is(series.progress, "target met");
  assert.is(series.shareOfTarget, undefined);
  assert.not.ok("shareOfTarget" in series);
});

test("a value from a half-year or whole-year report is dated the last day of that period", () => {
  const series = measureSeries(callsAnswered, [
    { slug: "first-half", period: "2024/25 H1", measures: { "CS1-K1": { value: 42 } } },
    { slug: "year-end", period: "2024/25", measures: { "CS1-K1": { value: 45 } } },
    { slug: "to-december", period: "2025-04-01 to 2025-12-31", measures: { "CS1-K1": { value: 47 } } },
  ]);
  assert.equal(
    series.points.map((point) => [point.report, point.date]),
    [
      ["first-half", "2024-09-30"],
      ["year-end", "2025-03-31"],
      ["to-december", "2025-12-31"],
    ],
  );
});

test("a measure with no target, baseline or direction is not judged, but its values are kept", () => {
  const { target: _target, ...noTarget } = callsAnswered;
  const { direction: _direction, ...noDirection } = callsAnswered;
  for (const measure of [noTarget, noDirection]) {
    const series = measureSeries(measure, [{ slug: "2024-25-q2", period: "2024/25 Q2", measures: { "CS1-K1": { value: 50 } } }]);
    assert.is(series.progress, "not judged");
    assert.is(series.latest?.value, 50);
    assert.is(series.shareOfTarget, undefined);
  }
});

test("with no direction given, no change is called better", () => {
  const noDirection: Measure = { ...callsAnswered };
  delete noDirection.direction;
  assert.not.ok(isBetter(noDirection, 40, 41));
  assert.not.ok(isBetter(noDirection, 41, 40));
});

test("better means up for higher-is-better measures and down for lower-is-better ones", () => {
  assert.ok(isBetter(callsAnswered, 40, 41));
  assert.not.ok(isBetter(callsAnswered, 41, 40));
  assert.not.ok(isBetter(callsAnswered, 40, 40));
  assert.ok(isBetter(daysToProcess, 20, 19));
  assert.not.ok(isBetter(daysToProcess, 19, 20));
});

test.run();
