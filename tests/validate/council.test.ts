import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
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
    'plan.yaml:10:10 approval, date: "2024-02-30" is not a real date (check the day exists in that month)',
  ]);
});

test("an impossible due date says how many days the month has", () => {
  assert.equal(errorsAfter({ "actions/CS1.yaml": ['due: "2025/26 Q2"', 'due: "2024-02-30"'] }), [
    'actions/CS1.yaml:15:11 milestones, item 3, due: "2024-02-30" is not a real date (February 2024 has 29 days)',
  ]);
  assert.equal(errorsAfter({ "actions/CS1.yaml": ['due: "2024-12-31"', 'due: "2025-02-29"'] }), [
    'actions/CS1.yaml:9:11 milestones, item 1, due: "2025-02-29" is not a real date (February 2025 has 28 days)',
  ]);
});

test("a due month that does not exist is refused", () => {
  assert.equal(errorsAfter({ "actions/CS1.yaml": ['due: "2025-03"', 'due: "2025-13"'] }), [
    'actions/CS1.yaml:12:11 milestones, item 2, due: month 13 does not exist (write the month as 01 to 12, for example "2025-03" for March 2025)',
  ]);
});

test("a due financial year or quarter whose years do not follow on is refused with the right form", () => {
  const hint = "(a financial year runs from 1 April to 31 March, so 2024/25 is 1 April 2024 to 31 March 2025)";
  assert.equal(errorsAfter({ "actions/CS1.yaml": ['due: "2025/26 Q2"', 'due: "2025/27"'] }), [
    `actions/CS1.yaml:15:11 milestones, item 3, due: "2025/27" is not a financial year: write 2025/26 ${hint}`,
  ]);
  assert.equal(errorsAfter({ "actions/CS1.yaml": ['due: "2025/26 Q2"', 'due: "2025/27 Q2"'] }), [
    `actions/CS1.yaml:15:11 milestones, item 3, due: "2025/27 Q2" is not a financial quarter: write 2025/26 Q2 ${hint}`,
  ]);
});

test("a due date in words is refused with the forms that are allowed", () => {
  assert.equal(errorsAfter({ "actions/CS1.yaml": ['due: "2025/26 Q2"', 'due: "next spring"'] }), [
    'actions/CS1.yaml:15:11 milestones, item 3, due: "next spring" is not a due date in a form the site reads (write a day "2025-03-31", a month "2025-03", a quarter "2024/25 Q4", a financial year "2024/25", a calendar year "2025", by a date "by 2025-03-31" or "by 2025-03", "ongoing", or "every month", "every quarter", "every six months" or "every year"; leave it out if no date is given)',
  ]);
});

test("every form of due date is accepted: day, month, quarter, financial year, calendar year, by a date, ongoing, recurring and none", () => {
  for (const due of [
    "2024-09-30",
    "2024-09",
    "2024/25 Q2",
    "2024/25",
    "2024",
    "by 2024-09-30",
    "by 2024-09",
    "ongoing",
    "every quarter",
    "every month",
    "every six months",
    "every year",
  ]) {
    assert.equal(errorsAfter({ "actions/WS1.yaml": ['due: "2024-09-30"', `due: "${due}"`] }), [], due);
  }
  assert.equal(errorsAfter({ "actions/WS1.yaml": ['    due: "2024-09-30"\n', ""] }), [], "no date given");
});

test('a "by" date must be a real day, quoted in the error as other dates are', () => {
  assert.equal(errorsAfter({ "actions/WS1.yaml": ['due: "2024-09-30"', 'due: "by 2024-09-31"'] }), [
    'actions/WS1.yaml:9:11 milestones, item 1, due: "by 2024-09-31" is not a real date (September 2024 has 30 days)',
  ]);
});

