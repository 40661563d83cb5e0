/**
 * The only place that reads the clock. Everything else takes an as-of date, so a build is reproducible:
 * set SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/) and the same content gives
 * the same site, with the same "overdue" labels, on any day.
 */
import { DateTime } from "luxon";

/** Council dates are in UK time: a build at 00:30 BST on 19 July is on 19 July, though UTC says 18 July. */
export const councilTimeZone = "Europe/London";

type Environment = Record<string, string | undefined>;

/**
 * A day to judge the site on, as `--as-of` and AS_OF take it: "2027-02-10", a real date written year-month-day.
 */
export function parseAsOfDate(text: string): { date: string } | { problem: string } {
  const form = "must be a date written year-month-day, for example 2027-02-10";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return { problem: `${form}, not "${text}"` };
  const date = DateTime.fromISO(text, { zone: councilTimeZone });
  if (!date.isValid) return { problem: `${form}, not "${text}", which is not a real date` };
  return { date: text };
}

/**
 * AS_OF (a day) when set, else SOURCE_DATE_EPOCH when set, else the clock. An empty value counts as unset, as CI systems often pass one.
 * The specification asks for a non-negative whole number of seconds and for tools to fail on anything else
 * rather than guess.
 */
function asOfInstant(env: Environment, now: () => Date): DateTime {
  const day = env["AS_OF"]?.trim();
  if (day !== undefined && day !== "") {
    const parsed = parseAsOfDate(day);
    if ("problem" in parsed) throw new Error(`AS_OF ${parsed.problem}`);
    // The start of that day in the UK, so that asOfDate gives the day itself.
    return DateTime.fromISO(parsed.date, { zone: councilTimeZone });
  }
  const text = env["SOURCE_DATE_EPOCH"]?.trim();
  if (text === undefined || text === "") {
    const instant = DateTime.fromJSDate(now());
    if (!instant.isValid) throw new Error("the system clock did not give a valid time");
    return instant;
  }
  const instant = /^\d+$/.test(text) ? DateTime.fromSeconds(Number(text)) : undefined;
  if (!instant?.isValid) {
    throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1 January 1970 UTC, for example 1721347200, not "${text}"`);
  }
  return instant;
}

/** The date the site is built as of, "2024-07-19", in Europe/London. */
export function asOfDate(env: Environment, now: () => Date = () => new Date()): string {
  const date = asOfInstant(env, now).setZone(councilTimeZone).toISODate();
  if (date === null) throw new Error("the as-of date could not be worked out in Europe/London");
  return date;
}

/** The same moment as an ISO instant in UTC, "2024-07-18T23:30:00Z", for feeds' updated dates. */
export function asOfTimestamp(env: Environment, now: () => Date = () => new Date()): string {
  const instant = asOfInstant(env, now).toUTC().startOf("second");
  const timestamp = instant.toISO({ suppressMilliseconds: true });
  if (timestamp === null) throw new Error("the as-of time could not be written as an ISO instant");
  return timestamp;
}
