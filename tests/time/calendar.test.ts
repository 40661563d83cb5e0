import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  addDays,
  calendarDate,
  compareDates,
  dateParts,
  daysBetween,
  daysInMonth,
  isLeapYear,
  isRealDate,
  parseCalendarDate,
} from "../../lib/time/calendar.ts";

test("a real date is accepted, including 29 February in a leap year", () => {
  assert.ok(isRealDate("2024-07-19"));
  assert.ok(isRealDate("2024-02-29"));
  assert.ok(isRealDate("2000-02-29"));
  assert.ok(isRealDate("2024-12-31"));
});

test("a day that does not exist is not a real date", () => {
  assert.not.ok(isRealDate("2023-02-29"));
  assert.not.ok(isRealDate("1900-02-29"));
  assert.not.ok(isRealDate("2024-02-30"));
  assert.not.ok(isRealDate("2024-04-31"));
  assert.not.ok(isRealDate("2024-13-01"));
  assert.not.ok(isRealDate("2024-00-10"));
  assert.not.ok(isRealDate("2024-01-00"));
});

test("text not written year-month-day is not a real date", () => {
  assert.not.ok(isRealDate("19/07/2024"));
  assert.not.ok(isRealDate("2024-7-19"));
  assert.not.ok(isRealDate("2024-07-19T00:00"));
  assert.not.ok(isRealDate(" 2024-07-19"));
  assert.not.ok(isRealDate(""));
});

test("leap years follow the Gregorian rule of 4, 100 and 400", () => {
  assert.ok(isLeapYear(2024));
  assert.ok(isLeapYear(2000));
  assert.not.ok(isLeapYear(2023));
  assert.not.ok(isLeapYear(2100));
});

test("months have the right number of days", () => {
  assert.is(daysInMonth(2024, 2), 29);
  assert.is(daysInMonth(2025, 2), 28);
  assert.is(daysInMonth(2025, 4), 30);
  assert.is(daysInMonth(2025, 3), 31);
  assert.is(daysInMonth(2025, 12), 31);
});

test("a date splits into year, month and day, and is written back with leading zeros", () => {
  assert.equal(parseCalendarDate("2024-07-09"), { year: 2024, month: 7, day: 9 });
  assert.is(parseCalendarDate("2024-02-30"), undefined);
  assert.equal(dateParts("2025-01-15"), { year: 2025, month: 1, day: 15 });
  assert.throws(() => dateParts("2025-02-30"), /"2025-02-30" is not a calendar date/);
  assert.is(calendarDate(2024, 7, 9), "2024-07-09");
});

test("days between two dates counts whole days, to minus from", () => {
  assert.is(daysBetween("2024-07-19", "2024-07-19"), 0);
  assert.is(daysBetween("2024-07-19", "2024-07-20"), 1);
  assert.is(daysBetween("2024-07-20", "2024-07-19"), -1);
  assert.is(daysBetween("2024-04-01", "2025-03-31"), 364);
  assert.is(daysBetween("2025-04-01", "2026-03-31"), 364);
  assert.is(daysBetween("2024-01-01", "2025-01-01"), 366);
  assert.is(daysBetween("2023-01-01", "2024-01-01"), 365);
});

test("days between dates either side of a clock change has no off-by-one", () => {
  // Clocks went forward on 31 March 2024 and back on 27 October 2024.
  assert.is(daysBetween("2024-03-30", "2024-04-01"), 2);
  assert.is(daysBetween("2024-10-26", "2024-10-28"), 2);
  assert.is(daysBetween("2024-03-31", "2024-10-27"), 210);
});

test("days between dates across 29 February counts the leap day", () => {
  assert.is(daysBetween("2024-02-28", "2024-03-01"), 2);
  assert.is(daysBetween("2023-02-28", "2023-03-01"), 1);
});

test("adding days crosses month, year and financial year ends", () => {
  assert.is(addDays("2025-03-31", 1), "2025-04-01");
  assert.is(addDays("2025-04-01", -1), "2025-03-31");
  assert.is(addDays("2024-12-31", 1), "2025-01-01");
  assert.is(addDays("2025-01-01", -1), "2024-12-31");
  assert.is(addDays("2024-02-28", 1), "2024-02-29");
  assert.is(addDays("2023-02-28", 1), "2023-03-01");
  assert.is(addDays("2024-07-19", 0), "2024-07-19");
  assert.is(addDays("2024-07-19", 365), "2025-07-19");
});

test("adding days and counting them agree over many years", () => {
  let date = "1999-12-25";
  for (let step = 1; step <= 12000; step += 1) {
    const next = addDays(date, 1);
    assert.is(daysBetween(date, next), 1, `after ${date}`);
    assert.ok(isRealDate(next), next);
    date = next;
  }
  assert.is(date, "2032-11-01");
});

test("adding part of a day or adding to a non-date is refused", () => {
  assert.throws(() => addDays("2024-07-19", 0.5), /whole days/);
  assert.throws(() => addDays("2024-02-30", 1), /not a calendar date/);
  assert.throws(() => daysBetween("2024-07-19", "19 July 2024"), /not a calendar date/);
});

test("dates compare in calendar order", () => {
  assert.is(compareDates("2024-07-19", "2024-07-20"), -1);
  assert.is(compareDates("2025-01-01", "2024-12-31"), 1);
  assert.is(compareDates("2024-07-19", "2024-07-19"), 0);
  assert.equal(["2025-03-31", "2024-04-01", "2024-12-31"].sort(compareDates), ["2024-04-01", "2024-12-31", "2025-03-31"]);
});

test.run();
