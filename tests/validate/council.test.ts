import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadContent } from "../../lib/load/content.ts";
import { editedMinimalCopy, printedFrom } from "../helpers/minimal-copy.ts";

/**
 * Copies the minimal fixture, replaces one piece of text in each named file (a new file when `from` is ""),
 * loads it, and returns every error as printed, with paths from the council folder. Warnings, which never fail
 * a build, are left to their own tests.
 */
function errorsAfter(edits: Record<string, [from: string, to: string]>): string[] {
  const dir = editedMinimalCopy(edits);
  return loadContent(dir)
    .errors.filter((error) => error.severity === "error")
    .map((error) => printedFrom(dir, error));
}

test("the minimal fixture is valid", () => {
  assert.equal(errorsAfter({}), []);
});

// Real dates

test("an impossible approval date is refused at its line", () => {
  assert.equal(errorsAfter({ "plan.yaml": ['date: "2024-07-10"', 'date: "2024-02-30"'] }), [
    'plan.yaml:10:10 approval.date: "2024-02-30" is not a real date (check the day exists in that month)',
  ]);
});

test("an impossible due date says how many days the month has", () => {
  assert.equal(errorsAfter({ "actions/CS1.yaml": ['due: "2025/26 Q2"', 'due: "2024-02-30"'] }), [
    'actions/CS1.yaml:15:11 milestones[2].due: "2024-02-30" is not a real date (February 2024 has 29 days)',
  ]);
  assert.equal(errorsAfter({ "actions/CS1.yaml": ['due: "2024-12-31"', 'due: "2025-02-29"'] }), [
    'actions/CS1.yaml:9:11 milestones[0].due: "2025-02-29" is not a real date (February 2025 has 28 days)',
  ]);
});

test("a due month that does not exist is refused", () => {
  assert.equal(errorsAfter({ "actions/CS1.yaml": ['due: "2025-03"', 'due: "2025-13"'] }), [
    'actions/CS1.yaml:12:11 milestones[1].due: month 13 does not exist (write the month as 01 to 12, for example "2025-03" for March 2025)',
  ]);
});

test("a due financial year or quarter whose years do not follow on is refused with the right form", () => {
  const hint = "(a financial year runs from 1 April to 31 March, so 2024/25 is 1 April 2024 to 31 March 2025)";
  assert.equal(errorsAfter({ "actions/CS1.yaml": ['due: "2025/26 Q2"', 'due: "2025/27"'] }), [
    `actions/CS1.yaml:15:11 milestones[2].due: "2025/27" is not a financial year: write 2025/26 ${hint}`,
  ]);
  assert.equal(errorsAfter({ "actions/CS1.yaml": ['due: "2025/26 Q2"', 'due: "2025/27 Q2"'] }), [
    `actions/CS1.yaml:15:11 milestones[2].due: "2025/27 Q2" is not a financial quarter: write 2025/26 Q2 ${hint}`,
  ]);
});

test("a due date in words is refused with the forms that are allowed", () => {
  assert.equal(errorsAfter({ "actions/CS1.yaml": ['due: "2025/26 Q2"', 'due: "next spring"'] }), [
    'actions/CS1.yaml:15:11 milestones[2].due: "next spring" is not in the right form (When it is due, as precisely as the plan says: a day "2025-03-31", a month "2025-03", a quarter "2024/25 Q4", a financial year "2024/25", or "ongoing".)',
  ]);
});

test("every form of due date is accepted: day, month, quarter, financial year and ongoing", () => {
  assert.equal(
    errorsAfter({
      "actions/CS1.yaml": ['due: "2025/26 Q2"', 'due: "ongoing"'],
      "actions/WS1.yaml": ['due: "2024-09-30"', 'due: "2024/25"'],
    }),
    [],
  );
});

