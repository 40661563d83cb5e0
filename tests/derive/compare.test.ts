import { test } from "uvu";
import * as assert from "uvu/assert";
import { compareCouncils, type ComparedCouncil } from "../../lib/derive/compare.ts";
import { actionSavings } from "../../lib/derive/savings.ts";
import { addCounts, countStatuses, emptyCounts } from "../../lib/derive/status-counts.ts";
import type { ProgressStatus } from "../../lib/schema/index.ts";

function counts(statuses: ProgressStatus[], overdue = 0) {
  return countStatuses(statuses.map((status, index) => ({ status, overdue: index < overdue })));
}

/** Savings as one action states them; a figure left out is one no one gave. */
function savings(planned?: number, delivered?: number) {
  return actionSavings(
    { id: "A", ...(planned !== undefined && { savings: [{ year: "2024/25", amount: planned }] }) },
    delivered === undefined ? [] : [{ savings: [{ action: "A", year: "2024/25", delivered }] }],
  );
}

const sumOf = (figures: (number | undefined)[]): number | undefined =>
  figures.reduce<number | undefined>((sum, figure) => (figure === undefined ? sum : (sum ?? 0) + figure), undefined);

function council(slug: string, name: string, themes: ComparedCouncil["themes"]): ComparedCouncil {
  return {
    slug,
    council: { name } as ComparedCouncil["council"],
    plan: { title: `${name} Productivity Plan` },
    themes,
    counts: themes.reduce((sum, theme) => addCounts(sum, theme.counts), emptyCounts()),
    savings: savings(sumOf(themes.map((theme) => theme.savings.planned)), sumOf(themes.map((theme) => theme.savings.delivered))),
  };
}

const brackenfold = council("brackenfold", "Brackenfold District Council", [
  {
    id: "services",
    title: "Transforming services",
    counts: counts(["delayed", "on track", "complete", "complete", "at risk"], 1),
    savings: savings(500000, 250000),
  },
  { id: "technology", title: "Technology and data", counts: counts(["complete"]), savings: savings() },
]);
const kestrelmouth = council("kestrelmouth", "Kestrelmouth Council", [
  { id: "Services", title: "Better services", counts: counts(["on track", "on track"]), savings: savings(100000, 120000) },
  {
    id: "coast",
    title: "Our coast",
    counts: counts(["not started", "no progress reported", "no progress reported"], 1),
    savings: savings(),
  },
]);
const fernshire = council("fernshire", "Fernshire County Council", [
  { id: "services", title: "Transforming services", counts: counts(["complete"]), savings: savings() },
]);

const comparison = compareCouncils([brackenfold, fernshire, kestrelmouth]);

test("themes are matched by id, whatever each council calls them, in the order first met", () => {
  assert.equal(
    comparison.themes.map((theme) => [theme.id, theme.title, theme.rows.map((row) => row.councilSlug)]),
    [
      ["services", "Transforming services", ["brackenfold", "fernshire", "kestrelmouth"]],
      ["technology", "Technology and data", ["brackenfold"]],
      ["coast", "Our coast", ["kestrelmouth"]],
    ],
  );
});

test("each row keeps the council's own title for the theme", () => {
  assert.is(comparison.themes[0]?.rows[2]?.title, "Better services");
  assert.is(comparison.themes[0]?.rows[2]?.themeId, "Services", "the council's own id, for its web address");
});

test("a theme says which councils do not use it", () => {
  assert.equal(
    comparison.themes.map((theme) => theme.notUsedBy.map((council) => council.name)),
    [[], ["Fernshire County Council", "Kestrelmouth Council"], ["Brackenfold District Council", "Fernshire County Council"]],
  );
});

test("a row counts complete, on track, at risk and overdue milestones, and savings delivered against planned", () => {
  const row = comparison.themes[0]?.rows[0];
  assert.equal(
    { ...row },
    {
      councilSlug: "brackenfold",
      councilName: "Brackenfold District Council",
      title: "Transforming services",
      themeId: "services",
      milestones: 5,
      complete: 2,
      onTrack: 1,
      atRisk: 1,
      overdue: 1,
      noProgressReported: 0,
      savingsPlanned: 500000,
      savingsDelivered: 250000,
    },
  );
});

test("the whole-plan rows give every council's totals", () => {
  assert.equal(
    comparison.overall.map((row) => [
      row.councilName,
      row.title,
      row.milestones,
      row.complete,
      row.overdue,
      row.savingsPlanned,
      row.savingsDelivered,
    ]),
    [
      ["Brackenfold District Council", "Brackenfold District Council Productivity Plan", 6, 3, 1, 500000, 250000],
      ["Fernshire County Council", "Fernshire County Council Productivity Plan", 1, 1, 0, undefined, undefined],
      ["Kestrelmouth Council", "Kestrelmouth Council Productivity Plan", 5, 0, 1, 100000, 120000],
    ],
  );
  assert.is(comparison.overall[0]?.themeId, undefined);
});

test("milestones no one has rated are counted apart, not as not started", () => {
  const coast = comparison.themes.find((theme) => theme.id === "coast")?.rows[0];
  assert.is(coast?.noProgressReported, 2);
  assert.is(coast?.milestones, 3);
  assert.is(coast?.overdue, 1);
});

test("a council that stated no savings has none in its row, never £0", () => {
  const fernshireRow = comparison.overall.find((row) => row.councilSlug === "fernshire");
  assert.ok(fernshireRow);
  assert.not.ok("savingsPlanned" in fernshireRow);
  assert.not.ok("savingsDelivered" in fernshireRow);
  const plannedOnly = compareCouncils([
    council("a", "A Council", [{ id: "waste", title: "Cutting waste", counts: counts([]), savings: savings(40000) }]),
  ]).overall[0];
  assert.is(plannedOnly?.savingsPlanned, 40000);
  assert.is(plannedOnly?.savingsDelivered, undefined);
});

test("when councils split evenly on a theme's title, the first council's title is used", () => {
  const split = compareCouncils([
    council("a", "A Council", [{ id: "waste", title: "Cutting waste", counts: counts([]), savings: savings() }]),
    council("b", "B Council", [{ id: "waste", title: "Reducing wasteful spend", counts: counts([]), savings: savings() }]),
  ]);
  assert.is(split.themes[0]?.title, "Cutting waste");
});

test.run();
