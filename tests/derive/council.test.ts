import { emptyCounts } from "../../lib/derive/status-counts.ts";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { deriveCouncil, reportingCadence } from "../../lib/derive/council.ts";
import { deriveSite } from "../../lib/derive/site.ts";
import { parseReportPeriod, type ReportPeriod } from "../../lib/time/report-period.ts";
import type { LoadedCouncil, LoadedUpdate, Located } from "../../lib/load/loaded.ts";
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
  themes: [
    { id: "services", title: "Transforming services" },
    { id: "technology", title: "Technology and data" },
    { id: "waste", title: "Reducing wasteful spend" },
    { id: "barriers", title: "Barriers to progress" },
  ],
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

/** A report whose file is named after its period, as the scaffold names them: "2024/25 Q2" is updates/2024-25-q2.md. */
const update = (
  period: string,
  published: string | undefined,
  data: Partial<UpdateFile>,
  slug = period.replace("/", "-").replace(" ", "-").toLowerCase(),
): LoadedUpdate => ({
  ...located(`updates/${slug}.md`, { period, ...(published !== undefined && { published }), ...data }),
  slug,
  narrative: `The ${period} update.`,
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
  actions: actions.map((action) => located(`actions/${action.id}.yaml`, action)),
  updates,
};

const asOf = "2025-04-15";
/** Every status at nought, as tests/derive/status-counts.test.ts pins it. */
const noneOf = emptyCounts().byStatus;
const view = deriveCouncil(loaded, asOf);
const milestone = (id: string) => view.milestones.find((entry) => entry.id === id)!;

test("updates published after the as-of date are ignored", () => {
  assert.equal(
    view.updates.map((entry) => entry.periodText),
    ["2024/25 Q2", "2024/25 Q3"],
  );
  assert.is(view.latestUpdate?.periodText, "2024/25 Q3");
  assert.is(view.unpublishedUpdates, 1);
  assert.is(milestone("CS1-M1").state.status, "delayed", "the Q4 completion is not yet published");
  assert.is(milestone("CS1-M2").state.reported, false);
  assert.is(view.measures[0]?.series.latest?.value, 21);
});

test("in a preview, a report published after the as-of date is shown, marked with the day it goes online, and its ratings count", () => {
  const preview = deriveCouncil(loaded, asOf, { preview: true });
  assert.equal(
    preview.updates.map((entry) => [entry.periodText, entry.goesOnline]),
    [
      ["2024/25 Q2", undefined],
      ["2024/25 Q3", undefined],
      ["2024/25 Q4", "2025-05-20"],
    ],
  );
  assert.is(preview.latestUpdate?.goesOnline, "2025-05-20");
  assert.is(preview.unpublishedUpdates, 0, "nothing is held back from a preview");
  assert.equal(preview.notYetPublished, [{ file: "updates/2024-25-q4.md", slug: "2024-25-q4", published: "2025-05-20" }]);
  // The site as it will be once the report is published: the Q4 completions count, judged on the as-of date.
  assert.is(preview.milestones.find((entry) => entry.id === "CS1-M1")?.state.status, "complete");
  assert.is(preview.milestones.find((entry) => entry.id === "CS1-M2")?.state.status, "complete");
  assert.is(preview.measures[0]?.series.latest?.value, 30);
});

test("without a preview the same report is held back, and listed with the day it goes online", () => {
  assert.equal(view.notYetPublished, [{ file: "updates/2024-25-q4.md", slug: "2024-25-q4", published: "2025-05-20" }]);
  assert.ok(view.updates.every((entry) => entry.goesOnline === undefined));
});

test("a preview on or after the day a report is published marks nothing", () => {
  const later = deriveCouncil(loaded, "2025-05-20", { preview: true });
  assert.ok(later.updates.every((entry) => entry.goesOnline === undefined));
  assert.equal(later.notYetPublished, []);
});

test("the site says whether it is a preview", () => {
  assert.is(deriveSite({ councils: [loaded] }, asOf, { preview: true }).preview, true);
  assert.is(deriveSite({ councils: [loaded] }, asOf).preview, false);
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
  assert.is(milestone("CS1-M2").state.overdue, true, "due March 2025, no progress reported");
  assert.is(milestone("CS1-M2").state.status, "no progress reported");
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
    byStatus: { ...noneOf, delayed: 1, cancelled: 1, "no progress reported": 2 },
    overdue: 2,
    dated: 3,
    overdueUnreported: 1,
    overdueRated: 1,
  });
  assert.equal(waste.counts, {
    total: 2,
    byStatus: { ...noneOf, complete: 1, "no progress reported": 1 },
    overdue: 0,
    dated: 2,
    overdueUnreported: 0,
    overdueRated: 0,
  });
  assert.is(view.themes.find((theme) => theme.id === "technology")?.counts.total, 0);
  assert.is(view.themes.find((theme) => theme.id === "technology")?.progress.headline, "", 'never "0 of 0"');
  assert.equal(view.counts, {
    total: 6,
    byStatus: { ...noneOf, delayed: 1, complete: 1, cancelled: 1, "no progress reported": 3 },
    overdue: 2,
    dated: 5,
    overdueUnreported: 1,
    overdueRated: 1,
  });
  // Of the two past their date, one was rated (overdue) and one never was (past its date, no progress reported).
  assert.is(view.progress.headline, "1 of 6 milestones complete, 1 overdue, 3 with no progress reported (1 past its date)");
  assert.equal(view.actions.find((action) => action.id === "CS2")?.counts.byStatus.cancelled, 1);
});

