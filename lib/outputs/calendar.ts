/**
 * A council's milestones as an iCalendar file (RFC 5545, https://www.rfc-editor.org/rfc/rfc5545), written by
 * ical-generator. Each milestone whose due date has an end is one all-day event on that day: the last day of its
 * due period, or the day it is due "by". Ongoing, recurring and undated milestones have no day, so no event.
 * Its UID never changes, so when an update moves the date, calendars that subscribed move the same event
 * rather than adding a second one; SEQUENCE counts the moves.
 */
import { councilsPlan, namesCouncil, withCouncilName } from "../site/titles.ts";
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from "ical-generator";
import type { CouncilView, MilestoneView } from "../derive/council.ts";
import { formatDate, formatDue, formatDueShort, formatPeriodMonths } from "../format/dates.ts";
import { formatDays, formatTimes } from "../format/numbers.ts";
import type { Settings } from "../settings.ts";
import { actionUrl, councilUrl } from "../site/urls.ts";
import { noProgressReported } from "../schema/index.ts";
import { addDays } from "../time/calendar.ts";
import { absoluteUrl, siteHost, type UrlSettings } from "./urls.ts";

/** The settings a calendar needs: the site's address, and the as-of moment for DTSTAMP. */
export type CalendarSettings = UrlSettings & Pick<Settings, "asOfTimestamp">;

export interface MilestoneEvent {
  /** "brackenfold-wc1-m4@plans.example.gov.uk": the same for the milestone whatever its date. */
  uid: string;
  /** The last day of the current due period, "2026-10-31". */
  date: string;
  /** "Weekly food waste collections start for every household (due by October 2026)" */
  summary: string;
  description: string;
  /** The milestone on its action page. */
  url: string;
  cancelled: boolean;
  /** How many times the due date has moved. */
  sequence: number;
}

/** Milestones with an end date, in the order the timeline shows them; ongoing, recurring and undated work has no day. */
export function milestoneEvents(council: CouncilView, settings: UrlSettings): MilestoneEvent[] {
  const host = siteHost(settings);
  return council.timeline.flatMap((group) =>
    group.milestones.flatMap((milestone) => {
      const date = milestone.state.due.end;
      if (date === undefined) return [];
      return [
        {
          uid: `${council.slug}-${milestone.slug}@${host}`,
          date,
          summary: eventSummary(milestone),
          description: eventDescription(council, milestone),
          url: absoluteUrl(`${actionUrl(council.slug, milestone.actionId)}#${milestone.slug}`, settings),
          cancelled: milestone.state.status === "cancelled",
          sequence: milestone.state.revisions,
        },
      ];
    }),
  );
}

/** The title, with how precise the date is unless it is a day: "(due by October 2026)", "(due during 2025/26)". */
function eventSummary(milestone: MilestoneView): string {
  const { due } = milestone.state;
  return due.precision === "day" ? milestone.title : `${milestone.title} (due ${formatDue(due)})`;
}

/**
 * "Status: on track, overdue (in the update for October to December 2024)."; the council's own word with the site's
 * status, "Status: Green (on track)"; and for a milestone nothing has rated, "Date passed, no progress reported."
 */
function statusLine(milestone: MilestoneView): string {
  const { state } = milestone;
  if (state.status === noProgressReported) return state.overdue ? "Date passed, no progress reported." : "No progress reported yet.";
  const words =
    state.rating !== undefined && state.rating.toLowerCase() !== state.status ? `${state.rating} (${state.status})` : state.status;
  const status = state.overdue ? `${words}, overdue` : words;
  // The report that gave the rating in force: the latest that rated it, else the latest that mentioned it ("not rated").
  const said = state.history.findLast((report) => report.rated) ?? state.history.at(-1);
  const period = state.source === "report" ? said?.period : undefined;
  const where =
    period !== undefined ? ` (in the update for ${formatPeriodMonths(period)})` : state.source === "plan" ? " (as the plan states it)" : "";
  return `Status: ${status}${where}.`;
}

function eventDescription(council: CouncilView, milestone: MilestoneView): string {
  const { state } = milestone;
  const lines = [statusLine(milestone), `Action ${milestone.actionId}: ${milestone.actionTitle}.`, `Due ${formatDue(state.due)}.`];
  if (state.revisions > 0) {
    const moved = milestone.slippage ? `, ${formatDays(milestone.slippage.days)} ${milestone.slippage.direction}` : "";
    lines.push(`First planned for ${formatDueShort(state.originalDue)}; the date has moved ${formatTimes(state.revisions)}${moved}.`);
  }
  if (state.completed) lines.push(`Completed on ${formatDate(state.completed)}.`);
  if (state.note) lines.push(state.note);
  lines.push(namesCouncil(council.plan.title, council) ? `${council.plan.title}.` : `${council.council.name}, ${council.plan.title}.`);
  return lines.join("\n");
}

/** The date as a Date at midnight UTC: ical-generator writes an all-day date from its UTC parts. */
const utcDay = (date: string): Date => new Date(`${date}T00:00:00Z`);

/** Everything a council's calendar file says, as plain data (it crosses to a worker thread in `npm run build`). */
export interface MilestoneCalendar {
  name: string;
  description: string;
  url: string;
  /** DTSTAMP on every event: the as-of moment, so that a rebuild of the same content gives the same file. */
  stamp: string;
  events: MilestoneEvent[];
}

export function milestoneCalendarOf(council: CouncilView, settings: CalendarSettings): MilestoneCalendar {
  return {
    name: withCouncilName(`${council.plan.title} milestones`, council, council.shortName),
    description: `Milestones in ${councilsPlan(council, "'")}, each on the day it is now due.`,
    url: absoluteUrl(councilUrl(council.slug), settings),
    stamp: new Date(settings.asOfTimestamp).toISOString(),
    events: milestoneEvents(council, settings),
  };
}

/** The .ics text: PRODID, METHOD:PUBLISH and X-WR-CALNAME as Outlook and Google Calendar expect, CRLF line ends. */
export function calendarText(milestones: MilestoneCalendar): string {
  const stamp = new Date(milestones.stamp);
  const calendar = ical({
    prodId: { company: "Plan Pages", product: "Milestones", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    name: milestones.name,
    description: milestones.description,
    url: milestones.url,
  });
  for (const event of milestones.events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp,
      allDay: true,
      start: utcDay(event.date),
      // DTEND is the day after, exclusive (RFC 5545 3.6.1); Outlook expects it on all-day events.
      end: utcDay(addDays(event.date, 1)),
      summary: event.summary,
      description: event.description,
      url: event.url,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      // A milestone is not a meeting: it should not block time in anyone's diary.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return `${calendar.toString()}\r\n`;
}

export function milestoneCalendar(council: CouncilView, settings: CalendarSettings): string {
  return calendarText(milestoneCalendarOf(council, settings));
}
