/**
 * Building blocks shared by every content file's schema. Each carries a description: the officer's
 * field reference (docs/fields.md) and editor hover text are generated from these.
 */
import { Type } from "@sinclair/typebox";
import { milestoneStatuses } from "./vocabulary.ts";

/** A calendar date, "2024-07-19". The loader checks that the day exists (no 30 February). */
export const CalendarDate = (description: string) =>
  Type.String({
    pattern: "^\\d{4}-\\d{2}-\\d{2}$",
    description: `${description} Written year-month-day, for example "2024-07-19".`,
    examples: ["2024-07-19"],
  });

/** A financial year, April to March: "2024/25". */
export const FinancialYearText = Type.String({
  pattern: "^\\d{4}/\\d{2}$",
  description: 'A financial year, April to March, written "2024/25".',
  examples: ["2024/25"],
});

/**
 * When something is due, as precisely as the council gave it: a day, a month, a quarter, a financial year, a
 * calendar year, "by" a day or month, "ongoing", or recurring ("every quarter"). Leave the field out when the
 * source gives no date. lib/time/due-date.ts reads each form and says when it is overdue.
 */
export const DueDate = Type.String({
  pattern:
    "^(\\d{4}-\\d{2}-\\d{2}|\\d{4}-\\d{2}|\\d{4}/\\d{2} Q[1-4]|\\d{4}/\\d{2}|\\d{4}|by \\d{4}-\\d{2}(-\\d{2})?|ongoing|every (month|quarter|six months|year))$",
  description:
    'When it is due, as precisely as the plan says: a day "2025-03-31", a month "2025-03", a quarter "2024/25 Q4", a financial year "2024/25", a calendar year "2025", by a date "by 2025-03-31" or "by 2025-03", "ongoing", or recurring "every quarter" (also "every month", "every six months", "every year"). Leave it out when the plan gives no date.',
  examples: ["2025-03-31", "2025-03", "2024/25 Q4", "2024/25", "2025", "by 2025-03-31", "ongoing", "every quarter"],
});

/** A day, or "by" a day, for dates a council gave as a deadline: "submitted by 19 July 2024". */
export const DayOrBy = (description: string) =>
  Type.String({
    pattern: "^(by )?\\d{4}-\\d{2}-\\d{2}$",
    description: `${description} Written year-month-day, "2024-07-19", or "by 2024-07-19" when the source gives only a deadline.`,
    examples: ["2024-07-19", "by 2024-07-19"],
  });

/**
 * The period a progress report covers: a financial quarter, a half year (H1 is April to September), a whole
 * financial year, or two dates.
 */
export const ReportPeriodText = Type.String({
  pattern: "^(\\d{4}/\\d{2}( Q[1-4]| H[12])?|\\d{4}-\\d{2}-\\d{2} to \\d{4}-\\d{2}-\\d{2})$",
  description:
    'The period the report covers: a quarter "2024/25 Q2", a half year "2024/25 H1" (April to September) or "2024/25 H2" (October to March), a whole financial year "2024/25", or two dates "2024-04-01 to 2024-12-31".',
  examples: ["2024/25 Q2", "2024/25 H1", "2024/25", "2024-04-01 to 2024-12-31"],
});

/** A status as a plan or report gives it: one of the site's words, or one of the council's own rating words. */
export const StatusWord = (description: string) =>
  Type.String({
    minLength: 1,
    maxLength: 60,
    description: `${description} One of: ${milestoneStatuses.join(", ")}; or one of the council's own rating words listed under \`ratings\` in plan.yaml.`,
    examples: [...milestoneStatuses],
  });

/** Ids name milestones, measures, actions, themes and barriers; they appear in web addresses. */
export const Id = Type.String({
  pattern: "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$",
  maxLength: 40,
  description: 'A short reference, letters, digits and hyphens only, for example "CS1" or "CS1-M2". It appears in web addresses.',
});

export const WebAddress = (description: string) =>
  Type.String({
    pattern: "^https?://[^\\s]+$",
    description: `${description} A full web address starting "https://".`,
  });

/** Plain text on one line. */
export const Line = (description: string) => Type.String({ minLength: 1, maxLength: 300, description });

/** Text that may run to paragraphs; Markdown is allowed. */
export const Prose = (description: string) => Type.String({ minLength: 1, maxLength: 20000, description });

/** Money in pounds: a number, not text; no "£" and no commas. */
export const Pounds = (description: string) =>
  Type.Number({ minimum: 0, maximum: 1e11, description: `${description} In pounds, as a number without "£" or commas, for example 120000.` });
