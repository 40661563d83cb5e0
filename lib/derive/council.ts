/**
 * Everything the pages show about one council, derived once from its loaded files as of a date. Templates
 * arrange and format these facts; they compute nothing.
 */
import type { LoadedCouncil, LoadedUpdate } from "../load/loaded.ts";
import type { Barrier, CouncilFile, Measure, Milestone, PlanFile, Rating, Theme } from "../schema/index.ts";
import { noProgressReported } from "../schema/vocabulary.ts";
import { financialQuarterOfDate, financialQuarterSlug, financialQuarterText, type FinancialQuarter } from "../time/financial-quarter.ts";
import { compareReportPeriods, parseReportPeriod, type ReportPeriod } from "../time/report-period.ts";
import { formatReportName, formatReportPeriod } from "../format/dates.ts";
import { formatCount } from "../format/numbers.ts";
import { actionState, type ActionState } from "./action-status.ts";
import { ratingScale, type RatedStatus, type RatingScale } from "./rating.ts";
import { measureSeries, type MeasureSeries } from "./measure-series.ts";
import { acceptedStatus, milestoneState, type MilestoneReport, type MilestoneState } from "./milestone-status.ts";
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
  owner?: string;
  leadMember?: string;
  summary?: string;
  file: string;
  /** Where the action stands as a whole, and where that came from (lib/derive/action-status.ts). */
  state: ActionState;
  milestones: MilestoneView[];
  /** True when a report has mentioned at least one of its milestones, so there is a history to show. */
  milestonesReported: boolean;
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
  /** The milestone as that report left it; undefined if nothing up to then had rated it. */
  report?: MilestoneReport;
}

export interface ActionRow {
  action: ActionView;
  /** The action's rating in that report, in the council's word where it has one. */
  status?: RatedStatus;
  note?: string;
}

export interface UpdateView {
  period: ReportPeriod;
  /** "2024/25 Q2", as written. */
  periodText: string;
  /** The period for residents: "July to September 2024". */
  months: string;
  /** The report's name: its own title, or "Quarter 2 2024/25", "First half of 2024/25". */
  name: string;
  /** Who wrote it, when not the council: "the Commissioners". */
  author?: string;
  /** The file's name, for the web address: "2024-25-q2". */
  slug: string;
  published?: string;
  /**
   * In a preview, for a report whose published date is after "as of": that date, the day it goes online. The
   * report is shown, marked "Not yet published", and its ratings count, as they will once it is published.
   */
  goesOnline?: string;
  consideredBy?: { body: string; date?: string; link?: string };
  ratingCounts?: { of?: string; counts: { rating: string; count: number }[]; total: number };
  narrative: string;
  file: string;
  /** True when the report rated at least one milestone. */
  ratesMilestones: boolean;
  /** Every milestone as it stood after this report; empty unless the report rated milestones. */
  statusTable: StatusRow[];
  /** Actions the report rated or commented on, in action order. */
  actionTable: ActionRow[];
  counts: StatusCounts;
  /** The counts in one line: "37 milestones: 4 not started, 20 on track, 13 complete"; empty when it rated none. */
  countsLine: string;
  changes: WhatChanged;
  /** The same changes, each with the milestone or measure it is about, for pages to name and link. */
  changesShown: ChangesShown<MilestoneView, MeasureView>;
  /** Measure values given in this report. */
  /** Each figure the report gave, or, where it gave none, its reason (`noFigure`), shown where the figure would be. */
  measureValues: { measure: MeasureView; value?: number; noFigure?: string; note?: string }[];
  previousSlug?: string;
  nextSlug?: string;
  /** The neighbouring reports' periods, for residents: "April to June 2024". */
  previousMonths?: string;
  nextMonths?: string;
}