test("impossible dates in updates are refused: completion, revised due date and meeting date", () => {
  assert.equal(errorsAfter({ "updates/2024-25-q2.md": ['completed: "2024-09-20"', 'completed: "2024-09-31"'] }), [
    'updates/2024-25-q2.md:8:17 milestones.WS1-M1.completed: "2024-09-31" is not a real date (check the day exists in that month)',
  ]);
  assert.equal(errorsAfter({ "updates/2024-25-q3.md": ['revised_due: "2025-03-31"', 'revised_due: "2025-02-29"'] }), [
    'updates/2024-25-q3.md:7:19 milestones.CS1-M1.revised_due: "2025-02-29" is not a real date (February 2025 has 28 days)',
  ]);
  assert.equal(
    errorsAfter({
      "updates/2024-25-q3.md": [
        'published: "2025-02-11"',
        'published: "2025-02-11"\nconsidered_by:\n  body: "Scrutiny"\n  date: "2025-13-01"',
      ],
    }),
    ['updates/2024-25-q3.md:6:10 considered_by.date: "2025-13-01" is not a real date (check the day exists in that month)'],
  );
});

test("a plan that ends before it starts is refused", () => {
  assert.equal(errorsAfter({ "plan.yaml": ['to: "2026/27"', 'to: "2023/24"'] }), [
    'plan.yaml:4:8 period.to: "2023/24" is before the start of the plan',
  ]);
});

// Unique ids

test("a milestone id used in another action is refused, naming where it was first used, whatever its case", () => {
  assert.equal(errorsAfter({ "actions/WS1.yaml": ['id: "WS1-M1"', 'id: "cs1-m2"'], "updates/2024-25-q2.md": ["WS1-M1:", "cs1-m2:"] }), [
    'actions/WS1.yaml:7:10 milestones[0].id: the milestone id "cs1-m2" is already used at actions/CS1.yaml:10 (every action, milestone and measure needs its own id)',
  ]);
});

test("a measure may not share an id with a milestone", () => {
  const errors = errorsAfter({
    "actions/CS1.yaml": ['id: "CS1-K1"', 'id: "WS1-M1"'],
    "updates/2024-25-q2.md": ["CS1-K1:", "WS1-M1:"],
    "updates/2024-25-q3.md": ["CS1-K1:", "WS1-M1:"],
  });
  assert.equal(errors, [
    'actions/WS1.yaml:7:10 milestones[0].id: the milestone id "WS1-M1" is already used at actions/CS1.yaml:17 (every action, milestone and measure needs its own id)',
  ]);
});

test("two actions with the same id are refused, and the file name must match the id", () => {
  assert.equal(
    errorsAfter({ "actions/WS1.yaml": ['id: "WS1"', 'id: "CS1"'], "updates/2024-25-q2.md": ['action: "WS1"', 'action: "CS1"'] }),
    [
      'actions/WS1.yaml:1:6 id: the action id "CS1" is already used at actions/CS1.yaml:1 (every action, milestone and measure needs its own id)',
      'actions/WS1.yaml:1:6 id: "CS1" does not match the file name "WS1.yaml" (name the file CS1.yaml)',
    ],
  );
});

test("two barriers or two themes with the same id are refused", () => {
  const barrier = '    theme: "barriers"\n  - id: "b1"\n    title: "Again"\n    description: "Again."\n    ask: "Again."';
  assert.equal(errorsAfter({ "plan.yaml": ['    theme: "barriers"', barrier] }), [
    'plan.yaml:17:10 barriers[1].id: the id "b1" is used twice (give each one its own id)',
  ]);
  const themes =
    'themes:\n  - id: "services"\n    title: "Services"\n  - id: "Services"\n    title: "More services"\n  - id: "waste"\n    title: "Waste"\n  - id: "barriers"\n    title: "Barriers"\nbarriers:';
  assert.equal(errorsAfter({ "plan.yaml": ["barriers:", themes] }), [
    'plan.yaml:14:10 themes[1].id: the id "Services" is used twice (give each one its own id)',
  ]);
});

// References

test("an update naming a milestone that does not exist is refused at the milestone's line, with the known ids", () => {
  assert.equal(errorsAfter({ "updates/2024-25-q3.md": ["  CS1-M2: {", "  CS1-M9: {"] }), [
    'updates/2024-25-q3.md:9:3 milestones.CS1-M9: "CS1-M9" is not a milestone in this plan (known ids include: CS1-M1, CS1-M2, CS1-M3, ...)',
  ]);
});

