/**
 * `npm run new -- update <council> [period]`: the next progress report, pre-filled so the officer changes only what
 * changed. Every open milestone is listed with the status it has now (lib/derive), each measure with its last
 * value in a comment (a figure is news only when someone gives it), the savings running totals for the period's
 * financial year, and a placeholder narrative. The file passes `npm run check` as written.
 *
 * Lines to uncomment are written with the "#" where the line's indentation ends ("  #CS1-K1: ..."), so removing the
 * "#", by hand or with an editor's toggle-comment, leaves the line correctly indented; and no commented line needs
 * another uncommented with it: group headings ("milestones:", "measures:") are written uncommented, empty until a
 * line under them is (lib/schema/update.ts allows an empty group), and the meeting is one line. So removing the "#"
 * from any one line, or from all of them, leaves valid YAML (tests/scaffold/update.test.ts tries every one).
 */
import { join } from "node:path";
import type { LoadedCouncil } from "../load/loaded.ts";
import type { Measure, UpdateFile } from "../schema/index.ts";
import { isClosed, milestoneState } from "../derive/milestone-status.ts";
import { measureSeries } from "../derive/measure-series.ts";
import { actionSavings } from "../derive/savings.ts";
import { ratingScale, statusWords } from "../derive/rating.ts";
import { formatDue, formatPeriodMonths } from "../format/dates.ts";
import { formatMoney } from "../format/money.ts";
import { formatMeasure } from "../format/numbers.ts";
import { compareDates } from "../time/calendar.ts";
import {
  financialQuarterOfDate,
  financialQuarterText,
  financialYearOfDate,
  financialYearText,
  nextQuarter,
  type FinancialQuarter,
} from "../time/financial-quarter.ts";
import { compareReportPeriods, parseReportPeriod, reportPeriodForms, type ReportPeriod } from "../time/report-period.ts";
import { commentText, yamlText, type Scaffolded } from "./files.ts";
import { placeholderText } from "../schema/placeholder.ts";

export interface UpdateOptions {
  /** The period to write, "2026/27 Q3", "2026/27 H1", "2026/27", two dates, or a file name's form "2026-27-q3". */
  period?: string;
  /** Today, "2026-11-23": the published date to start from. */
  today: string;
}

/**
 * A period as an officer might type it on the command line: as content writes it ("2026/27 Q3", "2026/27 H1",
 * "2026/27", "2026-04-01 to 2026-12-31"), or as in the file name ("2026-27-q3", "2026-27-h1", "2026-27").
 */
export function parsePeriodArgument(text: string): ReportPeriod | undefined {
  const trimmed = text.trim();
  const short = /^(\d{4})[/-](\d{2})(?:[ -]?([qQhH])([1-4]))?$/.exec(trimmed);
  const written = short
    ? `${short[1]}/${short[2]}${short[3] ? ` ${short[3].toUpperCase()}${short[4]}` : ""}`
    : trimmed.replace(/^(\d{4}-\d{2}-\d{2})[ -]to[ -](\d{4}-\d{2}-\d{2})$/, "$1 to $2");
  const period = parseReportPeriod(written);
  return "problem" in period ? undefined : period;
}