test("impossible dates in updates are refused: completion, revised due date and meeting date", () => {
  assert.equal(errorsAfter({ "updates/2024-25-q2.md": ['completed: "2024-09-20"', 'completed: "2024-09-31"'] }), [
    'updates/2024-25-q2.md:8:17 milestones, WS1-M1, completed: "2024-09-31" is not a real date (check the day exists in that month)',
  ]);
  assert.equal(errorsAfter({ "updates/2024-25-q3.md": ['revised_due: "2025-03-31"', 'revised_due: "2025-02-29"'] }), [
    'updates/2024-25-q3.md:7:19 milestones, CS1-M1, revised_due: "2025-02-29" is not a real date (February 2025 has 28 days)',
  ]);
  assert.equal(
    errorsAfter({
      "updates/2024-25-q3.md": [
        'published: "2025-02-11"',
        'published: "2025-02-11"\nconsidered_by:\n  body: "Scrutiny"\n  date: "2025-13-01"',
      ],
    }),
    ['updates/2024-25-q3.md:6:10 considered_by, date: "2025-13-01" is not a real date (check the day exists in that month)'],
  );
});

test("a plan that ends before it starts is refused", () => {
  assert.equal(errorsAfter({ "plan.yaml": ['to: "2026/27"', 'to: "2023/24"'] }), [
    'plan.yaml:4:8 period, to: "2023/24" is before the start of the plan',
  ]);
});

// Unique ids

test("a milestone id used in another action is refused, naming where it was first used, whatever its case", () => {
  assert.equal(errorsAfter({ "actions/WS1.yaml": ['id: "WS1-M1"', 'id: "cs1-m2"'], "updates/2024-25-q2.md": ["WS1-M1:", "cs1-m2:"] }), [
    'actions/WS1.yaml:7:10 milestones, item 1, id: the milestone id "cs1-m2" is already used at actions/CS1.yaml:10 (every action, milestone and measure needs its own id)',
  ]);
});

test("a measure may not share an id with a milestone", () => {
  const errors = errorsAfter({
    "actions/CS1.yaml": ['id: "CS1-K1"', 'id: "WS1-M1"'],
    "updates/2024-25-q2.md": ["CS1-K1:", "WS1-M1:"],
    "updates/2024-25-q3.md": ["CS1-K1:", "WS1-M1:"],
  });
  assert.equal(errors, [
    'actions/WS1.yaml:7:10 milestones, item 1, id: the milestone id "WS1-M1" is already used at actions/CS1.yaml:17 (every action, milestone and measure needs its own id)',
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
    'plan.yaml:34:10 barriers, item 2, id: the id "b1" is used twice (give each one its own id)',
  ]);
  assert.equal(errorsAfter({ "plan.yaml": ['  - id: "technology"', '  - id: "Services"'] }), [
    'plan.yaml:18:10 themes, item 2, id: the id "Services" is used twice (give each one its own id)',
  ]);
});

// References

test("an update naming a milestone that does not exist is refused at the milestone's line, with the known ids", () => {
  assert.equal(errorsAfter({ "updates/2024-25-q3.md": ["  CS1-M2: {", "  CS1-M9: {"] }), [
    'updates/2024-25-q3.md:9:3 milestones, CS1-M9: "CS1-M9" is not a milestone in this plan (known ids include: CS1-M1, CS1-M2, CS1-M3, ...)',
  ]);
});

test("an update naming a measure or an action that does not exist is refused", () => {
  assert.equal(errorsAfter({ "updates/2024-25-q3.md": ["  CS1-K1: {", "  CS1-K9: {"] }), [
    'updates/2024-25-q3.md:11:3 measures, CS1-K9: "CS1-K9" is not a measure in this plan (known ids include: CS1-K1)',
  ]);
  assert.equal(errorsAfter({ "updates/2024-25-q2.md": ['action: "WS1"', 'action: "WS2"'] }), [
    'updates/2024-25-q2.md:12:14 savings, item 1, action: "WS2" is not an action in this plan (known ids include: CS1, WS1)',
  ]);
});

test("an action or a barrier naming a theme the plan does not have is refused", () => {
  assert.equal(errorsAfter({ "actions/WS1.yaml": ['theme: "waste"', 'theme: "wastes"'] }), [
    'actions/WS1.yaml:3:9 theme: "wastes" is not a theme in this plan (themes: services, technology, waste, barriers)',
  ]);
  assert.equal(errorsAfter({ "plan.yaml": ['theme: "barriers"', 'theme: "barrier"'] }), [
    'plan.yaml:33:13 barriers, item 1, theme: "barrier" is not a theme in this plan (themes: services, technology, waste, barriers)',
  ]);
});

