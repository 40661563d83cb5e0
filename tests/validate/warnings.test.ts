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
) => `---\nquarter: "2024/25 Q4"\npublished: "${published}"\nmilestones:\n${milestones}${measures}---\n${narrative}\n`;

test("the minimal fixture and the example content have no warnings", () => {
  assert.equal(warningsAfter({}), []);
  assert.equal(loadContent("content").errors.map(formatContentError), []);
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

test("an update published more than 13 weeks after its quarter ended is a warning at its published date", () => {
  // 2024/25 Q3 ended on 31 December 2024: 91 days later is 1 April 2025, the last day without a warning.
  assert.equal(warningsAfter({ "updates/2024-25-q3.md": ['published: "2025-02-11"', 'published: "2025-04-01"'] }), []);
  assert.equal(warningsAfter({ "updates/2024-25-q3.md": ['published: "2025-02-11"', 'published: "2025-04-15"'] }), [
    "updates/2024-25-q3.md:3:13 warning: published: 2025-04-15 is 15 weeks after 2024/25 Q3 ended (2024-12-31) (check the quarter and the date: an update is usually published within 13 weeks of its quarter ending)",
  ]);
});

test("a measure with no value in the latest update is a warning; an earlier update without it is not", () => {
  assert.equal(warningsAfter({ "updates/2024-25-q2.md": ["measures:\n  CS1-K1: { value: 14 }\n", ""] }), []);
  assert.equal(warningsAfter({ "updates/2024-25-q3.md": ["measures:\n  CS1-K1: { value: 21 }\n", ""] }), [
    'updates/2024-25-q3.md:2:1 warning: CS1-K1 "Accounts opened online" has no value in this update (add it under measures, for example CS1-K1: { value: 42 }, or say in the narrative why there is no figure)',
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
