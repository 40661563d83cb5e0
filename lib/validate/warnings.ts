/**
 * Warnings: what a reviewer of a pull request should look at, shown beside the errors but never failing a check
 * or a build. Each is judged from the content alone (the latest update's own dates), not from today's date, so the
 * same files give the same warnings on any day.
 */
import { contentError, fieldName, type ContentError } from "../errors.ts";
import type { LoadedCouncil, LoadedUpdate } from "../load/loaded.ts";
import { milestoneState } from "../derive/milestone-status.ts";
import { placeholderText } from "../schema/placeholder.ts";
import { formatDue } from "../format/dates.ts";
import { compareDates, daysBetween, isRealDate } from "../time/calendar.ts";
import { isDueDateProblem, parseDueDate } from "../time/due-date.ts";
import { compareReportPeriods, parseReportPeriod, type ReportPeriod } from "../time/report-period.ts";
import { ratingScale, readStatus } from "../derive/rating.ts";
import { escapePointerSegment } from "../load/yaml.ts";
import { financialQuarterText, nextQuarter } from "../time/financial-quarter.ts";

/**
 * A report goes online with its meeting's papers, which are published at least five clear days before the meeting
 * (Local Government Act 1972, s.100B(3)) and in practice about a week ahead; one published more than two weeks
 * before its meeting is more likely the previous report's date, copied.
 */
export const agendaNoticeDays = 14;

/** Thirteen weeks, one quarter: a report published later than this after its period ended is news out of date. */
export const latePublicationDays = 13 * 7;

export function checkWarnings(council: LoadedCouncil): ContentError[] {
  const warnings: ContentError[] = [];
  const warn = (update: LoadedUpdate, pointer: string, message: string, hint: string, at: "key" | "value" = "value"): void => {
    const position = at === "key" ? update.sourceMap.keyAt(pointer) : update.sourceMap.valueAt(pointer);
    warnings.push(contentError({ file: update.file, ...position, field: fieldName(pointer), message, hint, severity: "warning" }));
  };

  const dated = council.updates.flatMap((update) => {
    const period = parseReportPeriod(update.data.period);
    return "problem" in period ? [] : [{ update, period }];
  });

  // What copying the previous report's file gets wrong, judged against the report before it in period order.
  const inOrder = [...dated].sort((a, b) => compareReportPeriods(a.period, b.period));
  inOrder.forEach(({ update, period }, index) => {
    const previous = inOrder[index - 1]?.update;
    warnings.push(
      ...copiedFromPrevious(
        update,
        period,
        previous,
        inOrder.slice(0, index + 1).map((entry) => entry.update),
        council,
      ),
    );
  });

  for (const { update, period } of dated) {
    const ended = period.end;
    const { published } = update.data;
    if (published !== undefined && isRealDate(published) && daysBetween(ended, published) > latePublicationDays) {
      const weeks = Math.floor(daysBetween(ended, published) / 7);
      warn(
        update,
        "/published",
        `${published} is ${weeks} weeks after ${update.data.period} ended (${ended})`,
        "check the period and the date: a report is usually published within 13 weeks of its period ending",
      );
    }
    const placeholderAt = update.narrative.indexOf(placeholderText);
    if (placeholderAt !== -1) {
      warnings.push(
        contentError({
          file: update.file,
          line: update.narrativeLine + (update.narrative.slice(0, placeholderAt).match(/\n/g)?.length ?? 0),
          column: 1,
          field: "",
          message: `the narrative still has the placeholder "${placeholderText}..."`,
          hint: "write what happened this quarter in its place",
          severity: "warning",
        }),
      );
    }
  }

  const latest = dated.reduce<{ update: LoadedUpdate; period: ReportPeriod } | undefined>(
    (newest, entry) => (newest && compareReportPeriods(newest.period, entry.period) >= 0 ? newest : entry),
    undefined,
  );
  if (!latest) return warnings;
  const { update } = latest;
  const published = update.data.published;
  const earlier = dated
    .filter((entry) => compareReportPeriods(entry.period, latest.period) <= 0)
    .map((entry) => ({ ...entry.update.data, slug: entry.update.slug }));
  const scale = ratingScale(council.plan.data.ratings);
  // Only a report that rates milestones is expected to rate every open one, and only one that gives figures to give every figure.
  const ratesMilestones = Object.values(update.data.milestones ?? {}).some((progress) => progress.status !== undefined);
  const givesFigures = Object.keys(update.data.measures ?? {}).length > 0;

  for (const { data: action } of council.actions) {
    for (const milestone of action.milestones ?? []) {
      if (!ratesMilestones || update.data.milestones?.[milestone.id] || published === undefined || !isRealDate(published)) continue;
      // A due date that cannot be read is already an error; judging it here would only repeat that.
      const dueTexts = [milestone.due, ...earlier.map((data) => data.milestones?.[milestone.id]?.revised_due)];
      if (dueTexts.some((text) => text !== undefined && isDueDateProblem(parseDueDate(text)))) continue;
      const state = milestoneState(milestone, earlier, published, scale);
      if (!state.overdue) continue;
      warn(
        update,
        update.data.milestones ? "/milestones" : "",
        `${milestone.id} "${milestone.title}" was due ${formatDue(state.due)}, is not complete, and this update gives it no status`,
        `add it under milestones with its status, for example ${milestone.id}: { status: "delayed" }`,
        "key",
      );
    }
    for (const measure of action.measures ?? []) {
      if (!givesFigures || update.data.measures?.[measure.id]) continue;
      warn(
        update,
        update.data.measures ? "/measures" : "",
        `${measure.id} "${measure.title}" has no value in this update`,
        `add it under measures, for example ${measure.id}: { value: 42 }, or say why there is none: ${measure.id}: { no_figure: "Figures for the quarter are published in February." }`,
        "key",
      );
    }
  }
  return warnings;
}

