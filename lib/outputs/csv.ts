/**
 * The open data as CSV, written by csv-stringify: UTF-8, one header row, ISO dates, money as plain numbers in
 * pounds, true/false for yes/no, an empty cell for nothing. Each table's columns are defined once, with what
 * they mean, so the data page documents exactly the columns the files have.
 */
import { stringify } from "csv-stringify/sync";
import type { ActionView, CouncilView, MeasureView, MilestoneView } from "../derive/council.ts";
import type { MeasurePoint } from "../derive/measure-series.ts";
import type { SavingsLine } from "../derive/savings.ts";
import type { SiteView } from "../derive/site.ts";
import { actionUrl, updateUrl } from "../site/urls.ts";
import { milestoneStatuses, noProgressReported } from "../schema/index.ts";
import type { DataFileScope } from "./open-data.ts";
import { duePrecisions } from "./open-data-schema.ts";
import { absoluteUrl, openDataCsvUrl, type CsvTableName, type UrlSettings } from "./urls.ts";

type Cell = string | number | boolean | undefined;

const statusWords = milestoneStatuses.join(", ");

export interface CsvColumn<Row> {
  name: string;
  /** What the column holds, for the data page. */
  description: string;
  value: (row: Row) => Cell;
}

export interface CsvTable<Row> {
  name: CsvTableName;
  /** What one row is, for the data page: "One row per milestone." */
  rowIs: string;
  columns: CsvColumn<Row>[];
  rows: (council: CouncilView) => Row[];
}

interface ActionRow {
  council: CouncilView;
  action: ActionView;
}
interface MilestoneRow {
  council: CouncilView;
  milestone: MilestoneView;
}
interface MeasureRow {
  council: CouncilView;
  measure: MeasureView;
  point: MeasurePoint;
}
interface SavingsRow {
  council: CouncilView;
  action: ActionView;
  line: SavingsLine;
}

/**
 * The settings the URL columns need; the tables are built per call so that URLs use them. The data page gives
 * the site's own council as the example of a web address, so that it names no council the site does not hold.
 */
