/**
 * What the search index is told about a page: whether it is indexed at all (a council's plan, theme, action,
 * update, barriers and about pages are; list pages such as the A to Z and compare are not, as they only repeat
 * what the indexed pages say), its filters, and the council, title and date a search result shows. The base layout
 * hands over the variables it can see and renders the answer as Pagefind attributes.
 * https://pagefind.app/docs/filtering/ https://pagefind.app/docs/metadata/ https://pagefind.app/docs/sorts/
 */
import { capitaliseFirst } from "../format/numbers.ts";
import type { ActionView, CouncilView, MilestoneView, ThemeView, UpdateView } from "../derive/council.ts";
import { progressStatuses, type ProgressStatus } from "../schema/index.ts";
import { formatDate } from "../format/dates.ts";
import { financialYearOfDate, financialYearText } from "../time/financial-quarter.ts";
import { aboutUrl, barriersUrl, councilUrl } from "../site/urls.ts";

export type SearchPageType = "plan" | "theme" | "action" | "update" | "barriers" | "about";

/** The names residents see for each kind of page, in the results and the "Page type" filter. */
export const searchPageTypeNames: Record<SearchPageType, string> = {
  plan: "Plan",
  theme: "Theme",
  action: "Action",
  update: "Progress update",
  barriers: "Barriers",
  about: "About the plan",
};

/** Pagefind filter names; the search page labels them. */
export interface SearchFilters {
  council: string[];
  theme: string[];
  status: string[];
  type: string[];
  year: string[];
}

export interface SearchMeta {
  type: SearchPageType;
  council: string;
  title: string;
  filters: SearchFilters;
  /** The date a result shows and sorts on, "2024-11-14": when an update was published, or when the page last changed. */
  date?: string;
  /** "14 November 2024". */
  dateText?: string;
  /**
   * What the date is: "Published" for a report; for the rest "Last updated" when it is a report's publication date,
   * else what the plan's own date is ("Agreed", "Published", "Sent to Government by").
   */
  dateLabel: string;
}

/**
 * The variables in scope in the base layout. A page template may alias a whole pagination entry
 * ({ council, theme }) or just the view itself; both are accepted.
 */
export interface LayoutVariables {
  council?: unknown;
  theme?: unknown;
  action?: unknown;
  update?: unknown;
  /** page.url, without the path prefix. */
  url?: string;
  /** The page's own title, when it sets one. */
  title?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** The view itself, whether the layout was given the view or the pagination entry holding it. */
function viewOf<T>(value: unknown, key: string): T | undefined {
  if (!isObject(value)) return undefined;
  const inner = value[key];
  return (isObject(inner) && isObject(value.council) ? inner : value) as T;
}

function councilOf(variables: LayoutVariables): CouncilView | undefined {
  for (const value of [variables.council, variables.update, variables.action, variables.theme]) {
    if (isObject(value) && typeof value.slug === "string" && isObject(value.plan)) return value as unknown as CouncilView;
    if (isObject(value) && isObject(value.council) && isObject(value.council.plan)) return value.council as unknown as CouncilView;
  }
  return undefined;
}

/** The search record for a page, or undefined for pages that are not indexed (home, timeline, search...). */
export function searchMeta(variables: LayoutVariables): SearchMeta | undefined {
  const council = councilOf(variables);
  if (!council) return undefined;
  const update = viewOf<UpdateView>(variables.update, "update");
  const action = viewOf<ActionView>(variables.action, "action");
  const theme = viewOf<ThemeView>(variables.theme, "theme");
  const title = typeof variables.title === "string" && variables.title.trim() !== "" ? variables.title : undefined;

  if (update) return updateMeta(council, update, title);
  if (action) return actionMeta(council, action, title);
  if (theme) return themeMeta(council, theme, title);
  if (variables.url === councilUrl(council.slug)) return planMeta(council, title);
  // Where residents look for how to contact the council, how the plan was agreed and changed, and what it asks of Government.
  if (variables.url === aboutUrl(council.slug)) return pageMeta(council, "about", title ?? searchPageTypeNames.about);
  if (variables.url === barriersUrl(council.slug)) return pageMeta(council, "barriers", title ?? searchPageTypeNames.barriers);
  return undefined;
}

function record(
  council: CouncilView,
  type: SearchPageType,
  title: string,
  filters: Omit<SearchFilters, "council" | "type">,
  dated: DatedAs | undefined,
): SearchMeta {
  return {
    type,
    council: council.council.name,
    title,
    filters: {
      council: [council.council.name],
      theme: filters.theme,
      status: filters.status,
      type: [searchPageTypeNames[type]],
      year: filters.year,
    },
    ...(dated !== undefined && { date: dated.date, dateText: formatDate(dated.date) }),
    dateLabel: dated?.label ?? (type === "update" ? "Published" : "Last updated"),
  };
}

function updateMeta(council: CouncilView, update: UpdateView, title: string | undefined): SearchMeta {
  const said = saidSomethingAbout(council, update);
  const actionsSaid = update.actionTable;
  const themeIds = new Set([
    ...said.map(({ milestone }) => actionOf(council, milestone.actionId)?.themeId.toLowerCase()),
    ...actionsSaid.map(({ action }) => action.themeId.toLowerCase()),
  ]);
  // Only the statuses the report itself gave: a status carried over from an earlier report is not this one's word.
  const rated = [
    ...said.flatMap(({ rating }) => (rating ? [rating] : [])),
    ...actionsSaid.flatMap(({ status }) => (status ? [status.status] : [])),
  ];
  return record(
    council,
    "update",
    title ?? `Progress update: ${update.months}`,
    {
      theme: council.themes.filter((theme) => themeIds.has(theme.id.toLowerCase())).map((theme) => theme.title),
      status: inStatusOrder(rated),
      year: yearsBetween(update.period.start, update.period.end),
    },
    update.published === undefined ? undefined : { date: update.published, label: "Published" },
  );
}

/**
 * The milestones a report said something new about: a note, a changed status, a revised date, with the status
 * when the report rated it. Reports often list every open milestone, so "reported on" alone would tag nearly
 * every report with every theme.
 */
function saidSomethingAbout(council: CouncilView, update: UpdateView): { milestone: MilestoneView; rating?: ProgressStatus }[] {
  // Every milestone, not the report's status table: a report that only wrote notes has none, but said something.
  return council.milestones.flatMap((milestone) => {
    const index = milestone.state.history.findIndex((entry) => entry.report === update.slug);
    const report = milestone.state.history[index];
    if (!report) return [];
    const previous = milestone.state.history[index - 1];
    const news = report.note !== undefined || report.revised || (report.rated && report.status !== previous?.status);
    return news ? [{ milestone, ...(report.rated && { rating: report.status }) }] : [];
  });
}

/** Every financial year from the one holding `start` to the one holding `end`, "2024/25". */
function yearsBetween(start: string, end: string): string[] {
  const from = financialYearOfDate(start).startYear;
  const to = financialYearOfDate(end).startYear;
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => financialYearText({ startYear: from + index }));
}

