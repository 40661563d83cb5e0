/**
 * Warnings: what a reviewer of a pull request should look at, shown beside the errors but never failing a check
 * or a build. Each is judged from the content alone (the latest update's own dates), not from today's date, so the
 * same files give the same warnings on any day.
 */
import { contentError, fieldName, type ContentError } from "../errors.ts";
import type { LoadedCouncil, LoadedUpdate } from "../load/content.ts";
import { milestoneState } from "../derive/milestone-status.ts";
import { placeholderText } from "../scaffold/placeholder.ts";
import { formatDue } from "../format/dates.ts";
import { daysBetween, isRealDate } from "../time/calendar.ts";
import { isDueDateProblem, parseDueDate } from "../time/due-date.ts";
import { compareReportPeriods, parseReportPeriod, type ReportPeriod } from "../time/report-period.ts";
import { ratingScale } from "../derive/rating.ts";

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
        `add it under measures, for example ${measure.id}: { value: 42 }, or say in the narrative why there is no figure`,
        "key",
      );
    }
  }
  return warnings;
}