export interface CouncilView {
  slug: string;
  council: CouncilFile;
  /** The short name for headings, falling back to the full name. */
  shortName: string;
  plan: PlanFile;
  /** Who agreed the plan and when, in the council's words. */
  approval: ApprovalView;
  /** The financial years the plan covers, when it says. */
  period?: PlanPeriod;
  /** The council's own rating words, with what each counts as and its definition. */
  ratings: Rating[];
  themes: ThemeView[];
  actions: ActionView[];
  milestones: MilestoneView[];
  measures: MeasureView[];
  /**
   * Reports published on or before the "as of" date (or with no published date), oldest first; in a preview, every
   * report, those not yet published marked with `goesOnline`.
   */
  updates: UpdateView[];
  /** The same reports, newest first, for the list of reports. */
  updatesNewestFirst: UpdateView[];
  latestUpdate?: UpdateView;
  /** How often the council reports, in words, from the reports found: "every quarter", "every six months". */
  cadence?: string;
  counts: StatusCounts;
  progress: StatusSummary;
  /** Actions counted by their status, for councils whose reports rate actions rather than milestones. */
  actionCounts: StatusCounts;
  actionProgress: StatusSummary;
  /**
   * Where the actions stand in the council's own words, when a report or the plan rated any: "4 Green, 2 Amber, 1 with
   * no progress reported"; empty when none was rated.
   */
  actionBreakdown: string;
  savings: Savings;
  /** Undefined when the plan lists no barriers section at all; empty when it says there are none. */
  barriers?: BarrierView[];
  /**
   * Quarters that hold a milestone's current due date, oldest first; then, with no quarter, the milestones with no
   * end date, headed "Ongoing, no end date" when all of them are ongoing and "No end date" otherwise.
   */
  timeline: { quarter?: FinancialQuarter; quarterText?: string; heading?: string; milestones: MilestoneView[] }[];
  /** Where the "as of" date falls in the timeline: the index of the first group after it. */
  timelineAsOfIndex: number;
  logoFile?: string;
  /** Reports in the content folder whose published date is after "as of", held back and so not shown yet (none in a preview). */
  unpublishedUpdates: number;
  /** Every report whose published date is after "as of", oldest first: held back from the site, or in a preview shown marked. */
  notYetPublished: { file: string; slug: string; published: string }[];
}

export interface DeriveOptions {
  /** Show reports published after "as of" too, marked with the day each goes online (PREVIEW, `npm start`). */
  preview?: boolean;
}

const idSlug = (id: string): string => id.toLowerCase();

/**
 * A milestone's or measure's element id on its action's page, which other pages link to ("#wc1-m4"). An id must
 * begin with a letter (html-validate's valid-id, and CSS selectors), so one that starts with a digit, as Bracknell
 * Forest's "2-01-01-due" does, is given "m-" in front.
 */
const elementId = (id: string): string => (/^[a-z]/.test(idSlug(id)) ? idSlug(id) : `m-${idSlug(id)}`);

/** A report with its period read, as the model orders and judges them. */
interface Report {
  loaded: LoadedUpdate;
  period: ReportPeriod;
  slug: string;
  /** Set when the report is shown in a preview ahead of its published date. */
  goesOnline?: string;
}

const isFuture = (update: LoadedUpdate, asOf: string): boolean => update.data.published !== undefined && update.data.published > asOf;