test("each update's counts are the statuses as that update left them", () => {
  const [first, second] = view.updates;
  assert.equal(first?.counts.byStatus, { ...noneOf, "on track": 1, "at risk": 1, complete: 1, "no progress reported": 3 });
  assert.equal(second?.counts.byStatus, { ...noneOf, delayed: 1, complete: 1, cancelled: 1, "no progress reported": 3 });
  assert.is(first?.counts.overdue, 0, "an update's table is not judged overdue");
});

test("savings delivered are the latest published running total, per theme and for the council", () => {
  assert.equal(view.savings.lines, [{ year: "2024/25", planned: 150000, delivered: 35000 }, { planned: 200000 }]);
  assert.is(view.savings.delivered, 35000);
  assert.is(view.themes.find((theme) => theme.id === "waste")?.savings.delivered, 35000);
  assert.is(view.themes.find((theme) => theme.id === "services")?.savings.planned, 100000);
  assert.is(view.themes.find((theme) => theme.id === "services")?.savings.delivered, undefined, "no one gave a figure: not £0");
  assert.is(view.themes.find((theme) => theme.id === "technology")?.savings.headline, undefined);
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

test("updates are put in period order across the turn of the financial year, whatever order they arrive in", () => {
  const shuffled = deriveCouncil({ ...loaded, updates: [...updates].reverse() }, "2025-06-01");
  assert.equal(
    shuffled.updates.map((entry) => entry.slug),
    ["2024-25-q2", "2024-25-q3", "2024-25-q4"],
  );
  assert.is(shuffled.latestUpdate?.periodText, "2024/25 Q4");
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

test("each report is shown with its period in words, its name and its own address", () => {
  const [first] = view.updates;
  assert.is(first?.slug, "2024-25-q2");
  assert.is(first?.months, "July to September 2024");
  assert.is(first?.name, "Quarter 2 2024/25");
  assert.is(first?.author, undefined);
  assert.is(first?.ratesMilestones, true);
  assert.is(first?.statusTable.length, 6);
  assert.is(view.cadence, "every quarter");
});

test("a report's address is its file name, and its own title and author are kept", () => {
  const named = deriveCouncil(
    {
      ...loaded,
      updates: [
        update(
          "2024/25",
          "2025-06-30",
          { title: "End of year review 2024/25", author: "the Commissioners", milestones: { "CS1-M1": { status: "on track" } } },
          "end-of-year-review",
        ),
      ],
    },
    "2025-07-01",
  );
  assert.is(named.updates[0]?.slug, "end-of-year-review");
  assert.is(named.updates[0]?.name, "End of year review 2024/25");
  assert.is(named.updates[0]?.author, "the Commissioners");
  assert.is(named.updates[0]?.months, "April 2024 to March 2025");
  assert.is(named.milestones.find((entry) => entry.id === "CS1-M1")?.state.reportedIn, "end-of-year-review");
  assert.is(named.cadence, undefined, "one report shows no cadence");
});

test("a report with no published date is shown, and counts as known", () => {
  const undated = deriveCouncil(
    { ...loaded, updates: [update("2024/25 Q2", undefined, { milestones: { "CS1-M1": { status: "at risk" } } })] },
    asOf,
  );
  assert.equal(
    undated.updates.map((entry) => [entry.slug, entry.published]),
    [["2024-25-q2", undefined]],
  );
  assert.is(undated.unpublishedUpdates, 0);
  assert.is(undated.milestones.find((entry) => entry.id === "CS1-M1")?.state.status, "at risk");
});

test("reports for half years are put in the order of the periods they cover, whatever their file names", () => {
  const halves = deriveCouncil(
    {
      ...loaded,
      updates: [
        update("2025/26 H1", "2025-11-20", {}, "a-autumn-2025"),
        update("2024/25 H2", "2025-05-20", { milestones: { "CS1-M1": { status: "complete", completed: "2025-03-28" } } }, "b-spring-2025"),
        update("2024/25 H1", "2024-11-20", { milestones: { "CS1-M1": { status: "delayed" } } }, "c-autumn-2024"),
      ],
    },
    "2025-12-01",
  );
  assert.equal(
    halves.updates.map((entry) => [entry.slug, entry.name, entry.months]),
    [
      ["c-autumn-2024", "First half of 2024/25", "April to September 2024"],
      ["b-spring-2025", "Second half of 2024/25", "October 2024 to March 2025"],
      ["a-autumn-2025", "First half of 2025/26", "April to September 2025"],
    ],
  );
  assert.is(halves.latestUpdate?.slug, "a-autumn-2025");
  assert.is(halves.updates[1]?.previousMonths, "April to September 2024");
  assert.is(halves.updates[1]?.nextMonths, "April to September 2025");
  assert.equal(
    halves.milestones.find((entry) => entry.id === "CS1-M1")?.state.history.map((entry) => [entry.report, entry.status]),
    [
      ["c-autumn-2024", "delayed"],
      ["b-spring-2025", "complete"],
    ],
  );
  assert.is(halves.cadence, "every six months");
});

test("a half-year report sorts among quarters by the day its period ends, the longer first", () => {
  const mixed = deriveCouncil(
    {
      ...loaded,
      updates: [
        update("2024/25 Q2", "2024-11-05", {}),
        update("2024/25 H1", "2024-11-06", {}, "first-half"),
        update("2024/25 Q1", "2024-08-01", {}),
      ],
    },
    asOf,
  );
  assert.equal(
    mixed.updates.map((entry) => entry.slug),
    ["2024-25-q1", "first-half", "2024-25-q2"],
  );
  assert.is(mixed.cadence, undefined, "mixed periods have no one cadence");
});

test("a report that rates actions only shows them, has no milestone table, and no milestone counts", () => {
  const ratedPlan: PlanFile = { ...planFile, ratings: [{ word: "Green", means: "on track", definition: "On or above target" }] };
  const actionsOnly = deriveCouncil(
    {
      ...loaded,
      plan: located("plan.yaml", ratedPlan),
      updates: [
        update("2024/25 Q2", "2024-11-05", {
          actions: { CS1: { status: "Green", note: "Portal in testing." }, WS1: { note: "No figure yet." } },
          rating_counts: {
            of: "actions",
            counts: [
              { rating: "Green", count: 2 },
              { rating: "Complete", count: 1 },
            ],
          },
        }),
      ],
    },
    asOf,
  );
  const [report] = actionsOnly.updates;
  assert.is(report?.ratesMilestones, false);
  assert.equal(report?.statusTable, []);
  assert.is(report?.counts.total, 0);
  assert.equal(
    report?.actionTable.map((row) => [row.action.id, row.status, row.note]),
    [
      ["CS1", { status: "on track", rating: "Green" }, "Portal in testing."],
      ["WS1", undefined, "No figure yet."],
    ],
  );
  assert.equal(report?.ratingCounts, {
    of: "actions",
    counts: [
      { rating: "Green", count: 2 },
      { rating: "Complete", count: 1 },
    ],
    total: 3,
  });
  const portalAction = actionsOnly.actions.find((action) => action.id === "CS1");
  assert.equal(portalAction?.state, {
    status: "on track",
    rating: "Green",
    source: "report",
    reportedIn: "2024-25-q2",
    reportedPeriod: "2024/25 Q2",
    note: "Portal in testing.",
  });
  assert.is(actionsOnly.actionCounts.byStatus["on track"], 1);
  assert.is(actionsOnly.actionCounts.byStatus["no progress reported"], 2, "CS2 and WS1: nothing rated them or their milestones");
  assert.is(
    actionsOnly.milestones.every((entry) => entry.state.status === "no progress reported"),
    true,
  );
});

test("a report that rates actions only has no line of milestone counts to show", () => {
  // UpdateView.countsLine is documented as empty when the report rated no milestone; pages and the feed test it for "".
  const actionsOnly = deriveCouncil(
    { ...loaded, updates: [update("2024/25 Q2", "2024-11-05", { actions: { CS1: { status: "on track" } } })] },
    asOf,
  );
  assert.is(actionsOnly.updates[0]?.countsLine, "");
});

test("a council's own rating word counts as the site's status and is shown in its word", () => {
  const ratedPlan: PlanFile = {
    ...planFile,
    ratings: [
      { word: "Green", means: "on track", definition: "On or above target" },
      { word: "Red", means: "delayed" },
    ],
  };
  const rated = deriveCouncil(
    {
      ...loaded,
      plan: located("plan.yaml", ratedPlan),
      updates: [update("2024/25 Q2", "2024-11-05", { milestones: { "CS1-M1": { status: "Green" }, "CS2-M1": { status: "red" } } })],
    },
    "2024-11-10",
  );
  const portal = rated.milestones.find((entry) => entry.id === "CS1-M1")?.state;
  assert.is(portal?.status, "on track");
  assert.is(portal?.rating, "Green");
  assert.is(rated.milestones.find((entry) => entry.id === "CS2-M1")?.state.rating, "Red");
  assert.is(rated.counts.byStatus["on track"], 1);
  assert.is(rated.counts.byStatus.delayed, 1);
  assert.equal(rated.ratings, ratedPlan.ratings);
  assert.equal(view.ratings, [], "a council with no scale of its own has no ratings");
});

test("themes are the plan's own, with no others added", () => {
  const ownThemes = deriveCouncil(
    {
      ...loaded,
      plan: located("plan.yaml", { ...planFile, themes: [{ id: "services", title: "Our residents first" }] }),
      actions: [located("actions/CS1.yaml", actions[0]!)],
    },
    asOf,
  );
  assert.equal(
    ownThemes.themes.map((theme) => [theme.id, theme.title, theme.actions.map((action) => action.id)]),
    [["services", "Our residents first", ["CS1"]]],
  );
});

test("barriers are undefined when the plan has no barriers section, and empty when it says there are none", () => {
  const { barriers: _barriers, ...noSection } = planFile;
  assert.is(deriveCouncil({ ...loaded, plan: located("plan.yaml", noSection) }, asOf).barriers, undefined);
  assert.equal(deriveCouncil({ ...loaded, plan: located("plan.yaml", { ...planFile, barriers: [] }) }, asOf).barriers, []);
  assert.equal(
    view.barriers?.map((barrier) => [barrier.id, barrier.themeTitle]),
    [["B1", "Barriers to progress"]],
  );
});

test("a plan that does not say which years it covers has no period, and its approval is in its own words", () => {
  const { period: _period, ...noPeriod } = planFile;
  const undated = deriveCouncil({ ...loaded, plan: located("plan.yaml", noPeriod) }, asOf);
  assert.is(undated.period, undefined);
  assert.is(view.period?.start, "2024-04-01");
  assert.is(view.approval.sentence, "Cabinet decided on the plan on 10 July 2024.");
});

test("the reporting cadence is said in words only when every report covers the same kind of period", () => {
  const periods = (...texts: string[]): ReportPeriod[] =>
    texts.map((text) => {
      const period = parseReportPeriod(text);
      if ("problem" in period) throw new Error(period.problem);
      return period;
    });
  assert.is(reportingCadence(periods("2024/25 Q2", "2024/25 Q3")), "every quarter");
  assert.is(reportingCadence(periods("2024/25 H1", "2024/25 H2")), "every six months");
  assert.is(reportingCadence(periods("2024/25", "2025/26")), "once a year");
  assert.is(reportingCadence(periods("2024/25 Q2", "2024/25 H2")), undefined);
  assert.is(reportingCadence(periods("2024-04-01 to 2024-12-31")), undefined);
  assert.is(reportingCadence([]), undefined);
});

test("a report that says why it has no figure for a measure shows the reason in the figure's place, and adds no point", () => {
  const withReason: LoadedCouncil = {
    ...loaded,
    updates: [
      updates[0]!,
      update("2024/25 Q3", "2025-02-11", { measures: { "CS1-K1": { no_figure: "The survey runs once a year, in March." } } }),
    ],
  };
  const reasoned = deriveCouncil(withReason, asOf);
  const q3 = reasoned.updates.find((entry) => entry.periodText === "2024/25 Q3");
  assert.equal(
    q3?.measureValues.map(({ measure, ...reading }) => ({ id: measure.id, ...reading })),
    [{ id: "CS1-K1", noFigure: "The survey runs once a year, in March." }],
  );
  assert.equal(
    reasoned.measures[0]?.series.points.map((point) => point.value),
    [14],
  );
});

test.run();
