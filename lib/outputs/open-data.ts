/**
 * The open data JSON: the validated plan model with every derived fact (current status, due dates, slippage,
 * overdue, measure values, savings), one file per council and one for the whole site, all of one shape
 * described by the JSON Schema at /data/schema.json (open-data-schema.ts).
 */
import type { ActionView, CouncilView, MeasureView, MilestoneView, UpdateView } from "../derive/council.ts";
import type { SiteView } from "../derive/site.ts";
import type { Savings } from "../derive/savings.ts";
import type { StatusCounts } from "../derive/status-counts.ts";
import { councilNameDescriptions, type ExampleCouncil } from "../schema/index.ts";
import { actionUrl, councilUrl, updateUrl } from "../site/urls.ts";
import type { DueDate } from "../time/due-date.ts";
import {
  OpenDataFile,
  type ActionData,
  type CountsData,
  type CouncilData,
  type DueData,
  type MeasureData,
  type MilestoneData,
  type SavingsData,
  type UpdateData,
} from "./open-data-schema.ts";
import { withCouncilName } from "../site/titles.ts";
import { absoluteUrl, dataPageUrl, dataSchemaUrl, type UrlSettings } from "./urls.ts";

export const openGovernmentLicence = {
  name: "Open Government Licence v3.0",
  url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
};

/** Which councils a data file holds: one, or (with no council) every council on the site. */
export interface DataFileScope {
  council?: CouncilView;
}

const scopeCouncils = (scope: DataFileScope, site: Pick<SiteView, "councils">): CouncilView[] =>
  scope.council ? [scope.council] : site.councils;

function dueData(due: DueDate): DueData {
  return {
    ...(due.text !== "" && { text: due.text }),
    precision: due.precision,
    ...(due.start !== undefined && { start: due.start }),
    ...(due.end !== undefined && { end: due.end }),
  };
}

function countsData(counts: StatusCounts): CountsData {
  return { total: counts.total, overdue: counts.overdue, by_status: { ...counts.byStatus } };
}

/** Only the figures someone stated: a missing one is left out, never 0. */
function savingsData(savings: Savings): SavingsData {
  return {
    ...(savings.planned !== undefined && { planned: savings.planned }),
    ...(savings.delivered !== undefined && { delivered: savings.delivered }),
    years: savings.lines.map((line) => ({
      ...(line.year !== undefined && { year: line.year }),
      ...(line.planned !== undefined && { planned: line.planned }),
      ...(line.delivered !== undefined && { delivered: line.delivered }),
      ...(line.basis !== undefined && { basis: line.basis }),
    })),
  };
}

function milestoneData(council: string, milestone: MilestoneView, settings: UrlSettings): MilestoneData {
  const { state } = milestone;
  const reportedIn = state.history.at(-1)?.period;
  return {
    id: milestone.id,
    title: milestone.title,
    url: absoluteUrl(`${actionUrl(council, milestone.actionId)}#${milestone.slug}`, settings),
    status: state.status,
    ...(state.rating !== undefined && { rating: state.rating }),
    status_source: state.source,
    reported: state.reported,
    ...(reportedIn !== undefined && { reported_in: reportedIn }),
    due: dueData(state.due),
    original_due: dueData(state.originalDue),
    revisions: state.revisions,
    ...(state.slippageDays !== undefined && { slippage_days: state.slippageDays }),
    overdue: state.overdue,
    ...(state.completed !== undefined && { completed: state.completed }),
    ...(state.note !== undefined && { note: state.note }),
    history: state.history.map((report) => ({
      report: report.report,
      period: report.period,
      status: report.status,
      ...(report.rating !== undefined && { rating: report.rating }),
      rated: report.rated,
      ...(report.due.text !== "" && { due: report.due.text }),
      revised: report.revised,
      ...(report.completed !== undefined && { completed: report.completed }),
      ...(report.note !== undefined && { note: report.note }),
    })),
  };
}

function measureData(measure: MeasureView): MeasureData {
  const { slug: _slug, actionId: _actionId, series, ...definition } = measure;
  return {
    ...definition,
    progress: series.progress,
    values: series.points.map((point) => ({
      report: point.report,
      period: point.period,
      period_end: point.date,
      value: point.value,
      ...(point.note !== undefined && { note: point.note }),
    })),
  };
}

function actionData(council: string, action: ActionView, settings: UrlSettings): ActionData {
  return {
    id: action.id,
    title: action.title,
    theme: action.themeId,
    ...(action.owner !== undefined && { owner: action.owner }),
    ...(action.leadMember !== undefined && { lead_member: action.leadMember }),
    ...(action.summary !== undefined && { summary: action.summary }),
    status: action.state.status,
    ...(action.state.rating !== undefined && { rating: action.state.rating }),
    status_source: action.state.source,
    url: absoluteUrl(actionUrl(council, action.id), settings),
    milestones: action.milestones.map((milestone) => milestoneData(council, milestone, settings)),
    measures: action.measures.map(measureData),
    savings: savingsData(action.savings),
    ...(action.counts.total > 0 && { counts: countsData(action.counts) }),
  };
}

