import { test } from "uvu";
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

test("the minimal fixture and the real councils' transcribed plans have no warnings", () => {
  assert.equal(warningsAfter({}), []);
  assert.equal(loadContent("tests/fixtures/real").errors.map(formatContentError), []);
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
    'updates/2024-25-q3.md:10:1 warning: measures: CS1-K2 "Calls answered within 60 seconds" has no value in this update (add it under measures, for example CS1-K2: { value: 42 }, or say in the narrative why there is no figure)',
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

test.run();
