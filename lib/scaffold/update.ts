/**
 * `npm run new -- update <council> [quarter]`: the next quarterly update, pre-filled so the officer changes only
 * what changed. Every open milestone is listed with the status it has now (lib/derive), each measure with its last
 * value in a comment (a figure is news only when someone gives it), the savings running totals for the quarter's
 * financial year, and a placeholder narrative. The file passes `npm run check` as written.
 */
import { join } from "node:path";
import type { LoadedCouncil } from "../load/content.ts";
import type { Measure, UpdateFile } from "../schema/index.ts";
import { milestoneStatuses } from "../schema/index.ts";
import { isClosed, milestoneState } from "../derive/milestone-status.ts";
import { measureSeries } from "../derive/measure-series.ts";
import { actionSavings } from "../derive/savings.ts";
import { formatDue, formatQuarterMonths } from "../format/dates.ts";
import { formatMoney } from "../format/money.ts";
import { formatMeasure } from "../format/numbers.ts";
import { compareDates } from "../time/calendar.ts";
import {
  compareQuarters,
  financialQuarterOfDate,
  financialQuarterSlug,
  financialQuarterText,
  financialYearText,
  nextQuarter,
  parseFinancialQuarter,
  quarterStart,
  type FinancialQuarter,
} from "../time/financial-quarter.ts";
import { commentText, yamlText, type Scaffolded } from "./files.ts";
import { placeholderText } from "./placeholder.ts";

export interface UpdateOptions {
  /** The quarter to write, "2026/27 Q3" or "2026-27-q3"; by default the quarter after the latest update. */
  quarter?: string;
  /** Today, "2026-11-23": the published date to start from. */
  today: string;
}

/** A quarter as an officer might type it on the command line: "2026/27 Q3", "2026-27-q3" or "2026/27 q3". */
export function parseQuarterArgument(text: string): FinancialQuarter | undefined {
  const match = /^(\d{4})[/-](\d{2})[ -]?[qQ]([1-4])$/.exec(text.trim());
  return match ? parseFinancialQuarter(`${match[1]}/${match[2]} Q${match[3]}`) : undefined;
}