function updateData(council: string, update: UpdateView, settings: UrlSettings): UpdateData {
  const actionRatings = update.actionTable.map((row) => ({
    action: row.action.id,
    ...(row.status && { status: row.status.status }),
    ...(row.status?.rating !== undefined && { rating: row.status.rating }),
    ...(row.note !== undefined && { note: row.note }),
  }));
  return {
    period: update.periodText,
    name: update.name,
    ...(update.author !== undefined && { author: update.author }),
    ...(update.published !== undefined && { published: update.published }),
    url: absoluteUrl(updateUrl(council, update.slug), settings),
    ...(update.consideredBy && { considered_by: update.consideredBy }),
    ...(update.ratingCounts && { rating_counts: update.ratingCounts }),
    ...(actionRatings.length > 0 && { action_ratings: actionRatings }),
    narrative: update.narrative,
  };
}

export function councilData(council: CouncilView, settings: UrlSettings): CouncilData {
  const { brand: _brand, ...councilFile } = council.council;
  const { themes: _themes, barriers: _barriers, period: _period, ...plan } = council.plan;
  return {
    slug: council.slug,
    url: absoluteUrl(councilUrl(council.slug), settings),
    council: councilFile,
    plan: { ...plan, ...(council.period && { period: { ...council.period } }) },
    themes: council.themes.map((theme) => ({
      id: theme.id,
      title: theme.title,
      ...(theme.summary !== undefined && { summary: theme.summary }),
      ...(theme.done !== undefined && { done: theme.done }),
      ...(theme.next !== undefined && { next: theme.next }),
    })),
    ...(council.plan.barriers !== undefined && { barriers: council.plan.barriers }),
    actions: council.actions.map((action) => actionData(council.slug, action, settings)),
    updates: council.updates.map((update) => updateData(council.slug, update, settings)),
    ...(council.counts.total > 0 && { counts: countsData(council.counts) }),
    savings: savingsData(council.savings),
  };
}

export function openDataFile(
  scope: DataFileScope,
  site: Pick<SiteView, "councils" | "asOf" | "onlyCouncil">,
  settings: UrlSettings,
): OpenDataFile {
  // The file of every council, on a site of one council, holds that council's plan and says so.
  const council = scope.council ?? site.onlyCouncil;
  return {
    $schema: absoluteUrl(dataSchemaUrl(), settings),
    title: council ? withCouncilName(`${council.plan.title}, with progress`, council) : "Every council's plan, with progress",
    licence: openGovernmentLicence,
    as_of: site.asOf,
    documentation: absoluteUrl(dataPageUrl(), settings),
    councils: scopeCouncils(scope, site).map((each) => councilData(each, settings)),
  };
}

/** The file's text: indented, with a final newline, so that it reads and diffs well. */
export function openDataJson(
  scope: DataFileScope,
  site: Pick<SiteView, "councils" | "asOf" | "onlyCouncil">,
  settings: UrlSettings,
): string {
  return `${JSON.stringify(openDataFile(scope, site, settings), null, 2)}\n`;
}

/**
 * The JSON Schema document published at /data/schema.json. https://json-schema.org/draft-07 Its examples of a
 * council's name are the site's own council's, given as `example` (the content schema's otherwise).
 */
export function openDataSchema(settings: UrlSettings, example?: ExampleCouncil): Record<string, unknown> {
  const schema = JSON.parse(JSON.stringify(OpenDataFile)) as JsonSchema;
  if (example) {
    const councilFields = schema.properties?.["councils"]?.items?.properties?.["council"]?.properties ?? {};
    for (const [field, description] of Object.entries(councilNameDescriptions(example))) {
      const property = councilFields[field];
      if (property) property.description = description;
    }
  }
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: absoluteUrl(dataSchemaUrl(), settings),
    title: "Council plans open data",
    description: `The shape of every JSON file under ${absoluteUrl("/data/", settings)}: a list of councils, each with its plan, actions, milestones (with current status, due dates and slippage), measures, savings and updates.`,
    ...schema,
  };
}

/** The parts of a JSON Schema that openDataSchema reaches into. */
interface JsonSchema {
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}

/** The schema as the site publishes it; pages/data-schema.njk gives the site's first council as the example. */
export function openDataSchemaJson(settings: UrlSettings, example?: Pick<CouncilView, "council" | "shortName">): string {
  const names = example && { name: example.council.name, shortName: example.shortName };
  return `${JSON.stringify(openDataSchema(settings, names), null, 2)}\n`;
}