function tables(settings: UrlSettings, example?: Pick<CouncilView, "slug">) {
  const council = {
    name: "council",
    description: `The council's short name in web addresses${example ? `, for example ${example.slug}` : ""}.`,
    value: (row: { council: CouncilView }) => row.council.slug,
  };
  const actionId = { name: "action_id", description: 'The action\'s reference, for example "WC1".' };

  const actions: CsvTable<ActionRow> = {
    name: "actions",
    rowIs: "One row per action in each council's plan.",
    rows: (each) => each.actions.map((action) => ({ council: each, action })),
    columns: [
      council,
      { ...actionId, value: (row) => row.action.id },
      { name: "title", description: "What the action is.", value: (row) => row.action.title },
      { name: "theme_id", description: "The id of the plan's theme it belongs to.", value: (row) => row.action.themeId },
      {
        name: "theme_title",
        description: "The theme's heading.",
        value: (row) => row.council.themes.find((theme) => theme.id.toLowerCase() === row.action.themeId.toLowerCase())?.title,
      },
      { name: "owner", description: "Who is responsible, as a role; empty if the plan does not say.", value: (row) => row.action.owner },
      {
        name: "lead_member",
        description: "The councillor who leads on it, as a role; empty if none is named.",
        value: (row) => row.action.leadMember,
      },
      {
        name: "status",
        description: `Where the action stands as a whole, in the site's words (${statusWords}): a report's rating of the action, else the plan's, else its milestones'.`,
        value: (row) => row.action.state.status,
      },
      {
        name: "rating",
        description: 'The council\'s own rating word for that status, as it wrote it ("Green"); empty if it used none.',
        value: (row) => row.action.state.rating,
      },
      { name: "milestones", description: "How many milestones it has.", value: (row) => row.action.counts.total },
      { name: "milestones_complete", description: "How many of them are complete.", value: (row) => row.action.counts.byStatus.complete },
      {
        name: "milestones_overdue",
        description: "How many are overdue: past their due date and neither complete nor cancelled (rated or not).",
        value: (row) => row.action.counts.overdue,
      },
      {
        name: "savings_planned",
        description: "Savings planned over the whole plan, in pounds; empty if none is stated.",
        value: (row) => row.action.savings.planned,
      },
      {
        name: "savings_delivered",
        description: "Savings delivered so far, in pounds; empty if none is stated (not 0).",
        value: (row) => row.action.savings.delivered,
      },
      { name: "url", description: "The action's page.", value: (row) => absoluteUrl(actionUrl(row.council.slug, row.action.id), settings) },
    ],
  };

  const milestones: CsvTable<MilestoneRow> = {
    name: "milestones",
    rowIs: "One row per milestone, with its status as of the date the site was built.",
    rows: (each) => each.milestones.map((milestone) => ({ council: each, milestone })),
    columns: [
      council,
      { ...actionId, value: (row) => row.milestone.actionId },
      { name: "milestone_id", description: 'The milestone\'s reference, for example "WC1-M4".', value: (row) => row.milestone.id },
      { name: "title", description: "What will be done.", value: (row) => row.milestone.title },
      {
        name: "status",
        description: `The current status in the site's words, from the latest report that rated it, else the plan: ${statusWords}. "${noProgressReported}" when nothing has rated it, which is not "not started".`,
        value: (row) => row.milestone.state.status,
      },
      {
        name: "rating",
        description: 'The council\'s own rating word for that status, as it wrote it ("Green", "Achieved"); empty if it used none.',
        value: (row) => row.milestone.state.rating,
      },
      {
        name: "reported_in",
        description: 'The period of the latest report that mentioned it, as written: "2026/27 Q2", "2024/25 H1"; empty if none has.',
        value: (row) => row.milestone.state.history.at(-1)?.period,
      },
      {
        name: "overdue",
        description: `true when the due date has passed and it is neither complete nor cancelled; with status "${noProgressReported}", the date has passed with no progress reported.`,
        value: (row) => row.milestone.state.overdue,
      },
      {
        name: "due",
        description:
          'The current due date as the council wrote it: a day "2026-10-31", a month "2026-10", a quarter "2026/27 Q3", a financial year "2026/27", a calendar year "2026", "by 2026-10-31", "ongoing" or "every quarter"; empty if no date was given.',
        value: (row) => row.milestone.state.due.text,
      },
      {
        name: "due_precision",
        description: `${duePrecisions.join(", ")}.`,
        value: (row) => row.milestone.state.due.precision,
      },
      {
        name: "due_end",
        description: "The last day of the current due period (ISO date), by which it is due; empty if ongoing, recurring or undated.",
        value: (row) => row.milestone.state.due.end,
      },
      {
        name: "original_due",
        description: "The due date first planned, as written; empty if none was given.",
        value: (row) => row.milestone.state.originalDue.text,
      },
      {
        name: "original_due_end",
        description: "The last day of the first planned due period (ISO date); empty if ongoing, recurring or undated.",
        value: (row) => row.milestone.state.originalDue.end,
      },
      { name: "revisions", description: "How many times the due date has been moved.", value: (row) => row.milestone.state.revisions },
      {
        name: "slippage_days",
        description: "Days from original_due_end to due_end: positive when later, negative when earlier; empty if either has no end.",
        value: (row) => row.milestone.state.slippageDays,
      },
      {
        name: "completed",
        description: "The date it was completed (ISO date), if it has been.",
        value: (row) => row.milestone.state.completed,
      },
      {
        name: "url",
        description: "The milestone on its action's page.",
        value: (row) => absoluteUrl(`${actionUrl(row.council.slug, row.milestone.actionId)}#${row.milestone.slug}`, settings),
      },
    ],
  };

  const measures: CsvTable<MeasureRow> = {
    name: "measures",
    rowIs: "One row per measure per report period: each value a progress report gave.",
    rows: (each) => each.measures.flatMap((measure) => measure.series.points.map((point) => ({ council: each, measure, point }))),
    columns: [
      council,
      { ...actionId, value: (row) => row.measure.actionId },
      { name: "measure_id", description: 'The measure\'s reference, for example "WC1-K1".', value: (row) => row.measure.id },
      { name: "title", description: "What is measured.", value: (row) => row.measure.title },
      { name: "unit", description: 'The unit, as the council gave it: "%", "£", "days" or a word.', value: (row) => row.measure.unit },
      { name: "direction", description: "higher is better, or lower is better.", value: (row) => row.measure.direction },
      {
        name: "period",
        description: 'The period the value is for, as the report wrote it: "2024/25 Q2" (July to September 2024), "2024/25 H1", "2024/25".',
        value: (row) => row.point.period,
      },
      { name: "period_end", description: "The last day of that period (ISO date).", value: (row) => row.point.date },
      { name: "value", description: "The value reported, as a number in the unit.", value: (row) => row.point.value },
      {
        name: "baseline_value",
        description: "Where the measure started; empty if the plan gives no baseline.",
        value: (row) => row.measure.baseline?.value,
      },
      {
        name: "baseline_date",
        description: "The date of the baseline (ISO date); empty if not given.",
        value: (row) => row.measure.baseline?.date,
      },
      {
        name: "target_value",
        description: "Where the council aims to be; empty if the plan gives no target.",
        value: (row) => row.measure.target?.value,
      },
      {
        name: "target_date",
        description: "When it aims to be there (ISO date); empty if not given.",
        value: (row) => row.measure.target?.date,
      },
      { name: "note", description: "The report's note on the figure, if any.", value: (row) => row.point.note },
      {
        name: "update_url",
        description: "The progress report that gave it.",
        value: (row) => absoluteUrl(updateUrl(row.council.slug, row.point.report), settings),
      },
    ],
  };

  const savings: CsvTable<SavingsRow> = {
    name: "savings",
    rowIs: "One row per action per financial year (or whole-plan target) for which a saving is stated.",
    rows: (each) => each.actions.flatMap((action) => action.savings.lines.map((line) => ({ council: each, action, line }))),
    columns: [
      council,
      { ...actionId, value: (row) => row.action.id },
      { name: "action_title", description: "What the action is.", value: (row) => row.action.title },
      {
        name: "year",
        description: 'The financial year, "2024/25" (1 April 2024 to 31 March 2025); empty for a target over the whole plan.',
        value: (row) => row.line.year,
      },
      { name: "planned", description: "Savings planned, in pounds; empty if not stated.", value: (row) => row.line.planned },
      {
        name: "delivered",
        description:
          "Savings delivered so far, in pounds: the latest running total a report (or the plan) stated; empty if not stated (not 0).",
        value: (row) => row.line.delivered,
      },
      {
        name: "basis",
        description: 'What the figure counts, as the plan says ("salary budget, excluding on-costs"); empty if it does not say.',
        value: (row) => row.line.basis,
      },
    ],
  };

  return { actions, milestones, measures, savings };
}

