/**
 * What the search index is told about a page: whether it is indexed at all (only plan, theme, action and
 * update pages are), its filters, and the council, title and date a search result shows. The base layout
 * hands over the variables it can see and renders the answer as Pagefind attributes.
 * https://pagefind.app/docs/filtering/ https://pagefind.app/docs/metadata/ https://pagefind.app/docs/sorts/
 */
import type { ActionView, CouncilView, MilestoneView, ThemeView, UpdateView } from "../derive/council.ts";
import type { MilestoneReport } from "../derive/milestone-status.ts";
import { actionStatus } from "../derive/action-status.ts";
import { milestoneStatuses, type MilestoneStatus } from "../schema/index.ts";
import { formatDate, formatQuarterMonths } from "../format/dates.ts";
import { financialYearOfDate, financialYearText, parseFinancialYear } from "../time/financial-quarter.ts";
import { councilUrl } from "../site/urls.ts";

export type SearchPageType = "plan" | "theme" | "action" | "update";

/** The names residents see for each kind of page, in the results and the "Page type" filter. */
export const searchPageTypeNames: Record<SearchPageType, string> = {
  plan: "Plan",
  theme: "Theme",
  action: "Action",
  update: "Progress update",
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
  /** "Published" for an update, "Last updated" for the rest. */
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
  return undefined;
}

function record(
  council: CouncilView,
  type: SearchPageType,
  title: string,
  filters: Omit<SearchFilters, "council" | "type">,
  date: string | undefined,
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
    ...(date !== undefined && { date, dateText: formatDate(date) }),
    dateLabel: type === "update" ? "Published" : "Last updated",
  };
}

function updateMeta(council: CouncilView, update: UpdateView, title: string | undefined): SearchMeta {
  const said = saidSomethingAbout(update);
  const themeIds = new Set(said.map(({ milestone }) => actionOf(council, milestone.actionId)?.themeId.toLowerCase()));
  return record(
    council,
    "update",
    title ?? `Progress update: ${formatQuarterMonths(update.quarter)}`,
    {
      theme: council.themes.filter((theme) => themeIds.has(theme.id.toLowerCase())).map((theme) => theme.title),
      status: inStatusOrder(said.map(({ report }) => report.status)),
      year: [financialYearText(update.quarter)],
    },
    update.published,
  );
}

/**
 * The milestones an update said something new about: a note, a changed status, a revised date. Updates list
 * every open milestone, so "reported on" alone would tag nearly every update with every theme.
 */
function saidSomethingAbout(update: UpdateView): { milestone: MilestoneView; report: MilestoneReport }[] {
  return update.statusTable.flatMap(({ milestone, report }) => {
    if (!report || report.quarter !== update.quarterText) return [];
    const previous = milestone.state.history[milestone.state.history.indexOf(report) - 1];
    const news = report.note !== undefined || report.revised || report.status !== previous?.status;
    return news ? [{ milestone, report }] : [];
  });
}

function actionMeta(council: CouncilView, action: ActionView, title: string | undefined): SearchMeta {
  const theme = themeOf(council, action);
  return record(
    council,
    "action",
    title ?? `${action.id}: ${action.title}`,
    {
      theme: theme ? [theme.title] : [],
      status: inStatusOrder([actionStatus(action.milestones)]),
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
      status: inStatusOrder(theme.actions.map((action) => actionStatus(action.milestones))),
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
    council.latestUpdate?.published ?? planDate(council),
  );
}

function actionOf(council: CouncilView, actionId: string): ActionView | undefined {
  return council.actions.find((action) => action.id === actionId);
}

function themeOf(council: CouncilView, action: ActionView): ThemeView | undefined {
  return council.themes.find((theme) => theme.id.toLowerCase() === action.themeId.toLowerCase());
}

/** "On track": status words as the status tags show them, in the vocabulary's order, once each. */
function inStatusOrder(statuses: readonly MilestoneStatus[]): string[] {
  return milestoneStatuses
    .filter((status) => statuses.includes(status))
    .map((status) => `${status.charAt(0).toUpperCase()}${status.slice(1)}`);
}

/** The financial years the actions' milestones are now due in, oldest first; ongoing work has none. */
function dueYears(actions: readonly ActionView[]): string[] {
  const starts = actions.flatMap((action) =>
    action.milestones.flatMap((milestone) => (milestone.state.due.end ? [financialYearOfDate(milestone.state.due.end).startYear] : [])),
  );
  return [...new Set(starts)].sort((a, b) => a - b).map((startYear) => financialYearText({ startYear }));
}

/** Every financial year the plan covers, "2024/25" to "2026/27". */
function planYears(council: CouncilView): string[] {
  const from = parseFinancialYear(council.plan.period.from);
  const to = parseFinancialYear(council.plan.period.to);
  if (!from || !to) return [];
  return Array.from({ length: Math.max(0, to.startYear - from.startYear + 1) }, (_, index) =>
    financialYearText({ startYear: from.startYear + index }),
  );
}

/** When the plan was agreed, or else sent to Government. */
function planDate(council: CouncilView): string | undefined {
  return council.plan.approval.date ?? council.plan.submitted;
}

/** The publication date of the latest update that reported on any of these actions' milestones. */
function lastChanged(council: CouncilView, actions: readonly ActionView[]): string | undefined {
  const quarters = new Set(
    actions.flatMap((action) => action.milestones.flatMap((milestone) => milestone.state.history.map((report) => report.quarter))),
  );
  const published = council.updates.filter((update) => quarters.has(update.quarterText)).map((update) => update.published);
  return published.sort().at(-1) ?? planDate(council);
}
