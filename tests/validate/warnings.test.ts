import { test } from "uvu";
import { readFileSync } from "node:fs";
import * as assert from "uvu/assert";
import { formatContentError, hasErrors } from "../../lib/errors.ts";
import { loadContent } from "../../lib/load/content.ts";
import { editedMinimalCopy, printedFrom } from "../helpers/minimal-copy.ts";

/**
 * Copies the minimal fixture, replaces one piece of text in each named file (a new file when `from` is ""), loads
 * it, and returns every warning as printed, with paths from the council folder. It fails if anything is an error:
 * warnings are what a reviewer sees on content that is otherwise valid.
 */
function warningsAfter(edits: Record<string, [from: string, to: string]>): string[] {
  const dir = editedMinimalCopy(edits);
  const { errors } = loadContent(dir);
  assert.is(hasErrors(errors), false, errors.map(formatContentError).join("\n"));
  return errors.map((error) => printedFrom(dir, error));
}

const fourthQuarter = (
  published: string,
  milestones: string,
  measures = "measures:\n  CS1-K1: { value: 30 }\n",
  narrative = "The portal went live.",
  period = "2024/25 Q4",
) => `---\nperiod: "${period}"\npublished: "${published}"\nmilestones:\n${milestones}${measures}---\n${narrative}\n`;

/** CS1 with a second measure, so that an update can give one figure and leave the other out. */
const secondMeasure: [string, string] = [
  '    target: { value: 50, date: "2027-03-31" }\n',
  '    target: { value: 50, date: "2027-03-31" }\n  - id: "CS1-K2"\n    title: "Calls answered within 60 seconds"\n    unit: "%"\n',
];

test("the minimal fixture has no warnings, and the real councils' transcribed plans only the one their report leaves open", () => {
  assert.equal(warningsAfter({}), []);
  // Spelthorne's January 2025 update gives only the month HC-2-M1 was completed, and completed takes a day.
  assert.equal(loadContent("tests/fixtures/real").errors.map(formatContentError), [
    'tests/fixtures/real/councils/spelthorne/updates/2025-01-update.md:35:14 warning: milestones, HC-2-M1, status: HC-2-M1 is "complete" but no report gives the date it was completed (add the date, for example HC-2-M1: { status: "complete", completed: "2025-03-31" }; without it the site says it is complete but not when)',
  ]);
});

test("a milestone past its due date that the latest update leaves out is a warning on that update", () => {
  const update = fourthQuarter("2025-04-20", '  CS1-M1: { status: "complete", completed: "2025-03-28" }\n');
  assert.equal(warningsAfter({ "updates/2024-25-q4.md": ["", update] }), [
    'updates/2024-25-q4.md:4:1 warning: milestones: CS1-M2 "Paper forms withdrawn" was due by March 2025, is not complete, and this update gives it no status (add it under milestones with its status, for example CS1-M2: { status: "delayed" })',
  ]);
});

test("a milestone is judged on its revised date, and one not yet due or already complete needs no status", () => {
  // CS1-M1 moved to 31 March 2025 in Q3; on 31 March itself it is not yet past due.
  const update = fourthQuarter("2025-03-31", '  CS1-M2: { status: "on track" }\n');
  assert.equal(warningsAfter({ "updates/2024-25-q4.md": ["", update] }), []);
  // On 1 April it is, though the plan first said 31 December 2024 and the earlier updates said "on track".
  const later = fourthQuarter("2025-04-01", '  CS1-M2: { status: "complete", completed: "2025-03-20" }\n');
  assert.equal(warningsAfter({ "updates/2024-25-q4.md": ["", later] }), [
    'updates/2024-25-q4.md:4:1 warning: milestones: CS1-M1 "Portal live" was due by 31 March 2025, is not complete, and this update gives it no status (add it under milestones with its status, for example CS1-M1: { status: "delayed" })',
  ]);
});

test("an update published more than 13 weeks after its period ended is a warning at its published date", () => {
  // 2024/25 Q3 ended on 31 December 2024: 91 days later is 1 April 2025, the last day without a warning.
  assert.equal(warningsAfter({ "updates/2024-25-q3.md": ['published: "2025-02-11"', 'published: "2025-04-01"'] }), []);
  assert.equal(warningsAfter({ "updates/2024-25-q3.md": ['published: "2025-02-11"', 'published: "2025-04-15"'] }), [
    "updates/2024-25-q3.md:3:13 warning: published: 2025-04-15 is 15 weeks after 2024/25 Q3 ended (2024-12-31) (check the period and the date: a report is usually published within 13 weeks of its period ending)",
  ]);
});

test("lateness is judged on the end of whatever period the report covers, a half year included", () => {
  // 2024/25 H1 ended on 30 September 2024, so a report on 11 February 2025 is 19 weeks after.
  const half = fourthQuarter("2025-02-11", '  CS1-M1: { status: "on track" }\n', "", "Half-year report.", "2024/25 H1");
  assert.equal(warningsAfter({ "updates/first-half.md": ["", half] }), [
    "updates/first-half.md:3:13 warning: published: 2025-02-11 is 19 weeks after 2024/25 H1 ended (2024-09-30) (check the period and the date: a report is usually published within 13 weeks of its period ending)",
  ]);
});

