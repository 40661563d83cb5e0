/**
 * One action's milestones on a line of time: a row per milestone, named with its status in words, a dot at
 * the date it is due now, and where the date was revised, a hollow dot at the date first planned joined to it.
 * A dashed line marks the "as of" date.
 */
import type { ActionView, MilestoneView } from "../derive/council.ts";
import { formatDate, formatDue, formatDueShort } from "../format/dates.ts";
import { noProgressReported } from "../schema/index.ts";
import { capitaliseFirst, formatTimes } from "../format/numbers.ts";
import type { DueDate } from "../time/due-date.ts";
import { financialYearEnd, financialYearOfDate, financialYearStart } from "../time/financial-quarter.ts";
import {
  chartId,
  chartWidth as width,
  coordinate,
  dayOffset,
  financialYearAxis,
  line,
  linearScale,
  rect,
  svgFrame,
  text,
  charactersIn,
  labelStart,
  textWidth,
  wrapWords,
  type ChartOptions,
  type ChartTable,
  type ChartTableCell,
} from "./svg.ts";

export interface ActionTimelineOptions extends ChartOptions {
  /** The date statuses are judged on, "2026-11-23". */
  asOf: string;
}

export type ActionTimelineInput = Pick<ActionView, "title" | "milestones">;

const plot = { left: 6, right: width - 6, top: 24 };
const lineHeight = 17;

/**
 * A milestone's status in words: "Complete", "Delayed, overdue", the council's own word with the site's status
 * beside it, "Green (on track)", and for a milestone no one has rated whose date has gone by, "Date passed, no
 * progress reported": never a status no one gave.
 */
export function milestoneStatusText(milestone: Pick<MilestoneView, "state">): string {
  const { status, rating, overdue } = milestone.state;
  if (status === noProgressReported) return overdue ? "Date passed, no progress reported" : "No progress reported";
  const words = rating !== undefined && rating.toLowerCase() !== status ? `${rating} (${status})` : capitaliseFirst(status);
  return words + (overdue ? ", overdue" : "");
}

/** "due 31 October 2024", "due by March 2025", "due during 2024/25", "ongoing", "every quarter", "no date given". */
function dueInWords(due: DueDate): string {
  switch (due.precision) {
    case "ongoing":
      return "ongoing";
    case "recurring":
      return due.text;
    case "no date":
      return "no date given";
    case "day":
    case "month":
      return `due ${formatDueShort(due)}`;
    default:
      return `due ${formatDue(due)}`;
  }
}

function milestoneSentence(milestone: MilestoneView): string {
  const { state } = milestone;
  const due = dueInWords(state.due);
  const revised =
    state.revisions > 0 ? `, first planned for ${formatDueShort(state.originalDue)} and revised ${formatTimes(state.revisions)}` : "";
  const status = milestoneStatusText(milestone);
  // The site's words read in lower case mid-sentence; the council's own rating word keeps its capital.
  const inSentence =
    state.rating !== undefined && state.status !== noProgressReported ? status : status.charAt(0).toLowerCase() + status.slice(1);
  return `${milestone.title}: ${inSentence}, ${due}${revised}`;
}

export function actionTimelineSummary(action: ActionTimelineInput, asOf: string): string {
  if (action.milestones.length === 0) return "No milestones.";
  return `As of ${formatDate(asOf)}. ${action.milestones.map(milestoneSentence).join(". ")}.`;
}

