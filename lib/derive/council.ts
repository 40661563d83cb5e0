/**
 * Everything the pages show about one council, derived once from its loaded files as of a date. Templates
 * arrange and format these facts; they compute nothing.
 */
import type { LoadedCouncil, LoadedUpdate } from "../load/content.ts";
import type { Barrier, CouncilFile, Measure, Milestone, MilestoneStatus, PlanFile, Theme } from "../schema/index.ts";
import {
  compareQuarters,
  financialQuarterOfDate,
  financialQuarterSlug,
  financialQuarterText,
  parseFinancialQuarter,
  type FinancialQuarter,
} from "../time/financial-quarter.ts";
import { measureSeries, type MeasureSeries } from "./measure-series.ts";
import { milestoneState, type MilestoneReport, type MilestoneState } from "./milestone-status.ts";
import { actionSavings, totalSavings, type Savings } from "./savings.ts";
import { addCounts, countStatuses, emptyCounts, type StatusCounts } from "./status-counts.ts";
import { reportAsOf, whatChanged, type WhatChanged } from "./what-changed.ts";
import { compareDueDates } from "../time/due-date.ts";
import { approvalView, planPeriod, type ApprovalView, type PlanPeriod } from "./approval.ts";
import { slippage, type Slippage } from "./slippage.ts";
import { statusSummary, type StatusSummary } from "./status-summary.ts";
import { changesShown, updateCountsLine, type ChangesShown } from "./progress.ts";
import { barrierView, type BarrierView } from "./barriers.ts";

export interface MilestoneView extends Milestone {
  /** Lower-case id for web addresses and fragment links. */
  slug: string;
  actionId: string;
  /** The title of the action it belongs to, for lists that name the action (always set by deriveCouncil). */
  actionTitle?: string;
  state: MilestoneState;
  /** How far the due date has moved from the first one, when it has. */
  slippage?: Slippage;
}

export interface MeasureView extends Measure {
  slug: string;
  actionId: string;
  series: MeasureSeries;
}

export interface ActionView {
  id: string;
  slug: string;
  title: string;
  themeId: string;
  owner: string;
  leadMember?: string;
  summary: string;
  file: string;
  milestones: MilestoneView[];
  measures: MeasureView[];
  savings: Savings;
  counts: StatusCounts;
  progress: StatusSummary;
}

export interface ThemeView extends Theme {
  slug: string;
  actions: ActionView[];
  counts: StatusCounts;
  savings: Savings;
  barriers: Barrier[];
  progress: StatusSummary;
}

export interface StatusRow {
  milestone: MilestoneView;
  /** The milestone as that update left it; undefined if no update up to then had mentioned it. */
  report?: MilestoneReport;
}

export interface UpdateView {
  quarter: FinancialQuarter;
  /** "2024/25 Q2" */
  quarterText: string;
  /** "2024-25-q2", for the web address. */
  slug: string;
  published: string;
  consideredBy?: { body: string; date: string; link?: string };
  ragSummary?: { green: number; amber: number; red: number };
  narrative: string;
  file: string;
  /** Every milestone as it stood after this update. */
  statusTable: StatusRow[];
  counts: StatusCounts;
  /** The counts in one line: "37 milestones: 4 not started, 20 on track, 13 complete". */
  countsLine: string;
  changes: WhatChanged;
  /** The same changes, each with the milestone or measure it is about, for pages to name and link. */
  changesShown: ChangesShown<MilestoneView, MeasureView>;
  /** Measure values given in this update. */
  measureValues: { measure: MeasureView; value: number; note?: string }[];
  previousSlug?: string;
  nextSlug?: string;
  previousQuarter?: FinancialQuarter;
  nextQuarter?: FinancialQuarter;
}

