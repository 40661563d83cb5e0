import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parsePeriodArgument, periodSlug, scaffoldUpdate } from "../../lib/scaffold/update.ts";
import { parseMarkdownWithFrontMatter } from "../../lib/load/front-matter.ts";
import { formatContentError } from "../../lib/errors.ts";
import { copyContent, councilIn, filesOf, writeAndCheck } from "../helpers/temp-content.ts";
import { examplesDir } from "../helpers/build.ts";

const today = "2026-11-23";
const examples = copyContent(examplesDir);
const brackenfold = councilIn(examples, "brackenfold");

function updateText(period?: string): string {
  const [file] = filesOf(scaffoldUpdate(brackenfold, { today, ...(period !== undefined && { period }) }));
  if (!file) throw new Error("no file");
  return file.text;
}

test("by default the report is for the quarter after the latest one, in a file named for it", () => {
  const [file] = filesOf(scaffoldUpdate(brackenfold, { today }));
  assert.is(file?.path, `${examples}/councils/brackenfold/updates/2026-27-q3.md`);
  assert.ok(file?.text.startsWith('---\nperiod: "2026/27 Q3"\n'));
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
  assert.ok(text.includes("  # Spending and performance data published as open data every quarter: ongoing, no end date\n  TD1-M4:"));
  // LC1-M4 and BR1-M2 were completed in 2026/27 Q2.
  assert.not.ok(text.includes("LC1-M4"));
  assert.not.ok(text.includes("BR1-M2"));
});