export function scaffoldUpdate(council: LoadedCouncil, options: UpdateOptions): Scaffolded {
  const dated = council.updates.flatMap((update) => {
    const quarter = parseFinancialQuarter(update.data.quarter);
    return quarter ? [{ data: update.data, quarter }] : [];
  });
  dated.sort((a, b) => compareQuarters(a.quarter, b.quarter));

  const quarter = options.quarter === undefined ? defaultQuarter(council, dated, options.today) : parseQuarterArgument(options.quarter);
  if (!quarter) {
    return {
      problem: `"${options.quarter}" is not a financial quarter`,
      hint: 'write the financial year then the quarter, for example "2026/27 Q3"',
    };
  }
  const quarterText = financialQuarterText(quarter);
  if (dated.some((entry) => compareQuarters(entry.quarter, quarter) === 0)) {
    return { problem: `${quarterText} already has an update`, hint: "edit that file instead, or give another quarter" };
  }
  const approved = council.plan.data.approval.date;
  if (approved !== undefined && compareQuarters(quarter, financialQuarterOfDate(approved)) < 0) {
    return {
      problem: `${quarterText} is before the plan was approved on ${approved}`,
      hint: "progress updates start from the quarter the plan was approved in",
    };
  }

  // The update's starting point is what was reported before its quarter.
  const before = dated.filter((entry) => compareQuarters(entry.quarter, quarter) < 0).map((entry) => entry.data);
  const start = quarterStart(quarter);
  const published = compareDates(options.today, start) < 0 ? start : options.today;
  const previous = before.at(-1);
  const actions = [...council.actions].map((action) => action.data).sort((a, b) => a.id.localeCompare(b.id, "en-GB", { numeric: true }));

  const lines: string[] = ["---", `quarter: ${yamlText(quarterText)}`];
  lines.push("# The date the update is published: change it to the day it goes online. The site shows it from that day.");
  lines.push(`published: ${yamlText(published)}`);
  lines.push(...consideredByLines(previous, published));

  const open = actions.flatMap((action) =>
    action.milestones.flatMap((milestone) => {
      const state = milestoneState(milestone, before, published);
      return isClosed(state.status) ? [] : [{ milestone, state }];
    }),
  );
  if (open.length > 0) {
    lines.push(
      "# Every open milestone, with the status it has now. Change what has changed, and add a note where it helps.",
      `# Status is one of: ${milestoneStatuses.join(", ")}`,
      `# A completed milestone also needs its date, completed: ${yamlText(start)}. A new due date: revised_due: ${yamlText(financialQuarterText(nextQuarter(quarter)))}.`,
      "milestones:",
    );
    for (const { milestone, state } of open) {
      const due = state.due.precision === "ongoing" ? "ongoing" : `due ${formatDue(state.due)}${state.overdue ? ", now overdue" : ""}`;
      lines.push(`  # ${commentText(milestone.title)}: ${due}`);
      lines.push(`  ${milestone.id}:`, `    status: ${yamlText(state.status)}`);
    }
  }

  const measures = actions.flatMap((action) => action.measures ?? []);
  if (measures.length > 0) {
    lines.push(
      '# Measure values for the quarter, as plain numbers. To give one, remove the "#" from the "measures:" line and',
      "# from the measure's line, then put this quarter's figure in place of the last one.",
      "# measures:",
      ...measures.map((measure) => measureLine(measure, before)),
    );
  }

  const year = financialYearText(quarter);
  const savings = actions.flatMap((action) =>
    actionSavings(action, before)
      .lines.filter((line) => line.planned > 0 && (line.year === undefined || line.year === year))
      .map((line) => ({ action: action.id, ...line })),
  );
  if (savings.length > 0) {
    lines.push(`# Savings delivered so far, in pounds: change each running total to the figure at the end of ${quarterText}.`, "savings:");
    for (const line of savings) {
      const fields = [
        `action: ${yamlText(line.action)}`,
        ...(line.year ? [`year: ${yamlText(line.year)}`] : []),
        `delivered: ${line.delivered}`,
      ];
      const planned = line.year
        ? `planned for ${line.year}: ${formatMoney(line.planned)}`
        : `whole-plan target: ${formatMoney(line.planned)}`;
      lines.push(`  - { ${fields.join(", ")} }  # ${planned}`);
    }
  }

  lines.push(
    "---",
    "## Summary",
    "",
    `${placeholderText} with what happened in ${formatQuarterMonths(quarter)}: what was done, what slipped and why, and what comes next, in plain English. Add a heading for each theme if that helps readers.`,
    "",
  );
  return { files: [{ path: join(council.folder, "updates", `${financialQuarterSlug(quarter)}.md`), text: lines.join("\n") }] };
}

function defaultQuarter(council: LoadedCouncil, dated: readonly { quarter: FinancialQuarter }[], today: string): FinancialQuarter {
  const latest = dated.at(-1);
  if (latest) return nextQuarter(latest.quarter);
  const approved = council.plan.data.approval.date;
  return financialQuarterOfDate(approved ?? today);
}

/** The meeting the last update went to, as a commented-out starting point: most councils report to the same one. */
function consideredByLines(previous: UpdateFile | undefined, published: string): string[] {
  const body = previous?.considered_by?.body ?? "Overview and Scrutiny Committee";
  return [
    '# If a meeting considered the update, remove the "#" from these lines and give its date.',
    "# considered_by:",
    `#   body: ${yamlText(body)}`,
    `#   date: ${yamlText(published)}`,
  ];
}

function measureLine(measure: Measure, before: readonly Pick<UpdateFile, "quarter" | "measures">[]): string {
  const latest = measureSeries(measure, before).latest;
  const value = latest ? String(latest.value) : "...";
  const last = latest ? `${formatMeasure(latest.value, measure.unit)} in ${latest.quarter}` : "no value yet";
  const target = formatMeasure(measure.target.value, measure.unit);
  return `#   ${measure.id}: { value: ${value} }  # ${commentText(measure.title)}: ${last}; target ${target}`;
}