export interface CouncilView {
  slug: string;
  council: CouncilFile;
  /** The short name for headings, falling back to the full name. */
  shortName: string;
  plan: PlanFile;
  /** Who agreed the plan and when, with the kind of decision in words. */
  approval: ApprovalView;
  /** The financial years the plan covers, and their first and last days. */
  period: PlanPeriod;
  themes: ThemeView[];
  actions: ActionView[];
  milestones: MilestoneView[];
  measures: MeasureView[];
  /** Updates published on or before the "as of" date, oldest first. */
  updates: UpdateView[];
  /** The same updates, newest first, for the list of updates. */
  updatesNewestFirst: UpdateView[];
  latestUpdate?: UpdateView;
  counts: StatusCounts;
  progress: StatusSummary;
  savings: Savings;
  barriers: BarrierView[];
  /** Quarters that hold a milestone's current due date, oldest first; "ongoing" milestones last. */
  timeline: { quarter?: FinancialQuarter; quarterText?: string; milestones: MilestoneView[] }[];
  /** Where the "as of" date falls in the timeline: the index of the first group after it. */
  timelineAsOfIndex: number;
  logoFile?: string;
  /** Updates in the content folder whose published date is after "as of" and so are not shown yet. */
  unpublishedUpdates: number;
}

const idSlug = (id: string): string => id.toLowerCase();

export function deriveCouncil(loaded: LoadedCouncil, asOf: string): CouncilView {
  const published = loaded.updates
    .filter((update) => update.data.published <= asOf)
    .sort((a, b) => compareQuarters(quarterOf(a), quarterOf(b)));
  const updateData = published.map((update) => update.data);

  const actions: ActionView[] = loaded.actions.map(({ data: action, file }) => {
    const milestones = action.milestones.map((milestone) => {
      const state = milestoneState(milestone, updateData, asOf);
      const moved = slippage(state);
      return {
        ...milestone,
        slug: idSlug(milestone.id),
        actionId: action.id,
        actionTitle: action.title,
        state,
        ...(moved && { slippage: moved }),
      };
    });
    const measures = (action.measures ?? []).map((measure) => ({
      ...measure,
      slug: idSlug(measure.id),
      actionId: action.id,
      series: measureSeries(measure, updateData),
    }));
    const counts = countStatuses(milestones.map((milestone) => milestone.state));
    return {
      id: action.id,
      slug: idSlug(action.id),
      title: action.title,
      themeId: action.theme,
      owner: action.owner,
      ...(action.lead_member !== undefined && { leadMember: action.lead_member }),
      summary: action.summary,
      file,
      milestones,
      measures,
      savings: actionSavings(action, updateData),
      counts,
      progress: statusSummary(counts),
    };
  });
  actions.sort((a, b) => a.id.localeCompare(b.id, "en-GB", { numeric: true }));

  const barriers = (loaded.plan.data.barriers ?? []).map((barrier) => barrierView(barrier, loaded.themes));
  const themes: ThemeView[] = loaded.themes.map((theme) => {
    const themeActions = actions.filter((action) => action.themeId.toLowerCase() === theme.id.toLowerCase());
    const counts = themeActions.reduce((sum, action) => addCounts(sum, action.counts), emptyCounts());
    return {
      ...theme,
      slug: idSlug(theme.id),
      actions: themeActions,
      counts,
      progress: statusSummary(counts),
      savings: totalSavings(themeActions.map((action) => action.savings)),
      barriers: barriers.filter((barrier) => barrier.theme?.toLowerCase() === theme.id.toLowerCase()),
    };
  });

  const milestones = actions.flatMap((action) => action.milestones);
  const measures = actions.flatMap((action) => action.measures);
  const updates = published.map((update, index) => updateView(update, index, published, milestones, measures));

  const timeline = timelineGroups(milestones);
  const counts = countStatuses(milestones.map((milestone) => milestone.state));
  return {
    slug: loaded.slug,
    council: loaded.council.data,
    shortName: loaded.council.data.short_name ?? loaded.council.data.name,
    plan: loaded.plan.data,
    approval: approvalView(loaded.plan.data),
    period: planPeriod(loaded.plan.data),
    themes,
    actions,
    milestones,
    measures,
    updates,
    updatesNewestFirst: [...updates].reverse(),
    ...(updates.length > 0 && { latestUpdate: updates.at(-1) }),
    counts,
    progress: statusSummary(counts),
    savings: totalSavings(actions.map((action) => action.savings)),
    barriers,
    timeline,
    timelineAsOfIndex: timeline.findIndex((group) => group.quarter === undefined || (group.milestones[0]?.state.due.end ?? "") > asOf),
    ...(loaded.logoFile !== undefined && { logoFile: loaded.logoFile }),
    unpublishedUpdates: loaded.updates.length - published.length,
  };
}