export function deriveCouncil(loaded: LoadedCouncil, asOf: string, options: DeriveOptions = {}): CouncilView {
  const scale = ratingScale(loaded.plan.data.ratings);
  // What the site shows: the reports published by "as of"; in a preview, the rest as well, each marked, so that an
  // officer sees the site as it will be once their report is published (its ratings count).
  const published: Report[] = loaded.updates
    .filter((update) => options.preview === true || !isFuture(update, asOf))
    .map((update) => ({
      loaded: update,
      period: periodOf(update),
      slug: update.slug,
      ...(isFuture(update, asOf) && update.data.published !== undefined && { goesOnline: update.data.published }),
    }))
    .sort((a, b) => compareReportPeriods(a.period, b.period) || a.slug.localeCompare(b.slug));
  const notYetPublished = loaded.updates
    .flatMap((update) =>
      isFuture(update, asOf) && update.data.published !== undefined
        ? [{ file: update.file, slug: update.slug, published: update.data.published }]
        : [],
    )
    .sort((a, b) => a.published.localeCompare(b.published) || a.slug.localeCompare(b.slug));
  const reportData = published.map((report) => ({ ...report.loaded.data, slug: report.slug, period: report.period.text }));

  const actions: ActionView[] = loaded.actions.map(({ data: action, file }) => {
    const milestones = (action.milestones ?? []).map((milestone) => {
      const state = milestoneState(milestone, reportData, asOf, scale);
      const moved = slippage(state);
      return {
        ...milestone,
        slug: elementId(milestone.id),
        actionId: action.id,
        actionTitle: action.title,
        state,
        ...(moved && { slippage: moved }),
      };
    });
    const measures = (action.measures ?? []).map((measure) => ({
      ...measure,
      slug: elementId(measure.id),
      actionId: action.id,
      series: measureSeries(measure, reportData),
    }));
    const counts = countStatuses(milestones.map((milestone) => milestone.state));
    return {
      id: action.id,
      slug: idSlug(action.id),
      title: action.title,
      themeId: action.theme,
      ...(action.owner !== undefined && { owner: action.owner }),
      ...(action.lead_member !== undefined && { leadMember: action.lead_member }),
      ...(action.summary !== undefined && { summary: action.summary }),
      file,
      state: actionState(action, milestones, reportData, scale),
      milestones,
      milestonesReported: milestones.some((milestone) => milestone.state.reported),
      measures,
      savings: actionSavings(action, reportData),
      counts,
      progress: statusSummary(counts),
    };
  });
  actions.sort((a, b) => a.id.localeCompare(b.id, "en-GB", { numeric: true }));

  const planThemes = loaded.plan.data.themes;
  const barriers = loaded.plan.data.barriers?.map((barrier) => barrierView(barrier, planThemes));
  const themes: ThemeView[] = planThemes.map((theme) => {
    const themeActions = actions.filter((action) => action.themeId.toLowerCase() === theme.id.toLowerCase());
    const counts = themeActions.reduce((sum, action) => addCounts(sum, action.counts), emptyCounts());
    return {
      ...theme,
      slug: idSlug(theme.id),
      actions: themeActions,
      counts,
      progress: statusSummary(counts),
      savings: totalSavings(themeActions.map((action) => action.savings)),
      barriers: (barriers ?? []).filter((barrier) => barrier.theme?.toLowerCase() === theme.id.toLowerCase()),
    };
  });

  const milestones = actions.flatMap((action) => action.milestones);
  const measures = actions.flatMap((action) => action.measures);
  // Each report's place in time order, by its address: a report's status table takes every milestone's history up to it.
  const positions = new Map(published.map((report, position) => [report.slug, position]));
  const updates = published.map((report, index) => updateView(report, index, published, positions, milestones, measures, actions, scale));

  const timeline = timelineGroups(milestones);
  const counts = countStatuses(milestones.map((milestone) => milestone.state));
  const actionCounts = countStatuses(actions.map((action) => ({ status: action.state.status, overdue: false })));
  const cadence = reportingCadence(published.map((report) => report.period));
  return {
    slug: loaded.slug,
    council: loaded.council.data,
    shortName: loaded.council.data.short_name ?? loaded.council.data.name,
    plan: loaded.plan.data,
    approval: approvalView(loaded.plan.data),
    ...optional("period", planPeriod(loaded.plan.data)),
    ratings: loaded.plan.data.ratings ?? [],
    themes,
    actions,
    milestones,
    measures,
    updates,
    updatesNewestFirst: [...updates].reverse(),
    ...(updates.length > 0 && { latestUpdate: updates.at(-1) }),
    ...optional("cadence", cadence),
    counts,
    progress: statusSummary(counts),
    actionCounts,
    actionProgress: statusSummary(actionCounts, "action"),
    actionBreakdown: actionBreakdown(actions),
    savings: totalSavings(actions.map((action) => action.savings)),
    ...optional("barriers", barriers),
    timeline,
    timelineAsOfIndex: timeline.findIndex((group) => group.quarter === undefined || (group.milestones[0]?.state.due.end ?? "") > asOf),
    ...(loaded.logoFile !== undefined && { logoFile: loaded.logoFile }),
    unpublishedUpdates: loaded.updates.length - published.length,
    notYetPublished,
  };
}

