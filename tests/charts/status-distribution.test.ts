import { test } from "uvu";
import * as assert from "uvu/assert";
import { statusDistributionChart, statusDistributionTable, statusSummary } from "../../lib/charts/status-distribution.ts";
import { countStatuses } from "../../lib/derive/status-counts.ts";
import type { ProgressStatus } from "../../lib/schema/index.ts";
import { accessibleSvg, labels } from "../helpers/svg.ts";

function counts(statuses: Partial<Record<ProgressStatus, number>>, overdue = 0) {
  const states = Object.entries(statuses).flatMap(([status, n]) =>
    Array.from({ length: n }, () => ({ status: status as ProgressStatus, overdue: false })),
  );
  for (const state of states.filter((state) => state.status !== "complete").slice(0, overdue)) state.overdue = true;
  return countStatuses(states);
}

const example = counts({ complete: 25, "on track": 1, "at risk": 1, delayed: 4, cancelled: 2 }, 3);

test("the chart is an image named 'Milestones by status' that says every count in words", () => {
  const { title, desc } = accessibleSvg(statusDistributionChart(example));
  assert.is(title, "Milestones by status");
  assert.is(desc, "33 milestones: 25 complete, 1 on track, 1 at risk, 4 delayed and 2 cancelled. 3 are overdue.");
});

test("every status in the bar is named with its count in the key, not told by colour alone", () => {
  assert.equal(labels(statusDistributionChart(example)), ["Complete: 25", "On track: 1", "At risk: 1", "Delayed: 4", "Cancelled: 2"]);
});

test("each status is filled with its own pattern, so it can be told apart in black and white", () => {
  const svg = statusDistributionChart(example, { id: "theme-services" });
  assert.match(svg, '<pattern id="chart-theme-services-on-track"');
  assert.match(svg, '<pattern id="chart-theme-services-delayed"');
  assert.match(svg, 'fill="url(#chart-theme-services-at-risk)"');
  assert.not.match(svg, "chart-theme-services-not-started", "no pattern for a status with no milestones");
});

test("a title from content is escaped", () => {
  const svg = statusDistributionChart(example, { title: 'Milestones in "<script>alert(1)</script>"' });
  assert.not.match(svg, "<script>");
  assert.is(accessibleSvg(svg).title, "Milestones in &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;");
});

test("the table gives the count for every status some milestone has, the total and how many are overdue", () => {
  const table = statusDistributionTable(example);
  assert.is(table.caption, "Milestones by status");
  assert.equal(
    table.rows.map((row) => [row.header.text, row.cells[0]?.text]),
    [
      ["Complete", "25"],
      ["On track", "1"],
      ["At risk", "1"],
      ["Delayed", "4"],
      ["Cancelled", "2"],
      ["Total", "33"],
      ["Overdue (also counted above)", "3"],
    ],
  );
});

test("with no milestones there is no chart, and the summary says so", () => {
  const empty = counts({});
  assert.is(statusSummary(empty), "No milestones yet.");
  assert.is(statusDistributionChart(empty), "");
});

test('"not rated" and "no progress reported" have patterns of their own, never that of not started', () => {
  const mixed = counts({ "on track": 1, "not rated": 2, "no progress reported": 3 }, 1);
  const svg = statusDistributionChart(mixed, { id: "mixed" });
  assert.equal(labels(svg), ["On track: 1", "Not rated: 2", "No progress reported: 3"]);
  assert.match(svg, 'fill="url(#chart-mixed-not-rated)"');
  assert.match(svg, 'fill="url(#chart-mixed-no-progress-reported)"');
  assert.not.match(svg, "app-chart__empty", "nothing is drawn as not started");
  assert.is(statusSummary(mixed), "6 milestones: 1 on track, 2 not rated and 3 with no progress reported. 1 is overdue.");
  assert.equal(statusDistributionTable(mixed).rows.find((row) => row.header.text === "No progress reported")?.cells[0]?.text, "3");
  assert.is(
    statusSummary(counts({ "no progress reported": 2 }, 2)),
    "2 milestones: 2 with no progress reported. 2 are past their date with no progress reported.",
  );
});

test("one overdue milestone 'is' overdue", () => {
  assert.is(statusSummary(counts({ delayed: 1 }, 1)), "1 milestone: 1 delayed. 1 is overdue.");
});

test.run();