/**
 * Warnings on one report for what a copy of the previous report's file carries over unchanged: its meeting, its
 * figures, a "complete" without the date, and a published date before the meeting.
 */
function copiedFromPrevious(
  update: LoadedUpdate,
  period: ReportPeriod,
  previous: LoadedUpdate | undefined,
  reportsSoFar: readonly LoadedUpdate[],
  council: LoadedCouncil,
): ContentError[] {
  const warnings: ContentError[] = [];
  const warn = (pointer: string, message: string, hint: string, at: "key" | "value" = "value"): void => {
    const position = at === "key" ? update.sourceMap.keyAt(pointer) : update.sourceMap.valueAt(pointer);
    warnings.push(contentError({ file: update.file, ...position, field: fieldName(pointer), message, hint, severity: "warning" }));
  };
  const { considered_by: meeting, published } = update.data;

  // A copy whose period was left as it was: two reports by the same author on one period.
  const samePeriod = reportsSoFar.find(
    (report) => report !== update && report.data.period === update.data.period && report.data.author === update.data.author,
  );
  if (samePeriod) {
    const following = period.quarter ? ` for example "${financialQuarterText(nextQuarter(period.quarter))}"` : "";
    warn(
      "/period",
      `${update.data.period} is the period of ${samePeriod.file} too`,
      `change period to the period this report covers,${following || " as the report states it"}; the file's name can stay as it is`,
    );
  }
  const meetingDate = meeting?.date !== undefined && isRealDate(meeting.date) ? meeting.date : undefined;
  const publishedDate = published !== undefined && isRealDate(published) ? published : undefined;

  if (meeting && meetingDate !== undefined) {
    const earlier = previous?.data.considered_by;
    if (earlier && earlier.body === meeting.body && earlier.date === meeting.date) {
      warn(
        "/considered_by",
        `is the same meeting as the previous report's (${meeting.body}, ${meetingDate}, in ${previous?.file})`,
        "give the meeting that considered this report, with its date and link, or remove considered_by until there is one",
        "key",
      );
    } else if (compareDates(meetingDate, period.end) < 0 && publishedDate !== undefined && compareDates(meetingDate, publishedDate) < 0) {
      // A report "as at January" can go to a meeting before its year ends, but not to one before it was published.
      warn(
        "/considered_by/date",
        `${meetingDate} is before ${update.data.period} ended (${period.end}) and before the report was published (${publishedDate}), so that meeting cannot have considered this report`,
        "give the date of the meeting that considered this report, or remove considered_by if none has",
      );
    }
    if (publishedDate !== undefined && daysBetween(publishedDate, meetingDate) > agendaNoticeDays) {
      warn(
        "/published",
        `${publishedDate} is ${daysBetween(publishedDate, meetingDate)} days before the meeting that considered the report (${meetingDate})`,
        "give the date this report was published; a report published with its meeting's papers goes online a week or so before the meeting",
      );
    }
  }

  for (const [id, reading] of Object.entries(update.data.measures ?? {})) {
    const before = previous?.data.measures?.[id];
    if (reading.value === undefined || reading.unchanged === true || before?.value !== reading.value) continue;
    warn(
      `/measures/${escapePointerSegment(id)}/value`,
      `${reading.value} is the same figure as the previous report's (${previous?.data.period})`,
      `put in this period's figure; if it really has not changed, say so: ${id}: { value: ${reading.value}, unchanged: true }`,
    );
  }

  const scale = ratingScale(council.plan.data.ratings);
  // The example date is one the check accepts: within the period and not after publication.
  const lastPossibleDay = publishedDate !== undefined && compareDates(publishedDate, period.end) < 0 ? publishedDate : period.end;
  const planCompleted = new Set(
    council.actions.flatMap((action) =>
      (action.data.milestones ?? []).filter((milestone) => milestone.completed).map((milestone) => milestone.id),
    ),
  );
  for (const [id, progress] of Object.entries(update.data.milestones ?? {})) {
    if (progress.status === undefined || progress.completed !== undefined || readStatus(progress.status, scale)?.status !== "complete")
      continue;
    // A date an earlier report (or the plan) gave still holds.
    if (planCompleted.has(id) || reportsSoFar.some((report) => report.data.milestones?.[id]?.completed !== undefined)) continue;
    warn(
      `/milestones/${escapePointerSegment(id)}/status`,
      `${id} is "${progress.status}" but no report gives the date it was completed`,
      `add the date, for example ${id}: { status: ${JSON.stringify(progress.status)}, completed: "${lastPossibleDay}" }; without it the site says it is complete but not when`,
    );
  }
  return warnings;
}