test("a plan's themes are its own: actions and barriers may name only those", () => {
  const own = 'themes:\n  - id: "people"\n    title: "People"\n\nbarriers:';
  const dir = editedMinimalCopy({});
  const plan = readFileSync(join(dir, "councils/wrenmoor/plan.yaml"), "utf8");
  const withOwnThemes = plan.replace(/themes:\n[\s\S]*?\nbarriers:/, own);
  assert.ok(withOwnThemes !== plan, "test set-up: the themes were replaced");
  assert.equal(errorsAfter({ "plan.yaml": [plan, withOwnThemes] }), [
    'actions/CS1.yaml:3:9 theme: "services" is not a theme in this plan (themes: people)',
    'actions/WS1.yaml:3:9 theme: "waste" is not a theme in this plan (themes: people)',
    'plan.yaml:23:13 barriers, item 1, theme: "barriers" is not a theme in this plan (themes: people)',
  ]);
});

// Periods

test("a report may have any file name: its period says what it covers", () => {
  const report =
    '---\nperiod: "2024/25 H2"\npublished: "2025-05-20"\nmilestones:\n  CS1-M2: { status: "on track" }\n---\nThe second half of the year.\n';
  assert.equal(errorsAfter({ "updates/second-half-2024-25.md": ["", report] }), []);
  assert.equal(
    errorsAfter({ "updates/2024-25-q3.md": ['period: "2024/25 Q3"', 'period: "2024/25 Q4"'] }),
    [],
    "a name that looks like another quarter is no mistake",
  );
});

test("every form of report period is accepted: quarter, half year, financial year and two dates", () => {
  for (const period of ["2024/25 Q3", "2024/25 H2", "2024/25", "2024-10-01 to 2024-12-31"]) {
    assert.equal(errorsAfter({ "updates/2024-25-q3.md": ['period: "2024/25 Q3"', `period: "${period}"`] }), [], period);
  }
});

test("a period whose years do not follow on, or whose dates are back to front, is refused with the forms", () => {
  const forms =
    'write a quarter "2024/25 Q2", a half year "2024/25 H1" (April to September) or "2024/25 H2" (October to March), a financial year "2024/25", or two dates "2024-04-01 to 2024-12-31"';
  assert.equal(errorsAfter({ "updates/2024-25-q3.md": ['period: "2024/25 Q3"', 'period: "2024/26 Q3"'] }), [
    `updates/2024-25-q3.md:2:10 period: "2024/26 Q3" is not a period a report can cover (${forms})`,
  ]);
  assert.equal(errorsAfter({ "updates/2024-25-q3.md": ['period: "2024/25 Q3"', 'period: "2024-12-31 to 2024-10-01"'] }), [
    "updates/2024-25-q3.md:2:10 period: the period ends (2024-10-01) before it starts (2024-12-31) (write the earlier date first)",
  ]);
  assert.equal(errorsAfter({ "updates/2024-25-q3.md": ['period: "2024/25 Q3"', 'period: "2024-10-01 to 2024-12-32"'] }), [
    'updates/2024-25-q3.md:2:10 period: "2024-12-32" is not a real date (check the day exists in that month)',
  ]);
});