test("an update naming a measure or an action that does not exist is refused", () => {
  assert.equal(errorsAfter({ "updates/2024-25-q3.md": ["  CS1-K1: {", "  CS1-K9: {"] }), [
    'updates/2024-25-q3.md:11:3 measures.CS1-K9: "CS1-K9" is not a measure in this plan (known ids include: CS1-K1)',
  ]);
  assert.equal(errorsAfter({ "updates/2024-25-q2.md": ['action: "WS1"', 'action: "WS2"'] }), [
    'updates/2024-25-q2.md:12:14 savings[0].action: "WS2" is not an action in this plan (known ids include: CS1, WS1)',
  ]);
});

test("an action or a barrier naming a theme the plan does not have is refused", () => {
  assert.equal(errorsAfter({ "actions/WS1.yaml": ['theme: "waste"', 'theme: "wastes"'] }), [
    'actions/WS1.yaml:3:9 theme: "wastes" is not a theme in this plan (themes: services, technology, waste, barriers)',
  ]);
  assert.equal(errorsAfter({ "plan.yaml": ['theme: "barriers"', 'theme: "barrier"'] }), [
    'plan.yaml:16:13 barriers[0].theme: "barrier" is not a theme in this plan (themes: services, technology, waste, barriers)',
  ]);
});

test("a plan with its own themes replaces the four default ones", () => {
  assert.equal(errorsAfter({ "plan.yaml": ["barriers:", 'themes:\n  - id: "people"\n    title: "People"\nbarriers:'] }), [
    'actions/CS1.yaml:3:9 theme: "services" is not a theme in this plan (themes: people)',
    'actions/WS1.yaml:3:9 theme: "waste" is not a theme in this plan (themes: people)',
    'plan.yaml:19:13 barriers[0].theme: "barriers" is not a theme in this plan (themes: people)',
  ]);
});

// Quarters

test("an update whose quarter does not match its file name is refused", () => {
  assert.equal(errorsAfter({ "updates/2024-25-q3.md": ['quarter: "2024/25 Q3"', 'quarter: "2024/25 Q4"'] }), [
    'updates/2024-25-q3.md:2:11 quarter: "2024/25 Q4" does not match the file name "2024-25-q3.md" (name the file 2024-25-q4.md)',
  ]);
});

test("a quarter whose years do not follow on, or with no such quarter, is refused", () => {
  assert.equal(errorsAfter({ "updates/2024-25-q3.md": ['quarter: "2024/25 Q3"', 'quarter: "2024/26 Q3"'] }), [
    'updates/2024-25-q3.md:2:11 quarter: "2024/26 Q3" is not a financial quarter (write the financial year then the quarter, for example "2024/25 Q2")',
  ]);
  assert.equal(errorsAfter({ "updates/2024-25-q3.md": ['quarter: "2024/25 Q3"', 'quarter: "2024/25 Q5"'] }), [
    'updates/2024-25-q3.md:2:11 quarter: "2024/25 Q5" is not in the right form (A financial quarter, written "2024/25 Q2" (Q1 is April to June, Q4 is January to March).)',
  ]);
});

test("an update for a quarter before the plan was approved is refused", () => {
  assert.equal(errorsAfter({ "updates/2024-25-q1.md": ["", '---\nquarter: "2024/25 Q1"\npublished: "2024-07-30"\n---\nEarly days.\n'] }), [
    "updates/2024-25-q1.md:2:11 quarter: 2024/25 Q1 is before the plan was approved on 2024-07-10 (progress updates start from the quarter the plan was approved in)",
  ]);
});

test("an update for the quarter the plan was approved in is accepted", () => {
  assert.equal(errorsAfter({ "plan.yaml": ['date: "2024-07-10"', 'date: "2024-09-30"'] }), []);
});

test("an update published before its quarter began is refused", () => {
  assert.equal(errorsAfter({ "updates/2024-25-q3.md": ['published: "2025-02-11"', 'published: "2024-09-11"'] }), [
    "updates/2024-25-q3.md:3:13 published: 2024-09-11 is before 2024/25 Q3 began (2024-10-01) (an update is published during or after its quarter)",
  ]);
});