test("a measure with no value in a latest update that gives other figures is a warning; an earlier update without it is not", () => {
  assert.equal(warningsAfter({ "updates/2024-25-q2.md": ["measures:\n  CS1-K1: { value: 14 }\n", ""] }), []);
  assert.equal(warningsAfter({ "actions/CS1.yaml": secondMeasure }), [
    'updates/2024-25-q3.md:10:1 warning: measures: CS1-K2 "Calls answered within 60 seconds" has no value in this update (add it under measures, for example CS1-K2: { value: 42 }, or say why there is none: CS1-K2: { no_figure: "Figures for the quarter are published in February." })',
  ]);
});

test("a latest update that gives no figures at all is not asked for each one", () => {
  assert.equal(warningsAfter({ "updates/2024-25-q3.md": ["measures:\n  CS1-K1: { value: 21 }\n", ""] }), []);
});

test("a latest update that rates no milestone is not asked to rate the overdue ones", () => {
  // CS1-M2 was due by March 2025 and no one has rated it; a report that only comments is not expected to rate it.
  const notes = fourthQuarter("2025-04-20", '  CS1-M1: { note: "Went live in March." }\n');
  assert.equal(warningsAfter({ "updates/2024-25-q4.md": ["", notes] }), []);
});

test("the latest update is the one whose period ends last, whatever its file is called", () => {
  const update = fourthQuarter("2025-04-20", '  CS1-M1: { status: "complete", completed: "2025-03-28" }\n');
  assert.equal(warningsAfter({ "updates/a-year-end.md": ["", update] }), [
    'updates/a-year-end.md:4:1 warning: milestones: CS1-M2 "Paper forms withdrawn" was due by March 2025, is not complete, and this update gives it no status (add it under milestones with its status, for example CS1-M2: { status: "delayed" })',
  ]);
});

test("an update whose narrative still has the scaffolded placeholder is a warning at the placeholder's line", () => {
  const narrative = "## Summary\n\nReplace this paragraph with what happened in January to March 2025.";
  const update = fourthQuarter("2025-03-31", '  CS1-M2: { status: "on track" }\n', undefined, narrative);
  assert.equal(warningsAfter({ "updates/2024-25-q4.md": ["", update] }), [
    'updates/2024-25-q4.md:11:1 warning: the narrative still has the placeholder "Replace this paragraph..." (write what happened this quarter in its place)',
  ]);
});

const meeting = (body: string, date: string) => `considered_by:\n  body: "${body}"\n  date: "${date}"\n`;

test("a meeting dated before the report's period ended and before it was published is a warning, until this report's meeting is given", () => {
  // Copied from the Q2 report: its meeting on 12 November 2024 was before Q3 ended on 31 December.
  const copied = ['published: "2025-02-11"\n', `published: "2025-02-11"\n${meeting("Cabinet", "2024-11-12")}`] as [string, string];
  assert.equal(warningsAfter({ "updates/2024-25-q3.md": copied }), [
    "updates/2024-25-q3.md:6:10 warning: considered_by, date: 2024-11-12 is before 2024/25 Q3 ended (2024-12-31) and before the report was published (2025-02-11), so that meeting cannot have considered this report (give the date of the meeting that considered this report, or remove considered_by if none has)",
  ]);
  const answered = ['published: "2025-02-11"\n', `published: "2025-02-11"\n${meeting("Cabinet", "2025-02-04")}`] as [string, string];
  assert.equal(warningsAfter({ "updates/2024-25-q3.md": answered }), []);
});

test("the same meeting as the previous report's is a warning at considered_by", () => {
  const q2 = ['published: "2024-11-05"\n', `published: "2024-11-05"\n${meeting("Cabinet", "2024-11-12")}`] as [string, string];
  const q3 = ['published: "2025-02-11"\n', `published: "2025-02-11"\n${meeting("Cabinet", "2024-11-12")}`] as [string, string];
  assert.equal(warningsAfter({ "updates/2024-25-q2.md": q2, "updates/2024-25-q3.md": q3 }), [
    `updates/2024-25-q3.md:4:1 warning: considered_by: is the same meeting as the previous report's (Cabinet, 2024-11-12, in updates/2024-25-q2.md) (give the meeting that considered this report, with its date and link, or remove considered_by until there is one)`,
  ]);
  const next = ['published: "2025-02-11"\n', `published: "2025-02-11"\n${meeting("Cabinet", "2025-02-04")}`] as [string, string];
  assert.equal(warningsAfter({ "updates/2024-25-q2.md": q2, "updates/2024-25-q3.md": next }), []);
});