/** The file name a period's report is saved under, without ".md": "2024-25-q3", "2024-25-h1", "2024-25", "2024-04-01-to-2024-12-31". */
export function periodSlug(period: ReportPeriod): string {
  return period.text.toLowerCase().replace(/\//g, "-").replace(/ /g, "-");
}

/** The period after the latest report's, at the same cadence; undefined after a report over dates of its own. */
function followingPeriod(latest: ReportPeriod): ReportPeriod | undefined {
  const startYear = Number(latest.text.slice(0, 4));
  const year = (start: number) => financialYearText({ startYear: start });
  let next: string | undefined;
  if (latest.quarter) next = financialQuarterText(nextQuarter(latest.quarter));
  else if (latest.cadence === "half year") next = latest.half === 1 ? `${year(startYear)} H2` : `${year(startYear + 1)} H1`;
  else if (latest.cadence === "year") next = year(startYear + 1);
  return next === undefined ? undefined : parsePeriodArgument(next);
}

const quarterPeriod = (quarter: FinancialQuarter): ReportPeriod | undefined => parsePeriodArgument(financialQuarterText(quarter));

export function scaffoldUpdate(council: LoadedCouncil, options: UpdateOptions): Scaffolded {
  const reports = council.updates.flatMap((update) => {
    const period = parseReportPeriod(update.data.period);
    return "problem" in period ? [] : [{ update, period }];
  });
  reports.sort((a, b) => compareReportPeriods(a.period, b.period));
  const latest = reports.at(-1);
  const approved = council.plan.data.approval?.date;

  let period: ReportPeriod | undefined;
  if (options.period !== undefined) {
    period = parsePeriodArgument(options.period);
    if (!period) return { problem: `"${options.period}" is not a period a report can cover`, hint: `write ${reportPeriodForms}` };
  } else if (latest) {
    period = followingPeriod(latest.period);
    if (!period) {
      return {
        problem: `the latest report covers ${latest.period.text}, so the next period cannot be worked out`,
        hint: 'give the period, for example "2026-04-01 to 2026-12-31"',
      };
    }
  } else {
    period = quarterPeriod(financialQuarterOfDate(approved ?? options.today));
  }
  if (!period) return { problem: "the period could not be worked out", hint: `give one: ${reportPeriodForms}` };

  const slug = periodSlug(period);
  const same = reports.find((report) => report.period.start === period.start && report.period.end === period.end);
  if (same || council.updates.some((update) => update.slug === slug)) {
    return { problem: `${period.text} already has a report`, hint: "edit that file instead, or give another period" };
  }
  if (approved !== undefined && compareDates(period.end, approved) < 0) {
    return {
      problem: `${period.text} ends before the plan was approved on ${approved}`,
      hint: "progress reports start from the period the plan was approved in",
    };
  }

  // The report's starting point is what was reported on periods before it.
  const before = reports
    .filter((report) => compareReportPeriods(report.period, period) < 0)
    .map(({ update }) => ({ ...update.data, slug: update.slug }));
  const published = compareDates(options.today, period.start) < 0 ? period.start : options.today;
  const previous = before.at(-1);
  const scale = ratingScale(council.plan.data.ratings);
  const actions = [...council.actions].map((action) => action.data).sort((a, b) => a.id.localeCompare(b.id, "en-GB", { numeric: true }));

  const lines: string[] = ["---", `period: ${yamlText(period.text)}`];
  lines.push("# The date the report is published: change it to the day it goes online. The site shows it from that day.");
  lines.push(`published: ${yamlText(published)}`);
  lines.push(...consideredByLines(previous, published));

  const open = actions.flatMap((action) =>
    (action.milestones ?? []).flatMap((milestone) => {
      const state = milestoneState(milestone, before, published, scale);
      return isClosed(state.status) ? [] : [{ milestone, state }];
    }),
  );
  if (open.length > 0) {
    const nextDue = financialQuarterText(nextQuarter(financialQuarterOfDate(period.end)));
    lines.push(
      "# Every open milestone, with the status it has now. Change what has changed, and add a note where it helps.",
      '# A milestone no report has rated yet is left out: to rate it, remove the "#" at the start of its line.',
      `# Status is one of: ${statusWords(scale).join(", ")}`,
      `# A completed milestone also needs its date, completed: ${yamlText(period.start)}. A new due date: revised_due: ${yamlText(nextDue)}.`,
      "milestones:",
    );
    for (const { milestone, state } of open) {
      const precise = ["ongoing", "recurring", "no date"].includes(state.due.precision);
      const due = precise ? formatDue(state.due) : `due ${formatDue(state.due)}${state.overdue ? ", now overdue" : ""}`;
      if (state.source === "none") {
        lines.push(`  #${milestone.id}: { status: ${yamlText("not started")} }  # ${commentText(milestone.title)}: ${due}`);
      } else {
        lines.push(`  # ${commentText(milestone.title)}: ${due}`);
        lines.push(`  ${milestone.id}:`, `    status: ${yamlText(state.rating ?? state.status)}`);
      }
    }
  }

  const measures = actions.flatMap((action) => action.measures ?? []);
  if (measures.length > 0) {
    lines.push(
      '# Measure values for the period, as plain numbers. To give one, remove the "#" at the start of its line and put',
      "# this period's figure in place of the last one. If the figure has not changed, add unchanged: true; if there",
      '# is none this period, write no_figure: "why" in place of value.',
      "measures:",
      ...measures.map((measure) => measureLine(measure, before)),
    );
  }

  const year = financialYearText(financialYearOfDate(period.end));
  const savings = actions.flatMap((action) =>
    actionSavings(action, before)
      .lines.filter((line) => (line.planned ?? 0) > 0 && (line.year === undefined || line.year === year))
      .map((line) => ({ action: action.id, ...line })),
  );
  if (savings.length > 0) {
    lines.push(`# Savings delivered so far, in pounds: change each running total to the figure at the end of ${period.text}.`, "savings:");
    for (const line of savings) {
      const fields = [
        `action: ${yamlText(line.action)}`,
        ...(line.year ? [`year: ${yamlText(line.year)}`] : []),
        `delivered: ${line.delivered ?? 0}`,
      ];
      const planned = line.year
        ? `planned for ${line.year}: ${formatMoney(line.planned ?? 0)}`
        : `whole-plan target: ${formatMoney(line.planned ?? 0)}`;
      lines.push(`  - { ${fields.join(", ")} }  # ${planned}`);
    }
  }

  lines.push(
    "---",
    "## Summary",
    "",
    `${placeholderText} with what happened in ${formatPeriodMonths(period.text)}: what was done, what slipped and why, and what comes next, in plain English. Add a heading for each theme if that helps readers.`,
    "",
  );
  return { files: [{ path: join(council.folder, "updates", `${slug}.md`), text: lines.join("\n") }] };
}

/** The meeting the last report went to, as a commented-out starting point: most councils report to the same one. */
function consideredByLines(previous: UpdateFile | undefined, published: string): string[] {
  const body = previous?.considered_by?.body ?? "Overview and Scrutiny Committee";
  return [
    '# If a meeting considered the report, remove the "#" at the start of the next line, and give the meeting\'s date',
    '# and a link to its papers (link: "https://...").',
    `#considered_by: { body: ${yamlText(body)}, date: ${yamlText(published)} }`,
  ];
}

function measureLine(measure: Measure, before: readonly (Pick<UpdateFile, "period" | "measures"> & { slug: string })[]): string {
  const latest = measureSeries(measure, before).latest;
  const value = latest ? String(latest.value) : "null";
  const last = latest
    ? `${formatMeasure(latest.value, measure.unit)} in ${latest.period}`
    : "no value yet: put the figure in place of null";
  const target = measure.target ? `; target ${formatMeasure(measure.target.value, measure.unit)}` : "";
  return `  #${measure.id}: { value: ${value} }  # ${commentText(measure.title)}: ${last}${target}`;
}
