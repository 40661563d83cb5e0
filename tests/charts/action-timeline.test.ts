import { test } from "uvu";
import * as assert from "uvu/assert";
import { actionTimelineChart, actionTimelineTable } from "../../lib/charts/action-timeline.ts";
import type { MilestoneView } from "../../lib/derive/council.ts";
import { milestoneState } from "../../lib/derive/milestone-status.ts";
import type { UpdateFile } from "../../lib/schema/index.ts";
import { accessibleSvg, labels } from "../helpers/svg.ts";

const asOf = "2025-11-23";

const updates: (Pick<UpdateFile, "period" | "milestones"> & { slug: string })[] = [
  {
    slug: "2024-25-q3",
    period: "2024/25 Q3",
    milestones: {
      "WC1-M1": { status: "complete", completed: "2024-10-14" },
      "WC1-M2": { status: "delayed", revised_due: "2025-06-30" },
    },
  },
  { slug: "2025-26-q1", period: "2025/26 Q1", milestones: { "WC1-M2": { status: "delayed", revised_due: "2025-09" } } },
];

function milestone(id: string, title: string, due: string): MilestoneView {
  return { id, title, due, slug: id.toLowerCase(), actionId: "WC1", state: milestoneState({ id, title, due }, updates, asOf) };
}

const action = {
  title: "Redesign bin collection rounds",
  milestones: [
    milestone("WC1-M1", "Route modelling finished for every refuse and recycling round", "2024-10-31"),
    milestone("WC1-M2", "Weekly food waste collections start for every household", "2025-03-31"),
    milestone("WC1-M3", "Review collection rounds every year", "ongoing"),
  ],
};

test("the chart is an image named after the action, describing every milestone in words", () => {
  const { title, desc } = accessibleSvg(actionTimelineChart(action, { asOf }));
  assert.is(title, "Timeline: Redesign bin collection rounds");
  assert.is(
    desc,
    "As of 23 November 2025. Route modelling finished for every refuse and recycling round: complete, due 31 October 2024. " +
      "Weekly food waste collections start for every household: delayed, overdue, due September 2025, first planned for 31 March 2025 and revised twice. " +
      "Review collection rounds every year: no progress reported, ongoing.",
  );
});

test("each milestone's title and status are written on the chart, so status is never colour alone", () => {
  assert.equal(labels(actionTimelineChart(action, { asOf })), [
    // Wrapped with room for the reader's own text spacing (WCAG 1.4.12).
    "Route modelling finished for",
    "every refuse and recycling round",
    "Complete",
    "Weekly food waste collections",
    "start for every household",
    "Delayed, overdue",
    "Review collection rounds every",
    "year",
    "No progress reported",
    "No end date",
    "2024/25",
    "2025/26",
    "As of 23 November 2025",
    "Complete",
    "Due",
    "First planned",
  ]);
});

test("a revised milestone shows where it was first planned, joined to where it is due now", () => {
  const svg = actionTimelineChart(action, { asOf });
  assert.is((svg.match(/class="app-chart__original"/g) ?? []).length, 2, "one on the chart, one in the key");
  assert.is((svg.match(/class="app-chart__slip"/g) ?? []).length, 1);
  assert.match(svg, "app-chart__due--overdue");
  assert.match(svg, 'class="app-chart__period"', "a month-long due date is drawn as its month");
});

test("an unrated milestone past its date says the date passed with no progress reported; a rating word is the council's", () => {
  const scale = new Map([["amber", { word: "Amber", means: "at risk" as const }]]);
  const unrated = {
    id: "X-M1",
    title: "Old",
    due: "2025-03",
    slug: "x-m1",
    actionId: "X",
    state: milestoneState({ id: "X-M1", title: "Old", due: "2025-03" }, [], asOf),
  };
  const amberState = milestoneState(
    { id: "X-M2", title: "Rated", due: "every quarter" },
    [{ slug: "r", period: "2025/26 Q1", milestones: { "X-M2": { status: "Amber" } } }],
    asOf,
    scale,
  );
  const amber = { id: "X-M2", title: "Rated", due: "every quarter", slug: "x-m2", actionId: "X", state: amberState };
  const table = actionTimelineTable({ title: "X", milestones: [unrated, amber] }, { asOf });
  assert.equal(
    table.rows.map((row) => row.cells[2]?.text),
    ["Date passed, no progress reported", "Amber (at risk)"],
  );
  const { desc } = accessibleSvg(actionTimelineChart({ title: "X", milestones: [unrated, amber] }, { asOf }));
  assert.is(desc, "As of 23 November 2025. Old: date passed, no progress reported, due March 2025. Rated: Amber (at risk), every quarter.");
});

test("a title from content is escaped", () => {
  const svg = actionTimelineChart({ ...action, title: "<script>alert(1)</script>" }, { asOf });
  assert.not.match(svg, "<script>");
  assert.is(accessibleSvg(svg).title, "Timeline: &lt;script&gt;alert(1)&lt;/script&gt;");
});

test("the table gives each milestone's due date, the date first planned and its status", () => {
  const table = actionTimelineTable(action, { asOf });
  assert.equal(
    table.head.map((cell) => cell.text),
    ["Milestone", "Due", "First planned", "Status"],
  );
  assert.equal(
    table.rows.map((row) => [row.header.text, ...row.cells.map((cell) => cell.text)]),
    [
      ["Route modelling finished for every refuse and recycling round", "31 October 2024", "Not revised", "Complete"],
      ["Weekly food waste collections start for every household", "September 2025", "31 March 2025", "Delayed, overdue"],
      ["Review collection rounds every year", "Ongoing", "Not revised", "No progress reported"],
    ],
  );
  assert.equal(table.rows[0]?.cells[0], { text: "31 October 2024", datetime: "2024-10-31" });
  assert.equal(table.rows[1]?.cells[0], { text: "September 2025", datetime: "2025-09" });
});

test("the 'as of' line is drawn before the milestones' labels, so it passes under their halos", () => {
  const svg = actionTimelineChart(action, { asOf });
  assert.ok(svg.indexOf("app-chart__now") < svg.indexOf("<text"));
});

test.run();