function cellText(cell: Cell): string {
  if (cell === undefined) return "";
  if (typeof cell === "boolean") return cell ? "true" : "false";
  return String(cell);
}

function tableText<Row>(table: CsvTable<Row>, councils: readonly CouncilView[]): string {
  const header = table.columns.map((column) => column.name);
  const rows = councils.flatMap((council) => table.rows(council).map((row) => table.columns.map((column) => cellText(column.value(row)))));
  // CRLF line ends as RFC 4180 asks (https://www.rfc-editor.org/rfc/rfc4180); no byte order mark.
  return stringify([header, ...rows], { record_delimiter: "windows" });
}

/** One CSV file's text: a table for one council, or (with no council) for every council. */
export function openDataCsv(
  file: DataFileScope & { table: CsvTableName },
  site: Pick<SiteView, "councils">,
  settings: UrlSettings,
): string {
  const councils = file.council ? [file.council] : site.councils;
  const all = tables(settings);
  switch (file.table) {
    case "actions":
      return tableText(all.actions, councils);
    case "milestones":
      return tableText(all.milestones, councils);
    case "measures":
      return tableText(all.measures, councils);
    case "savings":
      return tableText(all.savings, councils);
  }
}

export interface CsvTableDescription {
  name: CsvTableName;
  rowIs: string;
  /** The site-wide file's address. */
  url: string;
  columns: { name: string; description: string }[];
}

/** Every table with its columns, for the data page; `example` is the council its examples name. */
export function csvTableDescriptions(settings: UrlSettings, example?: Pick<CouncilView, "slug">): CsvTableDescription[] {
  const all = tables(settings, example);
  const describe = <Row>(table: CsvTable<Row>): CsvTableDescription => ({
    name: table.name,
    rowIs: table.rowIs,
    url: openDataCsvUrl(table.name),
    columns: table.columns.map((column) => ({ name: column.name, description: column.description })),
  });
  return [describe(all.actions), describe(all.milestones), describe(all.measures), describe(all.savings)];
}
