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
import { financialQuarterSlug, parseFinancialQuarter } from "../time/financial-quarter.ts";
import type { DataFileScope } from "./open-data.ts";
import { absoluteUrl, openDataCsvUrl, type CsvTableName, type UrlSettings } from "./urls.ts";

type Cell = string | number | boolean | undefined;

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
      { name: "owner", description: "Who is responsible, as a role.", value: (row) => row.action.owner },
      {
        name: "lead_member",
        description: "The councillor who leads on it, as a role; empty if none is named.",
        value: (row) => row.action.leadMember,
      },
      { name: "milestones", description: "How many milestones it has.", value: (row) => row.action.counts.total },
      { name: "milestones_complete", description: "How many of them are complete.", value: (row) => row.action.counts.byStatus.complete },
      {
        name: "milestones_overdue",
        description: "How many are overdue: past their due date and neither complete nor cancelled.",
        value: (row) => row.action.counts.overdue,
      },
      {
        name: "savings_planned",
        description: "Savings planned over the whole plan, in pounds.",
        value: (row) => row.action.savings.planned,
      },
      { name: "savings_delivered", description: "Savings delivered so far, in pounds.", value: (row) => row.action.savings.delivered },
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
        description:
          "The current status, from the latest update that mentioned it: not started, on track, at risk, delayed, complete or cancelled.",
        value: (row) => row.milestone.state.status,
      },
      {
        name: "reported_in",
        description: 'The quarter of the latest update that mentioned it, "2026/27 Q2"; empty if none has.',
        value: (row) => row.milestone.state.reportedIn,
      },
      {
        name: "overdue",
        description: "true when the due date has passed and it is neither complete nor cancelled.",
        value: (row) => row.milestone.state.overdue,
      },
      {
        name: "due",
        description:
          'The current due date as the council wrote it: a day "2026-10-31", a month "2026-10", a quarter "2026/27 Q3", a financial year "2026/27" or "ongoing".',
        value: (row) => row.milestone.state.due.text,
      },
      {
        name: "due_precision",
        description: "day, month, quarter, financial year or ongoing.",
        value: (row) => row.milestone.state.due.precision,
      },
      {
        name: "due_end",
        description: "The last day of the current due period (ISO date), by which it is due; empty if ongoing.",
        value: (row) => row.milestone.state.due.end,
      },
      {
        name: "original_due",
        description: "The due date first planned, as written.",
        value: (row) => row.milestone.state.originalDue.text,
      },
      {
        name: "original_due_end",
        description: "The last day of the first planned due period (ISO date); empty if ongoing.",
        value: (row) => row.milestone.state.originalDue.end,
      },
      { name: "revisions", description: "How many times the due date has been moved.", value: (row) => row.milestone.state.revisions },
      {
        name: "slippage_days",
        description: "Days from original_due_end to due_end: positive when later, negative when earlier; empty if either is ongoing.",
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
    rowIs: "One row per measure per quarter: each value a progress update reported.",
    rows: (each) => each.measures.flatMap((measure) => measure.series.points.map((point) => ({ council: each, measure, point }))),
    columns: [
      council,
      { ...actionId, value: (row) => row.measure.actionId },
      { name: "measure_id", description: 'The measure\'s reference, for example "WC1-K1".', value: (row) => row.measure.id },
      { name: "title", description: "What is measured.", value: (row) => row.measure.title },
      { name: "unit", description: 'The unit, as the council gave it: "%", "£", "days" or a word.', value: (row) => row.measure.unit },
      { name: "direction", description: "higher is better, or lower is better.", value: (row) => row.measure.direction },
      {
        name: "quarter",
        description: 'The financial quarter the value is for, "2024/25 Q2" (July to September 2024).',
        value: (row) => row.point.quarter,
      },
      { name: "quarter_end", description: "The last day of that quarter (ISO date).", value: (row) => row.point.date },
      { name: "value", description: "The value reported, as a number in the unit.", value: (row) => row.point.value },
      { name: "baseline_value", description: "Where the measure started.", value: (row) => row.measure.baseline.value },
      { name: "baseline_date", description: "The date of the baseline (ISO date).", value: (row) => row.measure.baseline.date },
      { name: "target_value", description: "Where the council aims to be.", value: (row) => row.measure.target.value },
      { name: "target_date", description: "When it aims to be there (ISO date).", value: (row) => row.measure.target.date },
      { name: "note", description: "The update's note on the figure, if any.", value: (row) => row.point.note },
      { name: "update_url", description: "The progress update that reported it.", value: (row) => updateLink(row, settings) },
    ],
  };

  const savings: CsvTable<SavingsRow> = {
    name: "savings",
    rowIs: "One row per action per financial year in which it plans or has delivered savings.",
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
      { name: "planned", description: "Savings planned, in pounds.", value: (row) => row.line.planned },
      {
        name: "delivered",
        description: "Savings delivered so far, in pounds: the latest running total an update reported.",
        value: (row) => row.line.delivered,
      },
    ],
  };

  return { actions, milestones, measures, savings };
}

function updateLink(row: MeasureRow, settings: UrlSettings): string | undefined {
  const quarter = parseFinancialQuarter(row.point.quarter);
  return quarter ? absoluteUrl(updateUrl(row.council.slug, financialQuarterSlug(quarter)), settings) : undefined;
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
