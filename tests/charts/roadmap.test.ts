import { test } from "uvu";
import * as assert from "uvu/assert";
import { roadmapChart, roadmapColumns, roadmapTable } from "../../lib/charts/roadmap.ts";
import type { CouncilView, MilestoneView } from "../../lib/derive/council.ts";
import { milestoneState } from "../../lib/derive/milestone-status.ts";
import type { MilestoneStatus } from "../../lib/schema/index.ts";
import { financialQuarterOfDate, financialQuarterText } from "../../lib/time/financial-quarter.ts";
import { accessibleSvg, labels } from "../helpers/svg.ts";

const asOf = "2025-02-10";

function milestone(id: string, due: string, status?: MilestoneStatus): MilestoneView {
  const updates = status ? [{ slug: "2024-25-q3", period: "2024/25 Q3", milestones: { [id]: { status } } }] : [];
  return {
    id,
    title: `Milestone ${id}`,
    due,
    slug: id.toLowerCase(),
    actionId: "A1",
    state: milestoneState({ id, title: id, due }, updates, asOf),
  };
}

/** Milestones grouped by quarter as deriveCouncil does: in due order, "ongoing" last. */
function timeline(milestones: MilestoneView[]): CouncilView["timeline"] {
  const groups: CouncilView["timeline"] = [];
  for (const m of milestones) {
    const end = m.state.due.end;
    const quarter = end ? financialQuarterOfDate(end) : undefined;
    const text = quarter ? financialQuarterText(quarter) : undefined;
    const last = groups.at(-1);
    if (last && last.quarterText === text) last.milestones.push(m);
    else groups.push({ ...(quarter && { quarter, quarterText: text }), milestones: [m] });
  }
  return groups;
}

const council = {
  timeline: timeline([
    milestone("M1", "2024-06-30", "complete"),
    milestone("M2", "2024-09-30", "complete"),
    milestone("M3", "2024-09-30", "delayed"),
    milestone("M4", "2025-03-31", "on track"),
    milestone("M5", "2025/26 Q2", "cancelled"),
    milestone("M6", "ongoing", "on track"),
  ]),
};

test("every quarter from the first milestone to the last is a column, empty ones too, then the ongoing ones", () => {
  const columns = roadmapColumns(council.timeline);
  assert.equal(
    columns.map((column) => [column.quarter ? financialQuarterText(column.quarter) : "ongoing", column.total]),
    [
      ["2024/25 Q1", 1],
      ["2024/25 Q2", 2],
      ["2024/25 Q3", 0],
      ["2024/25 Q4", 1],
      ["2025/26 Q1", 0],
      ["2025/26 Q2", 1],
      ["ongoing", 1],
    ],
  );
  assert.equal(columns[1]?.counts, { complete: 1, "to do": 0, overdue: 1, cancelled: 0 });
});

test("the chart is an image that sums up the roadmap as of its date", () => {
  const { title, desc } = accessibleSvg(roadmapChart(council, { asOf }));
  assert.is(title, "Milestones due each quarter");
  assert.is(
    desc,
    "6 milestones due from April to June 2024 to July to September 2025, as of 10 February 2025: 2 complete, 2 to do, 1 overdue and 1 cancelled. 1 milestone has no end date.",
  );
});

test("columns are counted, quarters and years named, the 'as of' date marked and the key in words", () => {
  assert.equal(labels(roadmapChart(council, { asOf })), [
    "1",
    "Apr",
    "2",
    "Jul",
    "Oct",
    "1",
    "Jan",
    "Apr",
    "1",
    "Jul",
    "1",
    "Ongoing",
    "2024/25",
    "2025/26",
    "As of 10 February 2025",
    "Complete",
    "To do",
    "Overdue",
    "Cancelled",
  ]);
});

test("the 'as of' line falls within its quarter's column", () => {
  const svg = roadmapChart(council, { asOf });
  const x = Number(/<path class="app-chart__now" d="M([\d.]+) /.exec(svg)?.[1]);
  const slot = 360 / 7;
  assert.ok(x > 3 * slot && x < 4 * slot, `x = ${x}`);
});

test("a title from content is escaped", () => {
  const svg = roadmapChart(council, { asOf, title: "<script>alert(1)</script>" });
  assert.not.match(svg, "<script>");
  assert.is(accessibleSvg(svg).title, "&lt;script&gt;alert(1)&lt;/script&gt;");
});

test("the table counts each quarter's milestones by where they stand, quarters in months", () => {
  const table = roadmapTable(council, { asOf });
  assert.equal(
    table.head.map((cell) => cell.text),
    ["Quarter", "Complete", "To do", "Overdue", "Cancelled"],
  );
  assert.equal(
    table.rows.map((row) => [row.header.text, ...row.cells.map((cell) => cell.text)]),
    [
      ["April to June 2024", "1", "0", "0", "0"],
      ["July to September 2024", "1", "0", "1", "0"],
      ["October to December 2024", "0", "0", "0", "0"],
      ["January to March 2025", "0", "1", "0", "0"],
      ["April to June 2025", "0", "0", "0", "0"],
      ["July to September 2025", "0", "0", "0", "1"],
      ["Ongoing, no end date", "0", "1", "0", "0"],
    ],
  );
});

test("a council with no milestones gets no roadmap", () => {
  assert.is(roadmapChart({ timeline: [] }, { asOf }), "");
});

test('a financial year\'s label never runs into the "Ongoing" label beside it (regression: 2026/27 and Ongoing overlapped)', () => {
  const crowded = {
    timeline: timeline([
      ...[
        "2024-06-30",
        "2024-09-30",
        "2024-12-31",
        "2025-03-31",
        "2025-06-30",
        "2025-09-30",
        "2025-12-31",
        "2026-03-31",
        "2026-06-30",
        "2026-09-30",
      ].map((due, index) => milestone(`C${index}`, due, "on track")),
      milestone("C9", "ongoing", "on track"),
    ]),
  };
  const svg = roadmapChart(crowded, { asOf });
  const texts = [...svg.matchAll(/<text class="[^"]*" x="([\d.]+)" y="[\d.]+"(?: text-anchor="(\w+)")?>([^<]*)<\/text>/g)].map(
    ([, x, anchor, label]) => ({
      x: Number(x),
      anchor,
      label,
    }),
  );
  const ongoing = texts.find((item) => item.label === "Ongoing");
  assert.ok(ongoing, "the Ongoing label is drawn");
  for (const year of texts.filter((item) => /^\d{4}\/\d{2}$/.test(item.label ?? ""))) {
    // Both labels are about 49 units wide: the year's is centred on x, "Ongoing" ends at its x.
    assert.is(ongoing?.anchor, "end");
    assert.ok(year.x + 24.5 < (ongoing?.x ?? 0) - 49, `${year.label} at ${year.x} runs into Ongoing at ${ongoing?.x}`);
  }
});

test.run();
