import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatContentError } from "../../lib/errors.ts";
import { parseYaml } from "../../lib/load/yaml.ts";
import { checkShape } from "../../lib/validate/shape.ts";
import type { ContentKind } from "../../lib/schema/index.ts";

const update = (milestones: string, extra = ""): string =>
  `period: "2024/25 Q2"\npublished: "2024-11-05"\nmilestones:\n${milestones}\n${extra}`;

const action = (lines: Record<string, string> = {}): string => {
  const fields: Record<string, string> = {
    id: '"CS1"',
    title: '"Council tax online"',
    theme: '"services"',
    owner: '"Head of Customer Services"',
    summary: '"Move council tax online."',
    milestones: '\n  - id: "CS1-M1"\n    title: "Portal live"\n    due: "2025-03"',
    ...lines,
  };
  return Object.entries(fields)
    .filter(([, value]) => value !== "")
    .map(([name, value]) => `${name}: ${value}`)
    .join("\n");
};

/** The shape problems in a text, as printed. */
function problems(kind: ContentKind, text: string, file = `content/councils/x/${kind}.yaml`): string[] {
  const parsed = parseYaml(text, file);
  if ("errors" in parsed) throw new Error(parsed.errors.map(formatContentError).join("\n"));
  return checkShape(kind, parsed.value, file, parsed.sourceMap).map(formatContentError);
}

test("a well-formed action has no problems", () => {
  assert.equal(problems("action", action()), []);
});

test("a misspelt field is refused at its key, suggesting the field meant", () => {
  assert.equal(problems("update", update('  CS1-M1:\n    stauts: "on track"')), [
    'content/councils/x/update.yaml:5:5 milestones, CS1-M1, stauts: "stauts" is not a field here (did you mean "status"? Allowed: status, revised_due, completed, note)',
  ]);
});

test("a misspelt required field is one mistake, not also a missing field", () => {
  assert.equal(problems("action", action({ title: "", tittle: '"Council tax online"' })), [
    'content/councils/x/action.yaml:9:1 tittle: "tittle" is not a field here (did you mean "title"? Allowed: id, title, theme, owner, lead_member, summary, status, milestones, measures, savings)',
  ]);
});

test("an unknown field with nothing close lists what is allowed", () => {
  assert.equal(problems("action", action({ budget: "400000" })), [
    'content/councils/x/action.yaml:10:1 budget: "budget" is not a field here (allowed: id, title, theme, owner, lead_member, summary, status, milestones, measures, savings)',
  ]);
});

test("a status is a word of the council's choosing at the shape level: its ratings decide, in the cross-file checks", () => {
  assert.equal(problems("update", update('  CS1-M1: { status: "Green" }')), []);
  assert.equal(problems("update", update('  CS1-M1: { status: "Complete" }')), []);
  assert.equal(problems("update", update('  CS1-M1: { status: "" }')).length, 1, "an empty status is still refused");
});

test("a milestone a report mentions without a status is accepted: a report may comment without rating", () => {
  assert.equal(problems("update", update('  CS1-M1: { note: "Going well." }')), []);
});

test("a missing field is named, with what it should hold", () => {
  assert.equal(problems("update", 'published: "2024-11-05"\n'), [
    'content/councils/x/update.yaml:1:1 period: is missing (The period the report covers: a quarter "2024/25 Q2", a half year "2024/25 H1" (April to September) or "2024/25 H2" (October to March), a whole financial year "2024/25", or two dates "2024-04-01 to 2024-12-31".)',
  ]);
});

test("money written as text is refused", () => {
  assert.equal(problems("action", action({ savings: '\n  - year: "2024/25"\n    amount: "£100,000"' })), [
    'content/councils/x/action.yaml:12:14 savings, item 1, amount: "£100,000" is not written as a plain number: write 100000 (figures are digits only, with a "." for any decimals: no "£", commas, spaces, "%" or "million")',
  ]);
});

test("a figure written with £ or commas says how to write it, in one message", () => {
  const hint = '(figures are digits only, with a "." for any decimals: no "£", commas, spaces, "%" or "million")';
  const savings = (line: string) => update('  CS1-M1: { status: "on track" }', `savings:\n${line}`);
  assert.equal(problems("update", savings('  - action: "WS1"\n    delivered: £91,000')), [
    `content/councils/x/update.yaml:7:16 savings, item 1, delivered: "£91,000" is not written as a plain number: write 91000 ${hint}`,
  ]);
  assert.equal(problems("update", savings('  - action: "WS1"\n    delivered: 91,000')), [
    `content/councils/x/update.yaml:7:16 savings, item 1, delivered: "91,000" is not written as a plain number: write 91000 ${hint}`,
  ]);
  // Inside { }, YAML would read 91 and a field "000": still the one message, and no "is not a field here".
  assert.equal(problems("update", savings('  - { action: "WS1", delivered: £91,000 }')), [
    `content/councils/x/update.yaml:6:33 savings, item 1, delivered: "£91,000" is not written as a plain number: write 91000 ${hint}`,
  ]);
  assert.equal(problems("update", savings('  - { action: "WS1", delivered: 91,000 }')), [
    `content/councils/x/update.yaml:6:33 savings, item 1, delivered: "91,000" is not written as a plain number: write 91000 ${hint}`,
  ]);
  assert.equal(problems("update", update('  CS1-M1: { status: "on track" }', 'measures:\n  CS1-K1: { value: "66.2%" }')), [
    `content/councils/x/update.yaml:6:21 measures, CS1-K1, value: "66.2%" is not written as a plain number: write 66.2 ${hint}`,
  ]);
  assert.equal(problems("action", action({ savings: '\n  - amount: "120000"' })), [
    'content/councils/x/action.yaml:11:14 savings, item 1, amount: "120000" is in quotes, which makes it text: write 120000 (a figure is written without quotes)',
  ]);
  assert.equal(problems("action", action({ savings: '\n  - amount: "£1.5 million"' })), [
    `content/councils/x/action.yaml:11:14 savings, item 1, amount: "£1.5 million" is not written as a plain number: write 1500000 ${hint}`,
  ]);
});