test("measures are listed in comments with their latest value, so a figure is given only on purpose", () => {
  const text = updateText();
  assert.ok(text.includes("\nmeasures:\n  #"));
  assert.ok(text.includes("  #CS1-K1: { value: 66.2 }  # Council tax transactions completed online: 66.2% in 2026/27 Q2; target 70%"));
  assert.ok(
    text.includes("  #WS3-K1: { value: 1060000 }  # Spending on agency staff over the last 12 months: £1.06 million in 2026/27 Q2"),
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
  const dir = copyContent(examplesDir);
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
  const [file] = filesOf(scaffoldUpdate(wrenmoor, { today: "2025-01-20", period: "2025-26-q1" }));
  assert.is(basename(file?.path ?? ""), "2025-26-q1.md");
  // Published no earlier than the quarter starts, so the check accepts it; the site shows it from that day.
  assert.ok(file?.text.includes('published: "2025-04-01"'));
  assert.ok(file?.text.includes('  CS1-M1:\n    status: "delayed"'));
  assert.equal(writeAndCheck(dir, scaffoldUpdate(wrenmoor, { today: "2025-01-20", period: "2025-26-q1" })).errors, []);
});

test("a quarter that already has an update, or comes before the plan was approved, is refused", () => {
  assert.equal(scaffoldUpdate(brackenfold, { today, period: "2026/27 Q2" }), {
    problem: "2026/27 Q2 already has a report",
    hint: "edit that file instead, or give another period",
  });
  assert.equal(scaffoldUpdate(brackenfold, { today, period: "2024/25 Q1" }), {
    problem: "2024/25 Q1 ends before the plan was approved on 2024-07-11",
    hint: "progress reports start from the period the plan was approved in",
  });
  const refused = scaffoldUpdate(brackenfold, { today, period: "Q3" });
  assert.ok("problem" in refused && refused.problem === '"Q3" is not a period a report can cover');
});

test("a period can be typed as content writes it or as in the file name, and names the file", () => {
  for (const [typed, text, slug] of [
    ["2026/27 Q3", "2026/27 Q3", "2026-27-q3"],
    ["2026-27-q3", "2026/27 Q3", "2026-27-q3"],
    ["2026/27 q3", "2026/27 Q3", "2026-27-q3"],
    ["2024-25-h1", "2024/25 H1", "2024-25-h1"],
    ["2024/25 H2", "2024/25 H2", "2024-25-h2"],
    ["2024-25", "2024/25", "2024-25"],
    ["2024-04-01 to 2024-12-31", "2024-04-01 to 2024-12-31", "2024-04-01-to-2024-12-31"],
  ] as const) {
    const period = parsePeriodArgument(typed);
    assert.is(period?.text, text, typed);
    assert.is(period && periodSlug(period), slug, typed);
  }
  assert.is(parsePeriodArgument("2026/28 Q3"), undefined);
  assert.is(parsePeriodArgument("2026/27 Q5"), undefined);
});

test("a council that reports every six months gets the next half year; one that reports yearly, the next year", () => {
  const dir = copyContent("tests/fixtures/minimal");
  const folder = join(dir, "councils/wrenmoor/updates");
  for (const name of readdirSync(folder)) rmSync(join(folder, name));
  writeFileSync(join(folder, "2024-25-h1.md"), '---\nperiod: "2024/25 H1"\npublished: "2024-11-05"\n---\nSix months.\n');
  const [half] = filesOf(scaffoldUpdate(councilIn(dir, "wrenmoor"), { today: "2025-04-20" }));
  assert.is(basename(half?.path ?? ""), "2024-25-h2.md");
  assert.ok(half?.text.startsWith('---\nperiod: "2024/25 H2"\n'));
  assert.ok(half?.text.includes("what happened in October 2024 to March 2025"));
  rmSync(join(folder, "2024-25-h1.md"));
  writeFileSync(join(folder, "2024-25.md"), '---\nperiod: "2024/25"\npublished: "2025-05-05"\n---\nA year.\n');
  const [year] = filesOf(scaffoldUpdate(councilIn(dir, "wrenmoor"), { today: "2026-04-20" }));
  assert.is(basename(year?.path ?? ""), "2025-26.md");
  assert.equal(writeAndCheck(dir, scaffoldUpdate(councilIn(dir, "wrenmoor"), { today: "2026-04-20" })).errors, []);
});

test("every commented-out line can be uncommented by removing its #, and the report still reads and passes the check", () => {
  const dir = copyContent(examplesDir);
  const [file] = filesOf(scaffoldUpdate(councilIn(dir, "brackenfold"), { today }));
  const uncommented = (file?.text ?? "").replace(/^(\s*)#(?=[^\s#])/gm, "$1");
  assert.ok(uncommented.includes('\nconsidered_by: { body: "Performance and Audit Committee", date: "2026-11-23" }\n'));
  assert.ok(uncommented.includes("\nmeasures:\n  CS1-K1: { value: 66.2 }"));
  const { errors } = writeAndCheck(dir, { files: [{ path: file?.path ?? "", text: uncommented }] });
  assert.equal(errors, []);
});

test("removing the # from any one commented-out line, and from no other, leaves valid YAML that passes the check (once a missing figure is put in)", () => {
  // Twice over: with milestones some report has rated, and with none rated, so that every milestone line is commented out.
  for (const unrated of [false, true]) {
    const dir = copyContent("tests/fixtures/minimal");
    const updates = join(dir, "councils/wrenmoor/updates");
    if (unrated) for (const name of readdirSync(updates)) rmSync(join(updates, name));
    const [file] = filesOf(scaffoldUpdate(councilIn(dir, "wrenmoor"), { today: "2025-04-20" }));
    const lines = (file?.text ?? "").split("\n");
    // A commented-out line is one whose "#" comes straight before a field, as the scaffold writes them; a note for
    // the officer has a space after its "#".
    const commented = lines.flatMap((line, index) => (/^\s*#[^\s#]/.test(line) ? [index] : []));
    assert.ok(commented.length >= (unrated ? 5 : 2), `${commented.length} commented-out lines`);
    for (const index of commented) {
      const text = lines.map((line, at) => (at === index ? line.replace("#", "") : line)).join("\n");
      const parsed = parseMarkdownWithFrontMatter(text, "update.md");
      assert.not.ok(
        "errors" in parsed,
        `line ${index + 1}, ${lines[index]}: ${"errors" in parsed ? parsed.errors.map(formatContentError).join("; ") : ""}`,
      );
      // A measure with no figure yet holds null, for the officer to replace: the check says so until they do.
      const check = copyContent(dir);
      const { errors } = writeAndCheck(check, { files: [{ path: file?.path.replace(dir, check) ?? "", text }] });
      if (lines[index]?.includes("value: null"))
        assert.ok(errors.length === 1 && errors[0]?.includes("an empty value should be a number"), errors.join("\n"));
      else assert.equal(errors, [], lines[index]);
    }
  }
});

test.run();