function quarterOf(update: LoadedUpdate): FinancialQuarter {
  const quarter = parseFinancialQuarter(update.data.quarter);
  if (!quarter) throw new Error(`Unchecked quarter reached the model: ${update.data.quarter}`);
  return quarter;
}

const byQuarterText = (a: string, b: string): number => {
  const first = parseFinancialQuarter(a);
  const second = parseFinancialQuarter(b);
  return first && second ? compareQuarters(first, second) : a.localeCompare(b);
};

function updateView(
  update: LoadedUpdate,
  index: number,
  all: readonly LoadedUpdate[],
  milestones: readonly MilestoneView[],
  measures: readonly MeasureView[],
): UpdateView {
  const quarter = quarterOf(update);
  const statusTable = milestones.map((milestone) => {
    const report = reportAsOf(milestone.state, update.data.quarter, byQuarterText);
    return { milestone, ...(report && { report }) };
  });
  const previous = all[index - 1];
  const next = all[index + 1];
  const { data } = update;
  const counts = countStatuses(
    statusTable.map((row) => ({ status: (row.report?.status ?? "not started") as MilestoneStatus, overdue: false })),
  );
  const changes = whatChanged(
    data.quarter,
    milestones.map((milestone) => ({ id: milestone.id, state: milestone.state })),
    measures.map((measure) => ({ measure, series: measure.series })),
  );
  return {
    quarter,
    quarterText: data.quarter,
    slug: financialQuarterSlug(quarter),
    published: data.published,
    ...(data.considered_by && { consideredBy: data.considered_by }),
    ...(data.rag_summary && { ragSummary: data.rag_summary }),
    narrative: update.narrative,
    file: update.file,
    statusTable,
    counts,
    countsLine: updateCountsLine(counts),
    changes,
    changesShown: changesShown(changes, milestones, measures),
    measureValues: measures.flatMap((measure) => {
      const reading = data.measures?.[measure.id];
      return reading ? [{ measure, value: reading.value, ...(reading.note !== undefined && { note: reading.note }) }] : [];
    }),
    ...(previous && { previousSlug: financialQuarterSlug(quarterOf(previous)) }),
    ...(next && { nextSlug: financialQuarterSlug(quarterOf(next)) }),
    ...(previous && { previousQuarter: quarterOf(previous) }),
    ...(next && { nextQuarter: quarterOf(next) }),
  };
}

/** Milestones grouped by the financial quarter their current due date ends in. */
function timelineGroups(milestones: readonly MilestoneView[]): CouncilView["timeline"] {
  const sorted = [...milestones].sort(
    (a, b) => compareDueDates(a.state.due, b.state.due) || a.id.localeCompare(b.id, "en-GB", { numeric: true }),
  );
  const groups: CouncilView["timeline"] = [];
  for (const milestone of sorted) {
    const end = milestone.state.due.end;
    const quarter = end ? financialQuarterOfDate(end) : undefined;
    const key = quarter ? financialQuarterSlug(quarter) : "ongoing";
    const last = groups.at(-1);
    const lastKey = last?.quarter ? financialQuarterSlug(last.quarter) : last ? "ongoing" : undefined;
    if (last && lastKey === key) last.milestones.push(milestone);
    else groups.push({ ...(quarter && { quarter, quarterText: financialQuarterText(quarter) }), milestones: [milestone] });
  }
  return groups;
}