// Completion dates

test("a completion date after the update's quarter ended is refused", () => {
  assert.equal(errorsAfter({ "updates/2024-25-q2.md": ['completed: "2024-09-20"', 'completed: "2024-10-02"'] }), [
    "updates/2024-25-q2.md:8:17 milestones.WS1-M1.completed: 2024-10-02 is after 2024/25 Q2 ended (2024-09-30) (report a completion in the update for the quarter it happened in)",
  ]);
});

test("a completion date after the update was published is refused", () => {
  const published = 'published: "2024-12-15"\nmilestones:\n  CS1-M1:\n    status: "complete"\n    completed: "2024-12-20"';
  assert.equal(
    errorsAfter({ "updates/2024-25-q3.md": ['published: "2025-02-11"\nmilestones:\n  CS1-M1:\n    status: "delayed"', published] }),
    [
      "updates/2024-25-q3.md:7:17 milestones.CS1-M1.completed: 2024-12-20 is after the update was published (2024-12-15) (a milestone cannot be completed in the future)",
    ],
  );
});

test("a completion date on a milestone that is not complete is refused", () => {
  assert.equal(
    errorsAfter({ "updates/2024-25-q3.md": ['CS1-M2: { status: "on track" }', 'CS1-M2: { status: "on track", completed: "2024-12-01" }'] }),
    [
      'updates/2024-25-q3.md:9:45 milestones.CS1-M2.completed: a completion date is given but the status is "on track" (set status to "complete", or remove the date)',
    ],
  );
});

// All at once

test("mistakes in different files are all reported at once, in file and line order", () => {
  assert.equal(
    errorsAfter({
      "updates/2024-25-q3.md": ["  CS1-M2: {", "  CS1-M9: {"],
      "actions/CS1.yaml": ['due: "2024-12-31"', 'due: "2024-11-31"'],
      "actions/WS1.yaml": ['theme: "waste"', 'theme: "wastes"'],
      "plan.yaml": ['date: "2024-07-10"', 'date: "2024-06-31"'],
    }),
    [
      'actions/CS1.yaml:9:11 milestones[0].due: "2024-11-31" is not a real date (November 2024 has 30 days)',
      'actions/WS1.yaml:3:9 theme: "wastes" is not a theme in this plan (themes: services, technology, waste, barriers)',
      'plan.yaml:10:10 approval.date: "2024-06-31" is not a real date (check the day exists in that month)',
      'updates/2024-25-q3.md:9:3 milestones.CS1-M9: "CS1-M9" is not a milestone in this plan (known ids include: CS1-M1, CS1-M2, CS1-M3, ...)',
    ],
  );
});

test("a shape mistake in an update does not hide a cross-file mistake elsewhere", () => {
  assert.equal(
    errorsAfter({
      "updates/2024-25-q3.md": ['status: "delayed"', 'status: "delayd"'],
      "updates/2024-25-q2.md": ['action: "WS1"', 'action: "WS2"'],
    }),
    [
      'updates/2024-25-q2.md:12:14 savings[0].action: "WS2" is not an action in this plan (known ids include: CS1, WS1)',
      'updates/2024-25-q3.md:6:14 milestones.CS1-M1.status: "delayd" is not allowed (did you mean "delayed"? allowed: not started, on track, at risk, delayed, complete, cancelled)',
    ],
  );
});

test("while an action file is broken, updates naming its milestones are not also reported", () => {
  assert.equal(
    errorsAfter({
      "actions/CS1.yaml": ["title: ", "tittle: "],
      "updates/2024-25-q3.md": ['published: "2025-02-11"', 'published: "2024-09-11"'],
    }),
    [
      'actions/CS1.yaml:2:1 tittle: "tittle" is not a field here (did you mean "title"? Allowed: id, title, theme, owner, lead_member, summary, milestones, measures, savings)',
      "updates/2024-25-q3.md:3:13 published: 2024-09-11 is before 2024/25 Q3 began (2024-10-01) (an update is published during or after its quarter)",
    ],
  );
});

test.run();
