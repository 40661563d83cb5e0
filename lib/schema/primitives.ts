/**
 * Building blocks shared by every content file's schema. Each carries a description: the officer's
 * field reference (docs/fields.md) and editor hover text are generated from these.
 */
import { Type } from "@sinclair/typebox";

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

/** A financial quarter: "2024/25 Q2" is July to September 2024. */
export const FinancialQuarterText = Type.String({
  pattern: "^\\d{4}/\\d{2} Q[1-4]$",
  description: 'A financial quarter, written "2024/25 Q2" (Q1 is April to June, Q4 is January to March).',
  examples: ["2024/25 Q2"],
});

/**
 * When something is due, at the precision the council gave it: a day, a month, a quarter,
 * a financial year, or "ongoing" for work with no end date.
 */
export const DueDate = Type.String({
  pattern: "^(\\d{4}-\\d{2}-\\d{2}|\\d{4}-\\d{2}|\\d{4}/\\d{2} Q[1-4]|\\d{4}/\\d{2}|ongoing)$",
  description:
    'When it is due, as precisely as the plan says: a day "2025-03-31", a month "2025-03", a quarter "2024/25 Q4", a financial year "2024/25", or "ongoing".',
  examples: ["2025-03-31", "2025-03", "2024/25 Q4", "2024/25", "ongoing"],
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
