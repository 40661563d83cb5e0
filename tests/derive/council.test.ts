import { test } from "uvu";
import * as assert from "uvu/assert";
import { deriveCouncil } from "../../lib/derive/council.ts";
import { deriveSite } from "../../lib/derive/site.ts";
import { defaultThemes } from "../../lib/load/default-themes.ts";
import type { LoadedCouncil, LoadedUpdate, Located } from "../../lib/load/content.ts";
import { SourceMap } from "../../lib/load/yaml.ts";
import type { ActionFile, CouncilFile, PlanFile, UpdateFile } from "../../lib/schema/index.ts";

const located = <T>(file: string, data: T): Located<T> => ({ file, data, sourceMap: new SourceMap("") });

const councilFile: CouncilFile = {
  name: "Wrenmoor District Council",
  short_name: "Wrenmoor",
  gss_code: "E07000999",
  type: "district",
  website: "https://www.wrenmoor.example.gov.uk",
  contact: { email: "plans@wrenmoor.example.gov.uk" },
  brand: { colour: "#1d5c4d" },
};

const planFile: PlanFile = {
  title: "Productivity Plan 2024 to 2027",
  period: { from: "2024/25", to: "2026/27" },
  summary: "How Wrenmoor will do more with less.",
  approval: { kind: "cabinet resolution", by: "Cabinet", date: "2024-07-10" },
  barriers: [
    {
      id: "B1",
      title: "Short funding settlements",
      description: "One-year settlements.",
      ask: "Multi-year settlements.",
      theme: "barriers",
    },
  ],
};

const actions: ActionFile[] = [
  {
    id: "CS1",
    title: "Council tax online",
    theme: "services",
    owner: "Head of Customer Services",
    summary: "Move council tax online.",
    milestones: [
      { id: "CS1-M1", title: "Portal live", due: "2024-12-31" },
      { id: "CS1-M2", title: "Paper forms withdrawn", due: "2025-03" },
      { id: "CS1-M3", title: "Review", due: "ongoing" },
    ],
    measures: [
      {
        id: "CS1-K1",
        title: "Accounts opened online",
        unit: "%",
        direction: "higher is better",
        baseline: { value: 10, date: "2024-03-31" },
        target: { value: 50, date: "2027-03-31" },
      },
    ],
    savings: [{ year: "2024/25", amount: 100000 }],
  },
  {
    id: "CS2",
    title: "One front door",
    theme: "services",
    owner: "Head of Customer Services",
    summary: "A single contact centre.",
    milestones: [{ id: "CS2-M1", title: "Contact centre merged", due: "2024/25 Q3" }],
  },
  {
    id: "WS1",
    title: "Fewer agency staff",
    theme: "waste",
    owner: "Head of HR",
    summary: "Cut agency spending.",
    milestones: [
      { id: "WS1-M1", title: "Agency approval rule", due: "2024-09-30" },
      { id: "WS1-M2", title: "Framework retendered", due: "2025/26" },
    ],
    savings: [{ year: "2024/25", amount: 50000 }, { amount: 200000 }],
  },
];

const update = (quarter: string, published: string, data: Partial<UpdateFile>): LoadedUpdate => ({
  ...located(`updates/${quarter}.md`, { quarter, published, ...data }),
  narrative: `The ${quarter} update.`,
  narrativeLine: 10,
});

