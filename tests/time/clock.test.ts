import { test } from "uvu";
import * as assert from "uvu/assert";
import { asOfDate, asOfTimestamp, parseAsOfDate } from "../../lib/time/clock.ts";

const clockAt = (instant: string) => () => new Date(instant);
const noClock = () => {
  throw new Error("the clock was read although SOURCE_DATE_EPOCH was set");
};

test("SOURCE_DATE_EPOCH at 00:30 in British Summer Time is the next day's date", () => {
  // 2024-07-18T23:30:00Z is 00:30 BST on 19 July.
  assert.is(asOfDate({ SOURCE_DATE_EPOCH: "1721345400" }, noClock), "2024-07-19");
});

test("SOURCE_DATE_EPOCH either side of midnight in summer time gives the two London dates", () => {
  assert.is(asOfDate({ SOURCE_DATE_EPOCH: "1721343600" }, noClock), "2024-07-19"); // 23:00:00Z, 00:00 BST
  assert.is(asOfDate({ SOURCE_DATE_EPOCH: "1721343599" }, noClock), "2024-07-18"); // 22:59:59Z, 23:59:59 BST
});

test("SOURCE_DATE_EPOCH in winter is the UTC date, as London is on GMT", () => {
  assert.is(asOfDate({ SOURCE_DATE_EPOCH: "1705620600" }, noClock), "2024-01-18"); // 23:30 GMT on 18 January
});

test("SOURCE_DATE_EPOCH around the autumn clock change follows London", () => {
  assert.is(asOfDate({ SOURCE_DATE_EPOCH: "1729985400" }, noClock), "2024-10-27"); // 23:30Z on 26 October is 00:30 BST
  assert.is(asOfDate({ SOURCE_DATE_EPOCH: "1729989000" }, noClock), "2024-10-27");
});

test("SOURCE_DATE_EPOCH of 0 is 1 January 1970", () => {
  assert.is(asOfDate({ SOURCE_DATE_EPOCH: "0" }, noClock), "1970-01-01");
});

test("without SOURCE_DATE_EPOCH the date is today in London", () => {
  assert.is(asOfDate({}, clockAt("2024-07-18T23:30:00Z")), "2024-07-19");
  assert.is(asOfDate({ SOURCE_DATE_EPOCH: undefined }, clockAt("2024-07-18T22:30:00Z")), "2024-07-18");
  assert.is(asOfDate({ SOURCE_DATE_EPOCH: "" }, clockAt("2025-01-01T00:30:00Z")), "2025-01-01");
});

test("the default clock gives a real date", () => {
  assert.match(asOfDate({}), /^\d{4}-\d{2}-\d{2}$/);
});

test("a SOURCE_DATE_EPOCH that is not whole seconds stops the build with a clear message", () => {
  for (const value of ["yesterday", "1.5", "-1", "1e9", "2024-07-19", "99999999999999999999"]) {
    assert.throws(
      () => asOfDate({ SOURCE_DATE_EPOCH: value }, noClock),
      (error: unknown) =>
        error instanceof Error && error.message.includes("SOURCE_DATE_EPOCH must be whole seconds") && error.message.includes(value),
      value,
    );
  }
  assert.throws(() => asOfTimestamp({ SOURCE_DATE_EPOCH: "soon" }, noClock), /SOURCE_DATE_EPOCH/);
});

test("the timestamp is the instant in UTC, to the second", () => {
  assert.is(asOfTimestamp({ SOURCE_DATE_EPOCH: "1795392000" }, noClock), "2026-11-23T00:00:00Z");
  assert.is(asOfTimestamp({ SOURCE_DATE_EPOCH: "1721345400" }, noClock), "2024-07-18T23:30:00Z");
  assert.is(asOfTimestamp({}, clockAt("2024-07-18T23:30:00.789Z")), "2024-07-18T23:30:00Z");
});

test("AS_OF gives the day itself, and wins over SOURCE_DATE_EPOCH", () => {
  assert.is(asOfDate({ AS_OF: "2027-02-10", SOURCE_DATE_EPOCH: "1795435200" }), "2027-02-10");
  assert.is(asOfDate({ AS_OF: "2026-07-01" }), "2026-07-01");
  assert.is(asOfTimestamp({ AS_OF: "2026-07-01" }), "2026-06-30T23:00:00Z");
});

test("a day for --as-of must be a real date written year-month-day, and the message says so", () => {
  assert.equal(parseAsOfDate("2027-02-10"), { date: "2027-02-10" });
  assert.equal(parseAsOfDate("1795435200"), { problem: 'must be a date written year-month-day, for example 2027-02-10, not "1795435200"' });
  assert.equal(parseAsOfDate("2027-02-30"), {
    problem: 'must be a date written year-month-day, for example 2027-02-10, not "2027-02-30", which is not a real date',
  });
  assert.throws(() => asOfDate({ AS_OF: "10/02/2027" }), /AS_OF must be a date written year-month-day/);
});

test.run();