test("a period in another form is refused by its shape, with the forms that are allowed", () => {
  const [error, ...others] = errorsAfter({ "updates/2024-25-q3.md": ['period: "2024/25 Q3"', 'period: "Quarter 3"'] });
  assert.equal(others, []);
  assert.match(
    error ?? "",
    /^updates\/2024-25-q3\.md:2:10 period: "Quarter 3" is not a period a report can cover \(write a quarter "2024\/25 Q2", a half year "2024\/25 H1"/,
  );
});

test("an update published before its period began is refused", () => {
  assert.equal(errorsAfter({ "updates/2024-25-q3.md": ['published: "2025-02-11"', 'published: "2024-09-11"'] }), [
    "updates/2024-25-q3.md:3:13 published: 2024-09-11 is before the period the report covers began (2024-10-01) (a report is published during or after its period)",
  ]);
});

// Status words

test("a status word that is neither the site's nor the council's is an error naming every allowed word", () => {
  assert.equal(errorsAfter({ "updates/2024-25-q3.md": ['CS1-M2: { status: "on track" }', 'CS1-M2: { status: "Green" }'] }), [
    "updates/2024-25-q3.md:9:22 milestones, CS1-M2, status: \"Green\" is not a status or one of the council's ratings (write one of: not started, on track, at risk, delayed, complete, cancelled, not rated (or list the council's own rating words under ratings in plan.yaml))",
  ]);
});

test("a council's own rating words are accepted once listed, and named first among the allowed words", () => {
  const ratings =
    '\nratings:\n  - word: "Green"\n    means: "on track"\n    definition: "On or above target"\n  - word: "Red"\n    means: "delayed"\nthemes:\n';
  assert.equal(
    errorsAfter({
      "plan.yaml": ["\nthemes:\n", ratings],
      "updates/2024-25-q3.md": ['CS1-M2: { status: "on track" }', 'CS1-M2: { status: "Green" }'],
    }),
    [],
  );
  assert.equal(
    errorsAfter({
      "plan.yaml": ["\nthemes:\n", ratings],
      "updates/2024-25-q3.md": ['CS1-M2: { status: "on track" }', 'CS1-M2: { status: "Amber" }'],
    }),
    [
      'updates/2024-25-q3.md:9:22 milestones, CS1-M2, status: "Amber" is not a status or one of the council\'s ratings (write one of: Green, Red, not started, on track, at risk, delayed, complete, cancelled, not rated)',
    ],
  );
});

test("a rating word that is one of the site's own statuses cannot mean another", () => {
  const ratings = '\nratings:\n  - word: "Complete"\n    means: "on track"\nthemes:\n';
  // Only the one error: the refused meaning must not make the fixture's own "complete" milestone read as "on track".
  assert.equal(errorsAfter({ "plan.yaml": ["\nthemes:\n", ratings] }), [
    'plan.yaml:16:13 ratings, item 1, means: the rating "Complete" is one of the site\'s own statuses, so it cannot count as "on track" (make it mean "complete", or leave it out of ratings)',
  ]);
});

test("a status in the plan itself, for an action or a milestone, is checked the same way", () => {
  assert.equal(
    errorsAfter({
      "actions/WS1.yaml": ['summary: "Cut spending on agency staff."', 'summary: "Cut spending on agency staff."\nstatus: "begun"'],
    }),
    [
      "actions/WS1.yaml:6:10 status: \"begun\" is not a status or one of the council's ratings (write one of: not started, on track, at risk, delayed, complete, cancelled, not rated (or list the council's own rating words under ratings in plan.yaml))",
    ],
  );
});

test("a milestone the plan says was completed must have a complete status in the plan", () => {
  assert.equal(
    errorsAfter({
      "actions/WS1.yaml": ['    due: "2024-09-30"', '    due: "2024-09-30"\n    status: "complete"\n    completed: "2024-06-30"'],
    }),
    [],
  );
  assert.equal(errorsAfter({ "actions/WS1.yaml": ['    due: "2024-09-30"', '    due: "2024-09-30"\n    completed: "2024-06-30"'] }), [
    'actions/WS1.yaml:10:17 milestones, item 1, completed: a completion date is given but the plan does not give the milestone a status of complete (add status: "complete" (or the council\'s word for it), or remove the date)',
  ]);
});

// Contact

test("a contact with none of email, phone or page is an error; any one of them is enough", () => {
  assert.equal(errorsAfter({ "council.yaml": ['  email: "plans@wrenmoor.example.gov.uk"', '  team: "Policy Team"'] }), [
    "council.yaml:7:3 contact: residents need at least one way to reach the council (give the contact email, phone or page (the web address of the council's contact page) that the council publishes)",
  ]);
  assert.equal(errorsAfter({ "council.yaml": ['  email: "plans@wrenmoor.example.gov.uk"', '  phone: "01632 960 000"'] }), []);
  assert.equal(
    errorsAfter({ "council.yaml": ['  email: "plans@wrenmoor.example.gov.uk"', '  page: "https://www.wrenmoor.example.gov.uk/contact"'] }),
    [],
  );
});

// Completion dates

test("a completion date after the report's period ended is refused", () => {
  assert.equal(errorsAfter({ "updates/2024-25-q2.md": ['completed: "2024-09-20"', 'completed: "2024-10-02"'] }), [
    "updates/2024-25-q2.md:8:17 milestones, WS1-M1, completed: 2024-10-02 is after the period the report covers ended (2024-09-30) (report a completion in the report for the period it happened in)",
  ]);
});

test("a completion date after the update was published is refused", () => {
  const published = 'published: "2024-12-15"\nmilestones:\n  CS1-M1:\n    status: "complete"\n    completed: "2024-12-20"';
  assert.equal(
    errorsAfter({ "updates/2024-25-q3.md": ['published: "2025-02-11"\nmilestones:\n  CS1-M1:\n    status: "delayed"', published] }),
    [
      "updates/2024-25-q3.md:7:17 milestones, CS1-M1, completed: 2024-12-20 is after the report was published (2024-12-15) (a milestone cannot be completed in the future)",
    ],
  );
});

test("a completion date on a milestone that is not complete is refused", () => {
  assert.equal(
    errorsAfter({ "updates/2024-25-q3.md": ['CS1-M2: { status: "on track" }', 'CS1-M2: { status: "on track", completed: "2024-12-01" }'] }),
    [
      'updates/2024-25-q3.md:9:45 milestones, CS1-M2, completed: a completion date is given but the status is "on track" (set status to "complete" (or the council\'s word for it), or remove the date)',
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
      'actions/CS1.yaml:9:11 milestones, item 1, due: "2024-11-31" is not a real date (November 2024 has 30 days)',
      'actions/WS1.yaml:3:9 theme: "wastes" is not a theme in this plan (themes: services, technology, waste, barriers)',
      'plan.yaml:10:10 approval, date: "2024-06-31" is not a real date (check the day exists in that month)',
      'updates/2024-25-q3.md:9:3 milestones, CS1-M9: "CS1-M9" is not a milestone in this plan (known ids include: CS1-M1, CS1-M2, CS1-M3, ...)',
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
      'updates/2024-25-q2.md:12:14 savings, item 1, action: "WS2" is not an action in this plan (known ids include: CS1, WS1)',
      'updates/2024-25-q3.md:6:14 milestones, CS1-M1, status: "delayd" is not a status or one of the council\'s ratings (did you mean "delayed"? write one of: not started, on track, at risk, delayed, complete, cancelled, not rated (or list the council\'s own rating words under ratings in plan.yaml))',
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
      'actions/CS1.yaml:2:1 tittle: "tittle" is not a field here (did you mean "title"? Allowed: id, title, theme, owner, lead_member, summary, status, milestones, measures, savings)',
      "updates/2024-25-q3.md:3:13 published: 2024-09-11 is before the period the report covers began (2024-10-01) (a report is published during or after its period)",
    ],
  );
});

// Measure figures

test("a measure entry gives a figure or says why there is none, not neither or both", () => {
  const q3 = (entry: string): Record<string, [string, string]> => ({
    "updates/2024-25-q3.md": ["CS1-K1: { value: 21 }", `CS1-K1: ${entry}`],
  });
  assert.equal(errorsAfter(q3('{ no_figure: "The survey runs in March." }')), []);
  assert.equal(errorsAfter(q3('{ note: "Late." }')), [
    'updates/2024-25-q3.md:11:11 measures, CS1-K1: gives neither a figure nor a reason for having none (write CS1-K1: { value: 42 }, or CS1-K1: { no_figure: "why there is no figure" })',
  ]);
  assert.equal(errorsAfter(q3('{ value: 21, no_figure: "Late." }')), [
    "updates/2024-25-q3.md:11:36 measures, CS1-K1, no_figure: is given beside a figure (keep the value, or remove it and keep no_figure saying why there is none)",
  ]);
  assert.equal(errorsAfter(q3('{ no_figure: "Late.", unchanged: true }')), [
    "updates/2024-25-q3.md:11:44 measures, CS1-K1, unchanged: says the figure is unchanged, but there is no figure (give the figure, CS1-K1: { value: 42, unchanged: true }, or remove unchanged)",
  ]);
});

test.run();