const updates: LoadedUpdate[] = [
  update("2024/25 Q2", "2024-11-05", {
    milestones: {
      "CS1-M1": { status: "on track" },
      "CS2-M1": { status: "at risk" },
      "WS1-M1": { status: "complete", completed: "2024-09-20" },
    },
    measures: { "CS1-K1": { value: 14 } },
    savings: [{ action: "WS1", year: "2024/25", delivered: 20000 }],
  }),
  update("2024/25 Q3", "2025-02-11", {
    milestones: {
      "CS1-M1": { status: "delayed", revised_due: "2025-03-31" },
      "CS2-M1": { status: "cancelled" },
    },
    measures: { "CS1-K1": { value: 21 } },
    savings: [{ action: "WS1", year: "2024/25", delivered: 35000 }],
  }),
  // Published after the as-of date used below, so not yet known.
  update("2024/25 Q4", "2025-05-20", {
    milestones: { "CS1-M1": { status: "complete", completed: "2025-03-28" }, "CS1-M2": { status: "complete", completed: "2025-03-30" } },
    measures: { "CS1-K1": { value: 30 } },
    savings: [{ action: "WS1", year: "2024/25", delivered: 50000 }],
  }),
];

const loaded: LoadedCouncil = {
  slug: "wrenmoor",
  folder: "councils/wrenmoor",
  council: located("council.yaml", councilFile),
  plan: located("plan.yaml", planFile),
  themes: defaultThemes,
  actions: actions.map((action) => located(`actions/${action.id}.yaml`, action)),
  updates,
};

const asOf = "2025-04-15";
const view = deriveCouncil(loaded, asOf);
const milestone = (id: string) => view.milestones.find((entry) => entry.id === id)!;

test("updates published after the as-of date are ignored", () => {
  assert.equal(
    view.updates.map((entry) => entry.quarterText),
    ["2024/25 Q2", "2024/25 Q3"],
  );
  assert.is(view.latestUpdate?.quarterText, "2024/25 Q3");
  assert.is(view.unpublishedUpdates, 1);
  assert.is(milestone("CS1-M1").state.status, "delayed", "the Q4 completion is not yet published");
  assert.is(milestone("CS1-M2").state.reported, false);
  assert.is(view.measures[0]?.series.latest?.value, 21);
});

test("the same content a day after the later update was published shows it", () => {
  const later = deriveCouncil(loaded, "2025-05-20");
  assert.is(later.updates.length, 3);
  assert.is(later.unpublishedUpdates, 0);
  assert.is(later.milestones.find((entry) => entry.id === "CS1-M1")?.state.status, "complete");
});

test("each milestone's status, overdue and slippage are judged as of the date", () => {
  const portal = milestone("CS1-M1").state;
  assert.is(portal.revisions, 1);
  assert.is(portal.slippageDays, 90);
  assert.is(portal.overdue, true, "due 31 March 2025 after revision, delayed, as of 15 April 2025");
  assert.is(milestone("CS1-M2").state.overdue, true, "due March 2025, never reported");
  assert.is(milestone("CS1-M3").state.overdue, false, "ongoing");
  assert.is(milestone("CS2-M1").state.overdue, false, "cancelled");
  assert.is(milestone("WS1-M1").state.overdue, false, "complete");
  assert.is(milestone("WS1-M2").state.overdue, false, "due by 31 March 2026");
});

test("counts by status are given per action, per theme and for the whole council", () => {
  const services = view.themes.find((theme) => theme.id === "services")!;
  const waste = view.themes.find((theme) => theme.id === "waste")!;
  assert.equal(services.counts, {
    total: 4,
    byStatus: { "not started": 2, "on track": 0, "at risk": 0, delayed: 1, complete: 0, cancelled: 1 },
    overdue: 2,
  });
  assert.equal(waste.counts, {
    total: 2,
    byStatus: { "not started": 1, "on track": 0, "at risk": 0, delayed: 0, complete: 1, cancelled: 0 },
    overdue: 0,
  });
  assert.is(view.themes.find((theme) => theme.id === "technology")?.counts.total, 0);
  assert.equal(view.counts, {
    total: 6,
    byStatus: { "not started": 3, "on track": 0, "at risk": 0, delayed: 1, complete: 1, cancelled: 1 },
    overdue: 2,
  });
  assert.equal(view.actions.find((action) => action.id === "CS2")?.counts.byStatus.cancelled, 1);
});

