import { test } from "uvu";
import * as assert from "uvu/assert";
import ICAL from "ical.js";
import { milestoneCalendar } from "../../lib/outputs/calendar.ts";
import { deriveCouncil } from "../../lib/derive/council.ts";
import { settings, wrenmoor, wrenmoorLoaded } from "../helpers/wrenmoor.ts";

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      summary: event.summary,
      description: event.description,
      url: String(vevent.getFirstPropertyValue("url")),
      status: String(vevent.getFirstPropertyValue("status")),
      sequence: event.sequence,
      stamp: String(vevent.getFirstPropertyValue("dtstamp")),
    };
  });
  return { calendar, events };
}

const text = milestoneCalendar(wrenmoor({ more: true }), settings);
const { calendar, events } = parse(text);

test("every milestone with a date is one all-day event; ongoing work is left out", () => {
  assert.equal(events.map((event) => event.uid).sort(), [
    "wrenmoor-cs1-m1@example.github.io",
    "wrenmoor-cs1-m2@example.github.io",
    "wrenmoor-cs1-m3@example.github.io",
    "wrenmoor-ws1-m1@example.github.io",
    "wrenmoor-ws1-m3@example.github.io",
  ]);
  assert.ok(events.every((event) => event.allDay));
});

test("a milestone whose date was revised is on its new date, with the same id and a higher sequence", () => {
  const revised = events.find((event) => event.uid === "wrenmoor-cs1-m1@example.github.io");
  assert.is(revised?.start, "2025-03-31");
  assert.is(revised?.end, "2025-04-01");
  assert.is(revised?.sequence, 1);
  assert.match(revised?.description ?? "", "First planned for 31 December 2024; the date has moved once, 90 days later.");
});

test("a month, quarter or year is on its last day, and the title says how precise the date is", () => {
  const byUid = (uid: string) => events.find((event) => event.uid === `wrenmoor-${uid}@example.github.io`);
  assert.is(byUid("cs1-m2")?.start, "2025-03-31");
  assert.is(byUid("cs1-m2")?.summary, "Paper forms withdrawn (due by March 2025)");
  assert.is(byUid("cs1-m3")?.start, "2025-09-30");
  assert.is(byUid("cs1-m3")?.summary, "Review of the first year (due in July to September 2025)");
  assert.is(byUid("ws1-m3")?.summary, "Shared agency contract with neighbours (due during 2025/26)");
  assert.is(byUid("ws1-m1")?.summary, "Agency approval rule in place");
});

test("the description gives the status and the action, and the event links to the milestone", () => {
  const event = events.find((each) => each.uid === "wrenmoor-cs1-m2@example.github.io");
  assert.match(event?.description ?? "", "Status: on track, overdue (in the update for October to December 2024).");
  assert.match(event?.description ?? "", "Action CS1: Council tax online.");
  assert.is(event?.url, "https://example.github.io/plans/wrenmoor/actions/cs1/#cs1-m2");
});

test('a milestone no one has rated says "no progress reported", never "not started", and past its date says the date passed', () => {
  const later = parse(milestoneCalendar(deriveCouncil(wrenmoorLoaded({ more: true }), "2025-10-01"), settings)).events;
  const passed = later.find((event) => event.uid === "wrenmoor-cs1-m3@example.github.io");
  assert.match(passed?.description ?? "", /^Date passed, no progress reported\./);
  const upcoming = events.find((event) => event.uid === "wrenmoor-cs1-m3@example.github.io");
  assert.match(upcoming?.description ?? "", /^No progress reported yet\./);
  assert.ok(
    [...later, ...events].every((event) => !event.description.includes("not started")),
    "no event says not started",
  );
});

test('an undated or recurring milestone gives no event; a "by" date is an all-day event on that day', () => {
  const loaded = wrenmoorLoaded();
  const council = deriveCouncil(
    {
      ...loaded,
      actions: loaded.actions.map((action) =>
        action.data.id === "WS1"
          ? {
              ...action,
              data: {
                ...action.data,
                milestones: [
                  { id: "WS1-M1", title: "To be reviewed" },
                  { id: "WS1-M2", title: "Spend reported", due: "every quarter" },
                  { id: "WS1-M3", title: "Approval rule in place", due: "by 2025-10-15" },
                  { id: "WS1-M4", title: "Rule reviewed", due: "by 2026-02" },
                ],
              },
            }
          : action,
      ),
    },
    settings.asOf,
  );
  const found = parse(milestoneCalendar(council, settings)).events.filter((event) => event.uid.startsWith("wrenmoor-ws1"));
  assert.equal(
    found.map((event) => [event.uid, event.start, event.end, event.allDay, event.summary]),
    [
      ["wrenmoor-ws1-m3@example.github.io", "2025-10-15", "2025-10-16", true, "Approval rule in place (due by 15 October 2025)"],
      ["wrenmoor-ws1-m4@example.github.io", "2026-02-28", "2026-03-01", true, "Rule reviewed (due by February 2026)"],
    ],
  );
});

test("a cancelled milestone is a cancelled event", () => {
  assert.is(events.find((event) => event.uid === "wrenmoor-ws1-m3@example.github.io")?.status, "CANCELLED");
  assert.is(events.find((event) => event.uid === "wrenmoor-ws1-m1@example.github.io")?.status, "CONFIRMED");
});

test("the calendar names itself and is published, as Outlook and Google Calendar expect", () => {
  assert.match(String(calendar.getFirstPropertyValue("prodid")), /^-\/\/Plan Pages\/\/Milestones\/\/EN$/);
  assert.is(calendar.getFirstPropertyValue("method"), "PUBLISH");
  assert.is(calendar.getFirstPropertyValue("x-wr-calname"), "Wrenmoor: Productivity Plan 2024 to 2027 milestones");
  assert.ok(text.endsWith("END:VCALENDAR\r\n"));
  assert.not.match(text, /[^\r]\n/);
});

test("every event is stamped with the as-of moment, so the same build gives the same file", () => {
  assert.ok(events.every((event) => event.stamp === "2025-08-01T11:00:00Z"));
  assert.is(milestoneCalendar(wrenmoor({ more: true }), settings), text);
});

test.run();
