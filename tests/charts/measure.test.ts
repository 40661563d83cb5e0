import { test } from "uvu";
import * as assert from "uvu/assert";
import { measureChart, measureTable } from "../../lib/charts/measure.ts";
import { measureSeries } from "../../lib/derive/measure-series.ts";
import type { Measure, UpdateFile } from "../../lib/schema/index.ts";
import { accessibleSvg, labels } from "../helpers/svg.ts";

const definition: Measure = {
  id: "CS1-K1",
  title: "Council tax accounts managed online",
  unit: "%",
  direction: "higher is better",
  baseline: { value: 38, date: "2024-03-31" },
  target: { value: 70, date: "2027-03-31" },
};

const updates: (Pick<UpdateFile, "period" | "measures"> & { slug: string })[] = [
  { slug: "q2", period: "2024/25 Q2", measures: { "CS1-K1": { value: 41.5 } } },
  { slug: "q3", period: "2024/25 Q3", measures: { "CS1-K1": { value: 47 } } },
  { slug: "q4", period: "2024/25 Q4", measures: {} },
  { slug: "h1", period: "2025/26 Q1", measures: { "CS1-K1": { value: 66.2 } } },
];

const measure = { ...definition, series: measureSeries(definition, updates) };

test("the chart is an image named after the measure, summing up where it stands", () => {
  const { title, desc } = accessibleSvg(measureChart(measure));
  assert.is(title, "Council tax accounts managed online");
  assert.is(
    desc,
    "Council tax accounts managed online, where higher is better. Baseline 38% in March 2024; target 70% by March 2027. Latest 66.2% in April to June 2025: improving. 3 values reported.",
  );
});

test("the baseline, the target and the latest value are written on the chart", () => {
  assert.equal(labels(measureChart(measure)), ["2024/25", "2025/26", "2026/27", "Baseline 38%", "Target 70% by March 2027", "66.2%"]);
});

test("the line starts at the baseline and has a point for every value reported", () => {
  const svg = measureChart(measure);
  assert.is((svg.match(/class="app-chart__point"/g) ?? []).length, 3);
  assert.is((svg.match(/class="app-chart__baseline"/g) ?? []).length, 1);
  assert.match(svg, /<path class="app-chart__series" d="M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){3}"\/>/);
});

test("a higher value is drawn higher, whichever way is better", () => {
  const lower = { ...measure, direction: "lower is better" as const };
  const y = (svg: string, label: string) => Number(new RegExp(`y="([\\d.]+)">${label}`).exec(svg)?.[1]);
  const svg = measureChart(lower);
  assert.ok(y(svg, "Target 70%") < y(svg, "Baseline 38%"));
});

test("a title from content is escaped", () => {
  const svg = measureChart({ ...measure, title: "Calls <script>alert(1)</script> answered" });
  assert.not.match(svg, "<script>");
  assert.is(accessibleSvg(svg).title, "Calls &lt;script&gt;alert(1)&lt;/script&gt; answered");
});

test("a measure with no baseline or target shows only the values reported, unjudged; with nothing at all, no chart", () => {
  const bare: Measure = { id: "K2", title: "Calls answered" };
  const halfYearly = { ...bare, series: measureSeries(bare, [{ slug: "h1", period: "2024/25 H1", measures: { K2: { value: 120 } } }]) };
  assert.is(accessibleSvg(measureChart(halfYearly)).desc, "Calls answered. Latest 120 in April to September 2024. 1 value reported.");
  assert.equal(
    measureTable(halfYearly).rows.map((row) => [row.header.text, row.cells[0]?.text]),
    [["April to September 2024", "120"]],
  );
  assert.is(measureChart({ ...bare, series: measureSeries(bare, []) }), "");
});

test("a measure with no values yet says so", () => {
  const empty = { ...definition, series: measureSeries(definition, []) };
  const { desc } = accessibleSvg(measureChart(empty));
  assert.match(desc, /No values reported yet\.$/);
});

test("the table has the baseline, every quarter's value and the target", () => {
  const table = measureTable(measure);
  assert.is(table.caption, "Council tax accounts managed online");
  assert.equal(
    table.rows.map((row) => [row.header.text, row.cells[0]?.text]),
    [
      ["Baseline, March 2024", "38%"],
      ["July to September 2024", "41.5%"],
      ["October to December 2024", "47%"],
      ["April to June 2025", "66.2%"],
      ["Target, by March 2027", "70%"],
    ],
  );
});

test("the data line and the reference lines are drawn before every label, so they pass under the labels' halos", () => {
  const svg = measureChart(measure);
  const lastLine = Math.max(svg.lastIndexOf("app-chart__series"), svg.lastIndexOf("app-chart__reference"));
  assert.ok(lastLine > 0 && lastLine < svg.indexOf("<text"), "every line comes before the first label");
});

test.run();