test("each update's counts are the statuses as that update left them", () => {
  const [first, second] = view.updates;
  assert.equal(first?.counts.byStatus, { "not started": 3, "on track": 1, "at risk": 1, delayed: 0, complete: 1, cancelled: 0 });
  assert.equal(second?.counts.byStatus, { "not started": 3, "on track": 0, "at risk": 0, delayed: 1, complete: 1, cancelled: 1 });
  assert.is(first?.counts.overdue, 0, "an update's table is not judged overdue");
});

test("savings delivered are the latest published running total, per theme and for the council", () => {
  assert.equal(view.savings.lines, [
    { year: "2024/25", planned: 150000, delivered: 35000 },
    { planned: 200000, delivered: 0 },
  ]);
  assert.is(view.themes.find((theme) => theme.id === "waste")?.savings.delivered, 35000);
  assert.is(view.themes.find((theme) => theme.id === "services")?.savings.planned, 100000);
});

test("what changed in each update is worked out against the one before", () => {
  const changes = view.updates[1]?.changes;
  assert.equal(
    changes?.cancelled.map((change) => change.milestoneId),
    ["CS2-M1"],
  );
  assert.equal(
    changes?.newlyAtRiskOrDelayed.map((change) => change.milestoneId),
    ["CS1-M1"],
  );
  assert.equal(
    changes?.datesRevised.map((change) => [change.milestoneId, change.from.text, change.to.text]),
    [["CS1-M1", "2024-12-31", "2025-03-31"]],
  );
  assert.equal(changes?.measuresMoved, [{ measureId: "CS1-K1", from: 14, to: 21, better: true }]);
  assert.equal(
    view.updates[0]?.changes.completed.map((change) => change.milestoneId),
    ["WS1-M1"],
  );
});

test("updates link to the one before and after", () => {
  assert.is(view.updates[0]?.previousSlug, undefined);
  assert.is(view.updates[0]?.nextSlug, "2024-25-q3");
  assert.is(view.updates[1]?.previousSlug, "2024-25-q2");
  assert.is(view.updates[1]?.nextSlug, undefined, "the next update is not yet published");
});

test("barriers are shown under the theme they name", () => {
  assert.equal(
    view.themes.find((theme) => theme.id === "barriers")?.barriers.map((barrier) => barrier.id),
    ["B1"],
  );
  assert.equal(view.themes.find((theme) => theme.id === "services")?.barriers, []);
});

test("updates are put in quarter order across the turn of the financial year, whatever order they arrive in", () => {
  const shuffled = deriveCouncil({ ...loaded, updates: [...updates].reverse() }, "2025-06-01");
  assert.equal(
    shuffled.updates.map((entry) => entry.slug),
    ["2024-25-q2", "2024-25-q3", "2024-25-q4"],
  );
  assert.is(shuffled.latestUpdate?.quarterText, "2024/25 Q4");
});

test("the timeline groups milestones by the financial quarter their current due date ends in, ongoing last", () => {
  assert.equal(
    view.timeline.map((group) => [group.quarterText ?? "ongoing", group.milestones.map((entry) => entry.id)]),
    [
      ["2024/25 Q2", ["WS1-M1"]],
      ["2024/25 Q3", ["CS2-M1"]],
      ["2024/25 Q4", ["CS1-M2", "CS1-M1"]],
      ["2025/26 Q4", ["WS1-M2"]],
      ["ongoing", ["CS1-M3"]],
    ],
  );
  assert.is(view.timelineAsOfIndex, 3, "15 April 2025 falls after 2024/25 Q4 and before 2025/26 Q4");
});

test("the site adds up every council's counts and savings", () => {
  const site = deriveSite({ councils: [loaded, { ...loaded, slug: "wrenmoor-two" }] }, asOf);
  assert.is(site.asOf, asOf);
  assert.is(site.counts.total, 12);
  assert.is(site.counts.overdue, 4);
  assert.is(site.savings.delivered, 70000);
});

test.run();