export function actionTimelineChart(action: ActionTimelineInput, options: ActionTimelineOptions): string {
  const id = chartId(options.id ?? "action-timeline");
  const dates = [
    options.asOf,
    ...action.milestones.flatMap(({ state }) => [state.due.start, state.due.end, state.originalDue.start, state.originalDue.end]),
  ]
    .filter((date): date is string => date !== undefined)
    .sort();
  const from = financialYearStart(financialYearOfDate(dates[0] ?? options.asOf));
  const to = financialYearEnd(financialYearOfDate(dates.at(-1) ?? options.asOf));
  const x = (date: string) => linearScale([0, dayOffset(from, to)], [plot.left, plot.right])(dayOffset(from, date));
  let top = plot.top;
  const rows = action.milestones.map((milestone) => {
    const { state } = milestone;
    // The title over up to two lines, then the status in words on a line of its own, then the time line.
    const title = wrapWords(milestone.title, charactersIn(plot.right - plot.left), 2);
    const statusY = top + 14 + title.length * lineHeight;
    const track = statusY + 13;
    const parts = [
      ...title.map((words, index) => text(plot.left, top + 14 + index * lineHeight, words)),
      text(plot.left, statusY, milestoneStatusText(milestone), { classes: "app-chart__label--strong" }),
      line(plot.left, track, plot.right, track, "app-chart__track"),
    ];
    top = track + 14;
    if (state.due.end === undefined) {
      parts.push(text(plot.right, statusY, noEndLabel(state.due), { anchor: "end", classes: "app-chart__label--muted" }));
      return parts.join("");
    }
    const dueX = x(state.due.end);
    if (state.revisions > 0 && state.originalDue.end !== undefined) {
      const originalX = x(state.originalDue.end);
      parts.push(line(originalX, track, dueX, track, "app-chart__slip"));
      parts.push(`<circle class="app-chart__original" cx="${coordinate(originalX)}" cy="${track}" r="4"/>`);
    }
    if (state.due.precision !== "day" && state.due.start !== undefined) parts.push(period(x, state.due, track));
    const category = state.status === "complete" ? "complete" : state.overdue ? "overdue" : "open";
    parts.push(`<circle class="app-chart__due app-chart__due--${category}" cx="${coordinate(dueX)}" cy="${track}" r="5"/>`);
    return parts.join("");
  });
  const bottom = top;

  const asOfX = x(options.asOf);
  const asOfWords = `As of ${formatDate(options.asOf)}`;
  const asOfLabel = text(labelStart(asOfX, asOfWords), 13, asOfWords, { classes: "app-chart__label--strong" });
  const keyY = bottom + 46;
  const revised = action.milestones.some((milestone) => milestone.state.revisions > 0);
  const keyEntries = [
    { marker: "app-chart__due app-chart__due--complete", radius: 5, label: "Complete" },
    { marker: "app-chart__due app-chart__due--open", radius: 5, label: "Due" },
    ...(revised ? [{ marker: "app-chart__original", radius: 4, label: "First planned" }] : []),
  ];
  let keyX = plot.left;
  const key = keyEntries
    .map((entry) => {
      const markup =
        `<circle class="${entry.marker}" cx="${keyX + 5}" cy="${keyY - 4}" r="${entry.radius}"/>` + text(keyX + 15, keyY, entry.label);
      keyX += 15 + textWidth(entry.label) + 16;
      return markup;
    })
    .join("");

  return svgFrame({
    id,
    title: options.title ?? `Timeline: ${action.title}`,
    description: actionTimelineSummary(action, options.asOf),
    kind: "action-timeline",
    width,
    height: keyY + 8,
    // The "as of" line first, so that the milestones' labels, with their halos, are drawn over it, not crossed by it.
    body:
      line(asOfX, 18, asOfX, bottom + 4, "app-chart__now") + rows.join("") + financialYearAxis(from, to, x, bottom + 4) + asOfLabel + key,
  });
}

/** A due date that is a month, a quarter or a year, drawn as the span of time it covers. */
function period(x: (date: string) => number, due: DueDate, track: number): string {
  if (due.start === undefined || due.end === undefined) return "";
  return rect(x(due.start), track - 3, Math.max(1, x(due.end) - x(due.start)), 6, "app-chart__period");
}

/** What a milestone with no end date shows instead of a dot: "No end date" for ongoing work, "Every quarter", "No date given". */
function noEndLabel(due: DueDate): string {
  if (due.precision === "recurring") return capitaliseFirst(due.text);
  if (due.precision === "no date") return "No date given";
  return "No end date";
}

/** A due date in a table cell, with a machine-readable date when it is a day or a month (or "by" one). */
function dueCell(due: DueDate): ChartTableCell {
  const text = formatDueShort(due);
  if ((due.precision === "day" || due.precision === "by day") && due.end) return { text, datetime: due.end };
  if ((due.precision === "month" || due.precision === "by month") && due.end) return { text, datetime: due.end.slice(0, 7) };
  return { text };
}

export function actionTimelineTable(action: ActionTimelineInput, options: ActionTimelineOptions): ChartTable {
  return {
    caption: options.title ?? `Timeline: ${action.title}`,
    head: [{ text: "Milestone" }, { text: "Due" }, { text: "First planned" }, { text: "Status" }],
    rows: action.milestones.map((milestone) => ({
      header: { text: milestone.title },
      cells: [
        dueCell(milestone.state.due),
        milestone.state.revisions > 0 ? dueCell(milestone.state.originalDue) : { text: "Not revised" },
        { text: milestoneStatusText(milestone) },
      ],
    })),
  };
}