function actionMeta(council: CouncilView, action: ActionView, title: string | undefined): SearchMeta {
  const theme = themeOf(council, action);
  return record(
    council,
    "action",
    title ?? `${action.id}: ${action.title}`,
    {
      theme: theme ? [theme.title] : [],
      // The action's status now and each of its milestones' now: the page shows every one of them.
      status: inStatusOrder([action.state.status, ...action.milestones.map((milestone) => milestone.state.status)]),
      year: dueYears([action]),
    },
    lastChanged(council, [action]),
  );
}

function themeMeta(council: CouncilView, theme: ThemeView, title: string | undefined): SearchMeta {
  return record(
    council,
    "theme",
    title ?? theme.title,
    {
      theme: [theme.title],
      // None: a theme is not delayed because one of its actions is; the status filter finds that action instead.
      status: [],
      year: dueYears(theme.actions),
    },
    lastChanged(council, theme.actions),
  );
}

function planMeta(council: CouncilView, title: string | undefined): SearchMeta {
  return record(
    council,
    "plan",
    title ?? council.plan.title,
    { theme: [], status: [], year: planYears(council) },
    council.latestUpdate?.published !== undefined ? { date: council.latestUpdate.published, label: "Last updated" } : planDate(council),
  );
}

/** A page about the plan as a whole: no theme or status of its own, the plan's years, and the plan's date. */
function pageMeta(council: CouncilView, type: "about" | "barriers", title: string): SearchMeta {
  return record(council, type, title, { theme: [], status: [], year: planYears(council) }, planDate(council));
}

function actionOf(council: CouncilView, actionId: string): ActionView | undefined {
  return council.actions.find((action) => action.id === actionId);
}

function themeOf(council: CouncilView, action: ActionView): ThemeView | undefined {
  return council.themes.find((theme) => theme.id.toLowerCase() === action.themeId.toLowerCase());
}

/** "On track": status words as the status tags show them, in the vocabulary's order, once each. */
function inStatusOrder(statuses: readonly ProgressStatus[]): string[] {
  return progressStatuses.filter((status) => statuses.includes(status)).map(capitaliseFirst);
}

/** The financial years the actions' milestones are now due in, oldest first; ongoing work has none. */
function dueYears(actions: readonly ActionView[]): string[] {
  const starts = actions.flatMap((action) =>
    action.milestones.flatMap((milestone) => (milestone.state.due.end ? [financialYearOfDate(milestone.state.due.end).startYear] : [])),
  );
  return [...new Set(starts)].sort((a, b) => a - b).map((startYear) => financialYearText({ startYear }));
}

/** Every financial year the plan covers, "2024/25" to "2026/27"; none when the plan does not say. */
function planYears(council: CouncilView): string[] {
  return council.period ? yearsBetween(council.period.start, council.period.end) : [];
}

/** A date and what it is, for a search result to say: "Agreed 17 July 2024", never "Last updated" for a plan's own date. */
interface DatedAs {
  date: string;
  label: string;
}

/** When the plan was agreed, or else published, or else sent to Government (the day given, or the "by" day). */
function planDate(council: CouncilView): DatedAs | undefined {
  if (council.approval.date !== undefined) return { date: council.approval.date, label: "Agreed" };
  if (council.plan.published !== undefined) return { date: council.plan.published, label: "Published" };
  const submitted = council.approval.submitted;
  return submitted && { date: submitted.date, label: submitted.by ? "Sent to Government by" : "Sent to Government" };
}

/** The publication date of the latest report that reported on any of these actions or their milestones. */
function lastChanged(council: CouncilView, actions: readonly ActionView[]): DatedAs | undefined {
  const reports = new Set(
    actions.flatMap((action) => [
      ...(action.state.reportedIn !== undefined ? [action.state.reportedIn] : []),
      ...action.milestones.flatMap((milestone) => milestone.state.history.map((report) => report.report)),
    ]),
  );
  const published = council.updates
    .filter((update) => reports.has(update.slug) || update.actionTable.some((row) => actions.includes(row.action)))
    .flatMap((update) => (update.published !== undefined ? [update.published] : []));
  const latest = published.sort().at(-1);
  return latest !== undefined ? { date: latest, label: "Last updated" } : planDate(council);
}
