import { test } from "uvu";
import * as assert from "uvu/assert";
import { basename } from "node:path";
import { parseQuarterArgument, scaffoldUpdate } from "../../lib/scaffold/update.ts";
import { copyContent, councilIn, filesOf, writeAndCheck } from "./temp-content.ts";

const today = "2026-11-23";
const examples = copyContent("content");
const brackenfold = councilIn(examples, "brackenfold");

function updateText(quarter?: string): string {
  const [file] = filesOf(scaffoldUpdate(brackenfold, { today, ...(quarter !== undefined && { quarter }) }));
  if (!file) throw new Error("no file");
  return file.text;
}

test("by default the update is for the quarter after the latest one, in a file named for it", () => {
  const [file] = filesOf(scaffoldUpdate(brackenfold, { today }));
  assert.is(file?.path, `${examples}/councils/brackenfold/updates/2026-27-q3.md`);
  assert.ok(file?.text.startsWith('---\nquarter: "2026/27 Q3"\n'));
  assert.ok(file?.text.includes('published: "2026-11-23"'));
});

test("every open milestone is listed with the status it has now; completed ones are left out", () => {
  const text = updateText();
  assert.ok(
    text.includes(
      '  # Weekly food waste collections start for every household: due by October 2026, now overdue\n  WC1-M4:\n    status: "delayed"',
    ),
  );
  assert.ok(text.includes('  WS3-M3:\n    status: "at risk"'));
  assert.ok(text.includes("  # Spending and performance data published as open data every quarter: ongoing\n  TD1-M4:"));
  // LC1-M4 and BR1-M2 were completed in 2026/27 Q2.
  assert.not.ok(text.includes("LC1-M4"));
  assert.not.ok(text.includes("BR1-M2"));
});

test("measures are listed in comments with their latest value, so a figure is given only on purpose", () => {
  const text = updateText();
  assert.ok(text.includes("\n# measures:\n"));
  assert.ok(text.includes("#   CS1-K1: { value: 66.2 }  # Council tax transactions completed online: 66.2% in 2026/27 Q2; target 70%"));
  assert.ok(
    text.includes("#   WS3-K1: { value: 1060000 }  # Spending on agency staff over the last 12 months: £1.06 million in 2026/27 Q2"),
  );
});

test("savings lines carry the running totals for the quarter's financial year and the whole-plan targets", () => {
  const text = updateText();
  assert.ok(text.includes('  - { action: "CS1", year: "2026/27", delivered: 48000 }  # planned for 2026/27: £90,000'));
  assert.ok(text.includes('  - { action: "TD1", delivered: 158000 }  # whole-plan target: £250,000'));
  // A new financial year starts again from nothing; the plan has no savings planned for 2027/28.
  const nextYear = updateText("2027/28 Q1");
  assert.not.ok(nextYear.includes('year: "2026/27"'));
  assert.ok(nextYear.includes('  - { action: "TD1", delivered: 158000 }'));
});

test("the narrative is a placeholder that says which months the update covers", () => {
  assert.ok(
    updateText().endsWith(
      "---\n## Summary\n\nReplace this paragraph with what happened in October to December 2026: what was done, what slipped and why, and what comes next, in plain English. Add a heading for each theme if that helps readers.\n",
    ),
  );
});

test("an update for each example council passes the check with no errors, warning only of the placeholder and missing figures", () => {
  const dir = copyContent("content");
  for (const slug of ["brackenfold", "fernshire", "kestrelmouth"]) {
    const { errors, warnings } = writeAndCheck(dir, scaffoldUpdate(councilIn(dir, slug), { today }));
    assert.equal(errors, [], slug);
    assert.ok(
      warnings.some((warning) => warning.includes('the narrative still has the placeholder "Replace this paragraph..."')),
      slug,
    );
    assert.ok(
      warnings.every((warning) => / has no value in this update | the narrative still has the placeholder /.test(warning)),
      warnings.join("\n"),
    );
  }
});

test("a quarter given on the command line fills a gap, starting from what was reported before it", () => {
  const dir = copyContent("tests/fixtures/minimal");
  const wrenmoor = councilIn(dir, "wrenmoor");
  const [file] = filesOf(scaffoldUpdate(wrenmoor, { today: "2025-01-20", quarter: "2025-26-q1" }));
  assert.is(basename(file?.path ?? ""), "2025-26-q1.md");
  // Published no earlier than the quarter starts, so the check accepts it; the site shows it from that day.
  assert.ok(file?.text.includes('published: "2025-04-01"'));
  assert.ok(file?.text.includes('  CS1-M1:\n    status: "delayed"'));
  assert.equal(writeAndCheck(dir, scaffoldUpdate(wrenmoor, { today: "2025-01-20", quarter: "2025-26-q1" })).errors, []);
});

test("a quarter that already has an update, or comes before the plan was approved, is refused", () => {
  assert.equal(scaffoldUpdate(brackenfold, { today, quarter: "2026/27 Q2" }), {
    problem: "2026/27 Q2 already has an update",
    hint: "edit that file instead, or give another quarter",
  });
  assert.equal(scaffoldUpdate(brackenfold, { today, quarter: "2024/25 Q1" }), {
    problem: "2024/25 Q1 is before the plan was approved on 2024-07-11",
    hint: "progress updates start from the quarter the plan was approved in",
  });
  assert.equal(scaffoldUpdate(brackenfold, { today, quarter: "Q3" }), {
    problem: '"Q3" is not a financial quarter',
    hint: 'write the financial year then the quarter, for example "2026/27 Q3"',
  });
});

test("a quarter can be typed as it is written in content or as in the file name", () => {
  const third = { startYear: 2026, quarter: 3 };
  assert.equal(parseQuarterArgument("2026/27 Q3"), third);
  assert.equal(parseQuarterArgument("2026-27-q3"), third);
  assert.equal(parseQuarterArgument("2026/27 q3"), third);
  assert.is(parseQuarterArgument("2026/28 Q3"), undefined);
  assert.is(parseQuarterArgument("2026/27 Q5"), undefined);
});

test.run();