test("a due date in another form lists every form a due date takes, with an example of each", () => {
  const forms =
    'write a day "2025-03-31", a month "2025-03", a quarter "2024/25 Q4", a financial year "2024/25", a calendar year "2025", by a date "by 2025-03-31" or "by 2025-03", "ongoing", or "every month", "every quarter", "every six months" or "every year"; leave it out if no date is given';
  assert.equal(problems("update", update('  CS1-M1: { revised_due: "March 2027" }')), [
    `content/councils/x/update.yaml:4:27 milestones, CS1-M1, revised_due: "March 2027" is not a due date in a form the site reads (did you mean "2027-03"? ${forms})`,
  ]);
  assert.equal(problems("update", update('  CS1-M1: { revised_due: "by 19 July 2027" }')), [
    `content/councils/x/update.yaml:4:27 milestones, CS1-M1, revised_due: "by 19 July 2027" is not a due date in a form the site reads (did you mean "by 2027-07-19"? ${forms})`,
  ]);
  assert.equal(problems("action", action({ milestones: '\n  - id: "CS1-M1"\n    title: "Portal live"\n    due: "next spring"' })), [
    `content/councils/x/action.yaml:9:11 milestones, item 1, due: "next spring" is not a due date in a form the site reads (${forms})`,
  ]);
});

test("a calendar date in another form says it is written year-month-day, with an example", () => {
  assert.equal(problems("update", update('  CS1-M1: { status: "complete", completed: "19 July 2024" }')), [
    'content/councils/x/update.yaml:4:45 milestones, CS1-M1, completed: "19 July 2024" is not a date written year-month-day (did you mean "2024-07-19"? write the date as year-month-day, for example "2024-07-19")',
  ]);
  assert.equal(problems("update", update('  CS1-M1: { status: "on track" }', 'considered_by:\n  body: "Cabinet"\n  date: "next week"')), [
    'content/councils/x/update.yaml:7:10 considered_by, date: "next week" is not a date written year-month-day (write the date as year-month-day, for example "2024-07-19")',
  ]);
});

test("negative money is refused", () => {
  const [message] = problems("update", update('  CS1-M1: { status: "on track" }', 'savings:\n  - action: "WS1"\n    delivered: -5000'));
  assert.is(
    message,
    'content/councils/x/update.yaml:7:16 savings, item 1, delivered: -5000 is below the smallest allowed, 0 (The saving delivered so far: a running total within the financial year, or over the whole plan when no year is given (not just this period). In pounds, as a number without "£" or commas, for example 120000.)',
  );
});

test("a date in the wrong form is refused with an example of the right one", () => {
  assert.equal(problems("update", 'period: "2024/25 Q2"\npublished: "14/11/2024"\n'), [
    'content/councils/x/update.yaml:2:13 published: "14/11/2024" is not a date written year-month-day (did you mean "2024-11-14"? write the date as year-month-day, for example "2024-07-19")',
  ]);
});

test("a number where text is expected is refused", () => {
  assert.equal(problems("action", action({ id: "12" })), [
    'content/councils/x/action.yaml:1:5 id: 12 should be text (A short reference, letters, digits and hyphens only, for example "CS1" or "CS1-M2". It appears in web addresses.)',
  ]);
});

test("a single value where a list is expected says what a list looks like", () => {
  assert.equal(problems("action", action({ milestones: '"Portal live"' })), [
    'content/councils/x/action.yaml:6:14 milestones: "Portal live" should be a list (one item per line, each starting "- ") (The action\'s milestones, in the order they are due, if the plan gives any.)',
  ]);
});

test("an empty title is refused; an action with no milestones, as many plans give, is not", () => {
  assert.equal(problems("action", action({ milestones: "[]", title: '""' })), [
    'content/councils/x/action.yaml:2:9 title: "" is empty (The action, for example "Move council tax and benefits online".)',
  ]);
});

test("a file with nothing in it but comments is refused as a whole", () => {
  const [message] = problems("plan", "# to do\n");
  assert.match(message ?? "", /^content\/councils\/x\/plan\.yaml:1:1 an empty value should be a group of fields/);
});

test("every mistake in a file is reported, not just the first", () => {
  const errors = problems(
    "council",
    [
      'name: "Wrenmoor District Council"',
      'gss_code: "E0700099"',
      'type: "district council"',
      'website: "www.wrenmoor.example.gov.uk"',
      "contact:",
      '  email: "plans"',
      "brand:",
      '  colour: "green"',
    ].join("\n"),
  );
  assert.equal(
    errors.map((error) => error.slice(0, error.indexOf(": ") + 1)),
    [
      "content/councils/x/council.yaml:2:12 gss_code:",
      "content/councils/x/council.yaml:3:8 type:",
      "content/councils/x/council.yaml:4:11 website:",
      "content/councils/x/council.yaml:6:11 contact, email:",
      "content/councils/x/council.yaml:8:12 brand, colour:",
    ],
  );
});

test.run();
