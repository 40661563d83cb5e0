/** Formatting for people, GOV.UK style: dates, money and numbers. Templates get these as filters. */
export * from "./dates.ts";
export * from "./money.ts";
export * from "./numbers.ts";
