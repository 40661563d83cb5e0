/**
 * Counts and measures for people, in GOV.UK style
 * (https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style#numbers): numerals with commas from 1,000,
 * "%" without a space, and "once" and "twice" in words.
 */
import { formatMoney } from "./money.ts";

// At most three decimal places, as councils write measures: "71.5", "3.25".
const numbers = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 3 });

function assertFinite(n: number): void {
  if (!Number.isFinite(n)) throw new RangeError(`cannot show ${n} as a number`);
}

/** "1,204"; decimals as given, to at most three places. */
/** "The Commissioners" from "the Commissioners": the first letter up, the rest as written (Nunjucks' capitalize lowers it). */
export function capitaliseFirst(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** "no progress reported on ..." from "No progress reported on ...", to follow "As of 23 November 2026, ". */
export function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

export function formatCount(n: number): string {
  assertFinite(n);
  // Intl writes minus zero as "-0".
  return numbers.format(n === 0 ? 0 : n);
}

/**
 * `n` with the singular or plural word: "1 action", "3 actions", "1,204 calls". The plural defaults to the
 * singular with "s"; give it for other words ("1 activity", "2 activities").
 */
export function pluralise(n: number, singular: string, plural: string = `${singular}s`): string {
  return `${formatCount(n)} ${Math.abs(n) === 1 ? singular : plural}`;
}

/** "1 day", "45 days". */
export function formatDays(n: number): string {
  return pluralise(n, "day");
}

/** "once", "twice", "3 times". */
export function formatTimes(n: number): string {
  if (n === 1) return "once";
  if (n === 2) return "twice";
  return `${formatCount(n)} times`;
}

/**
 * A measure's value with its unit: "71.5%", "£120,000", "12 days", "1,204 calls". Other units are written
 * as the council gave them, whatever the number: turning "days" into "day" is easy, but no rule turns every
 * unit a council might use ("calls per 1,000 residents") into its singular.
 */
export function formatMeasure(value: number, unit: string | undefined): string {
  const trimmedUnit = (unit ?? "").trim();
  if (trimmedUnit === "%") return `${formatCount(value)}%`;
  if (trimmedUnit === "£") return formatMoney(value);
  if (trimmedUnit === "") return formatCount(value);
  return `${formatCount(value)} ${trimmedUnit}`;
}