test("a report published more than two weeks before its meeting is a warning; with the meeting's papers, a week before, is not", () => {
  const early = ['published: "2025-02-11"\n', `published: "2025-01-10"\n${meeting("Cabinet", "2025-02-04")}`] as [string, string];
  assert.equal(warningsAfter({ "updates/2024-25-q3.md": early }), [
    "updates/2024-25-q3.md:3:13 warning: published: 2025-01-10 is 25 days before the meeting that considered the report (2025-02-04) (give the date this report was published; a report published with its meeting's papers goes online a week or so before the meeting)",
  ]);
  const withPapers = ['published: "2025-02-11"\n', `published: "2025-01-28"\n${meeting("Cabinet", "2025-02-04")}`] as [string, string];
  assert.equal(warningsAfter({ "updates/2024-25-q3.md": withPapers }), []);
});

test("a measure figure the same as the previous report's is a warning, unless the report says it is unchanged", () => {
  assert.equal(warningsAfter({ "updates/2024-25-q3.md": ["CS1-K1: { value: 21 }", "CS1-K1: { value: 14 }"] }), [
    "updates/2024-25-q3.md:11:20 warning: measures, CS1-K1, value: 14 is the same figure as the previous report's (2024/25 Q2) (put in this period's figure; if it really has not changed, say so: CS1-K1: { value: 14, unchanged: true })",
  ]);
  assert.equal(warningsAfter({ "updates/2024-25-q3.md": ["CS1-K1: { value: 21 }", "CS1-K1: { value: 14, unchanged: true }"] }), []);
});

test("a milestone made complete without the date it was completed is a warning, until the date is given", () => {
  const q3 = (progress: string) => ['  CS1-M2: { status: "on track" }', `  CS1-M2: ${progress}`] as [string, string];
  assert.equal(warningsAfter({ "updates/2024-25-q3.md": q3('{ status: "complete" }') }), [
    'updates/2024-25-q3.md:9:22 warning: milestones, CS1-M2, status: CS1-M2 is "complete" but no report gives the date it was completed (add the date, for example CS1-M2: { status: "complete", completed: "2024-12-31" }; without it the site says it is complete but not when)',
  ]);
  assert.equal(warningsAfter({ "updates/2024-25-q3.md": q3('{ status: "complete", completed: "2024-12-18" }') }), []);
  // Said again in a later report, the date an earlier report gave still holds.
  const again = fourthQuarter(
    "2025-04-20",
    '  WS1-M1: { status: "complete" }\n  CS1-M1: { status: "on track" }\n  CS1-M2: { status: "on track" }\n',
  );
  assert.equal(warningsAfter({ "updates/2024-25-q4.md": ["", again] }), []);
});

test("the council's own word for complete counts as complete", () => {
  const ratings: [string, string] = [
    "themes:\n",
    'ratings:\n  - { word: "Green", means: "on track" }\n  - { word: "Done", means: "complete" }\nthemes:\n',
  ];
  const q3: [string, string] = ['  CS1-M2: { status: "on track" }', '  CS1-M2: { status: "Done" }'];
  assert.equal(warningsAfter({ "plan.yaml": ratings, "updates/2024-25-q3.md": q3 }).length, 1);
});

test("a measure the latest report gives no figure for stops being a warning once the report says why", () => {
  const why = ["CS1-K1: { value: 21 }\n", 'CS1-K1: { value: 21 }\n  CS1-K2: { no_figure: "The survey runs once a year, in March." }\n'] as [
    string,
    string,
  ];
  assert.equal(warningsAfter({ "actions/CS1.yaml": secondMeasure, "updates/2024-25-q3.md": why }), []);
});

test("a copied report whose period was left unchanged is a warning at its period, naming the next quarter", () => {
  const copy = readFileSync("tests/fixtures/minimal/councils/wrenmoor/updates/2024-25-q3.md", "utf8")
    .replace('published: "2025-02-11"', 'published: "2025-04-20"')
    .replace("{ value: 21 }", "{ value: 30 }");
  const warnings = warningsAfter({ "updates/2024-25-q4.md": ["", copy] });
  assert.ok(
    warnings.includes(
      'updates/2024-25-q4.md:2:10 warning: period: 2024/25 Q3 is the period of updates/2024-25-q3.md too (change period to the period this report covers, for example "2024/25 Q4"; the file\'s name can stay as it is)',
    ),
    warnings.join("\n"),
  );
  assert.not.ok(
    warningsAfter({ "updates/2024-25-q4.md": ["", copy.replace('period: "2024/25 Q3"', 'period: "2024/25 Q4"')] }).some((warning) =>
      warning.includes("is the period of"),
    ),
  );
  // Another author's report on the same quarter (the Commissioners', say) is not a copy.
  const theirs = copy.replace('period: "2024/25 Q3"', 'period: "2024/25 Q3"\nauthor: "the Commissioners"');
  assert.not.ok(warningsAfter({ "updates/commissioners.md": ["", theirs] }).some((warning) => warning.includes("is the period of")));
});

test.run();