/** `{ [key]: value }` when the value is given, `{}` when not, so optional fields stay absent rather than undefined. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function actionBreakdown(actions: readonly ActionView[]): string {
  if (actions.every((action) => action.state.status === noProgressReported)) return "";
  const tally = new Map<string, number>();
  for (const action of actions) {
    const word = action.state.status === noProgressReported ? "with no progress reported" : (action.state.rating ?? action.state.status);
    tally.set(word, (tally.get(word) ?? 0) + 1);
  }
  // In the order first met, with "no progress reported" last.
  const entries = [...tally].sort(([a], [b]) => Number(a === "with no progress reported") - Number(b === "with no progress reported"));
  return entries.map(([word, count]) => `${formatCount(count)} ${word}`).join(", ");
}

function periodOf(update: LoadedUpdate): ReportPeriod {
  const period = parseReportPeriod(update.data.period);
  if ("problem" in period) throw new Error(`Unchecked report period reached the model: ${update.data.period}`);
  return period;
}

/**
 * "every quarter" when every report is quarterly, and so on; undefined when they are mixed, or when there are fewer
 * than two, which show no cadence at all.
 */
export function reportingCadence(periods: readonly ReportPeriod[]): string | undefined {
  const cadences = new Set(periods.map((period) => period.cadence));
  if (periods.length < 2 || cadences.size !== 1) return undefined;
  const [only] = cadences;
  if (only === "quarter") return "every quarter";
  if (only === "half year") return "every six months";
  if (only === "year") return "once a year";
  return undefined;
}

function updateView(
  report: Report,
  index: number,
  all: readonly Report[],
  positions: ReadonlyMap<string, number>,
  milestones: readonly MilestoneView[],
  measures: readonly MeasureView[],
  actions: readonly ActionView[],
  scale: RatingScale,
): UpdateView {
  const { loaded: update, period } = report;
  const { data } = update;
  const ratesMilestones = Object.values(data.milestones ?? {}).some((progress) => progress.status !== undefined);
  const statusTable = ratesMilestones
    ? milestones.map((milestone) => {
        const found = reportAsOf(milestone.state, (slug) => (positions.get(slug) ?? Infinity) <= index);
        return { milestone, ...(found && { report: found }) };
      })
    : [];
  const actionTable = actions.flatMap((action) => {
    const progress = data.actions?.[action.id];
    if (!progress) return [];
    return [
      {
        action,
        ...(progress.status !== undefined && { status: acceptedStatus(progress.status, scale) }),
        ...(progress.note !== undefined && { note: progress.note }),
      },
    ];
  });
  const previous = all[index - 1];
  const next = all[index + 1];
  const counts = countStatuses(statusTable.map((row) => ({ status: row.report?.status ?? noProgressReported, overdue: false })));
  const changes = whatChanged(
    report.slug,
    milestones.map((milestone) => ({ id: milestone.id, state: milestone.state })),
    measures.map((measure) => ({ measure, series: measure.series })),
  );
  const ratingCounts = data.rating_counts && {
    ...data.rating_counts,
    total: data.rating_counts.counts.reduce((sum, entry) => sum + entry.count, 0),
  };
  return {
    period,
    periodText: period.text,
    months: formatReportPeriod(period),
    name: data.title ?? formatReportName(period),
    ...(data.author !== undefined && { author: data.author }),
    slug: report.slug,
    ...(data.published !== undefined && { published: data.published }),
    ...(report.goesOnline !== undefined && { goesOnline: report.goesOnline }),
    ...(data.considered_by && { consideredBy: data.considered_by }),
    ...(ratingCounts && { ratingCounts }),
    narrative: update.narrative,
    file: update.file,
    ratesMilestones,
    statusTable,
    actionTable,
    counts,
    countsLine: updateCountsLine(counts),
    changes,
    changesShown: changesShown(changes, milestones, measures),
    measureValues: measures.flatMap((measure) => {
      const reading = data.measures?.[measure.id];
      if (!reading) return [];
      return [
        {
          measure,
          ...(reading.value !== undefined && { value: reading.value }),
          ...(reading.value === undefined && reading.no_figure !== undefined && { noFigure: reading.no_figure }),
          ...(reading.note !== undefined && { note: reading.note }),
        },
      ];
    }),
    ...(previous && { previousSlug: previous.slug, previousMonths: formatReportPeriod(previous.period) }),
    ...(next && { nextSlug: next.slug, nextMonths: formatReportPeriod(next.period) }),
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
  const undated = groups.at(-1);
  if (undated && !undated.quarter) {
    undated.heading = undated.milestones.every((milestone) => milestone.state.due.precision === "ongoing")
      ? "Ongoing, no end date"
      : "No end date";
  }
  return groups;
}
