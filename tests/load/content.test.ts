import { test } from "uvu";
import * as assert from "uvu/assert";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { formatContentError, hasErrors } from "../../lib/errors.ts";
import { loadContent } from "../../lib/load/content.ts";

const minimal = resolve("tests/fixtures/minimal");

function copyOf(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-content-"));
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

/** The errors, as printed, with paths from the council folder; warnings have tests of their own. */
function printed(dir: string): string[] {
  return loadContent(dir)
    .errors.filter((error) => error.severity === "error")
    .map((error) => formatContentError(error).replaceAll(`${dir}/councils/wrenmoor/`, ""));
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

test("a valid content folder loads every file, with the plan's own themes and each update's narrative and address", () => {
  const { councils, errors } = loadContent(minimal);
  assert.equal(errors, []);
  const [council] = councils;
  assert.is(councils.length, 1);
  assert.is(council?.slug, "wrenmoor");
  assert.is(council?.council.data.name, "Wrenmoor District Council");
  assert.equal(
    council?.plan.data.themes.map((theme) => theme.id),
    ["services", "technology", "waste", "barriers"],
  );
  assert.equal(
    council?.actions.map((action) => action.data.id),
    ["CS1", "WS1"],
  );
  assert.equal(
    council?.updates.map((update) => [update.slug, update.data.period, update.narrative, update.narrativeLine]),
    [
      ["2024-25-q2", "2024/25 Q2", "The portal is being tested with 200 households.", 16],
      ["2024-25-q3", "2024/25 Q3", "The portal will now go live in March.", 13],
    ],
  );
  assert.is(council?.logoFile, undefined);
});

test("real councils' plans and reports, transcribed as published, load with no mistakes", () => {
  const { councils, errors } = loadContent("tests/fixtures/real");
  assert.is(hasErrors(errors), false, errors.map(formatContentError).join("\n"));
  // One warning, which the transcription cannot answer: Spelthorne's report gives the month HC-2-M1 was completed,
  // and completed takes a day (tests/validate/warnings.test.ts asserts its words).
  assert.equal(
    errors.map((warning) => `${warning.severity} ${warning.field}`),
    ["warning milestones, HC-2-M1, status"],
  );
  assert.ok(councils.length >= 5, "the real councils are all loaded");
});

test("a report's address is its file name, whatever period it covers", () => {
  const dir = copyOf(minimal);
  writeFileSync(
    join(dir, "councils/wrenmoor/updates/end-of-year.md"),
    '---\nperiod: "2024/25"\ntitle: "End of year review 2024/25"\nauthor: "the Commissioners"\n---\nA year of progress.\n',
  );
  const { councils, errors } = loadContent(dir);
  assert.equal(errors.map(formatContentError), []);
  const report = councils[0]?.updates.find((update) => update.data.period === "2024/25");
  assert.is(report?.slug, "end-of-year");
  assert.is(report?.data.author, "the Commissioners");
  assert.is(report?.data.published, undefined, "a report need not say when it was published");
});

test("five mistakes across three files give five errors, all at once, in file and line order", () => {
  const { errors } = loadContent("tests/fixtures/five-mistakes");
  assert.ok(hasErrors(errors));
  assert.equal(
    errors
      .filter((error) => error.severity === "error")
      .map((error) => formatContentError(error).replaceAll("tests/fixtures/five-mistakes/councils/wrenmoor/", "")),
    [
      'actions/CS1.yaml:4:1 ownr: "ownr" is not a field here (did you mean "owner"? Allowed: id, title, theme, owner, lead_member, summary, status, milestones, measures, savings)',
      'actions/CS1.yaml:20:17 measures, item 1, direction: "higher is beter" is not allowed (did you mean "higher is better"? allowed: higher is better, lower is better)',
      'plan.yaml:10:10 approval, date: "2024-06-31" is not a real date (check the day exists in that month)',
      // A status word is checked against the council's ratings, after the file's shape; a shape mistake elsewhere in the
      // same file must not hide it.
      'updates/2024-25-q3.md:9:22 milestones, CS1-M2, status: "on trak" is not a status or one of the council\'s ratings (did you mean "on track"? write one of: not started, on track, at risk, delayed, complete, cancelled, not rated (or list the council\'s own rating words under ratings in plan.yaml))',
      'updates/2024-25-q3.md:13:17 savings, item 1, delivered: "£5,000" is not written as a plain number: write 5000 (figures are digits only, with a "." for any decimals: no "£", commas, spaces, "%" or "million")',
    ],
  );
});

test("an error line reads path:line:column field: message (hint), with the path as the person typed it", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-content-"));
  mkdirSync(join(dir, "content"));
  cpSync(join(minimal, "councils/wrenmoor"), join(dir, "content/councils/x"), { recursive: true });
  const action = join(dir, "content/councils/x/actions/CS1.yaml");
  writeFileSync(action, readFileSync(action, "utf8").replace('due: "2025/26 Q2"', 'due: "2024-02-30"'));
  const here = process.cwd();
  process.chdir(dir);
  try {
    // The temporary folder's content/ (after the chdir above), not the project's.
    assert.equal(loadContent("content").errors.map(formatContentError), [
      'content/councils/x/actions/CS1.yaml:15:11 milestones, item 3, due: "2024-02-30" is not a real date (February 2024 has 29 days)',
    ]);
  } finally {
    process.chdir(here);
  }
});

test("files saved with a byte-order mark and Windows line endings load exactly as the plain ones do", () => {
  const dir = copyOf(minimal);
  for (const file of allFiles(join(dir, "councils"))) writeFileSync(file, `\ufeff${readFileSync(file, "utf8").replaceAll("\n", "\r\n")}`);
  const windows = loadContent(dir);
  const plain = loadContent(minimal);
  assert.equal(windows.errors, []);
  assert.equal(
    windows.councils[0]?.updates.map((update) => [update.data, update.narrative]),
    plain.councils[0]?.updates.map((update) => [update.data, update.narrative]),
  );
  assert.equal(
    windows.councils[0]?.actions.map((action) => action.data),
    plain.councils[0]?.actions.map((action) => action.data),
  );
});

test("a mistake in a file with Windows line endings is reported on the right line", () => {
  const dir = copyOf(minimal);
  const path = join(dir, "councils/wrenmoor/actions/CS1.yaml");
  writeFileSync(path, readFileSync(path, "utf8").replace('due: "2025-03"', 'due: "2025-02-30"').replaceAll("\n", "\r\n"));
  assert.equal(printed(dir), [
    'actions/CS1.yaml:12:11 milestones, item 2, due: "2025-02-30" is not a real date (February 2025 has 28 days)',
  ]);
});

test("a file that is not UTF-8 is reported with the line of the first bad byte, and the other files are still checked", () => {
  const dir = copyOf(minimal);
  const update = join(dir, "councils/wrenmoor/updates/2024-25-q3.md");
  const text = readFileSync(update, "utf8").replace("The portal will now go live in March.", "It cost \u00a3 5,000.");
  writeFileSync(update, Buffer.from(text, "latin1"));
  const action = join(dir, "councils/wrenmoor/actions/WS1.yaml");
  writeFileSync(action, readFileSync(action, "utf8").replace('theme: "waste"', 'theme: "wastes"'));
  assert.equal(printed(dir), [
    'actions/WS1.yaml:3:9 theme: "wastes" is not a theme in this plan (themes: services, technology, waste, barriers)',
    "updates/2024-25-q3.md:13:9 is not UTF-8 text (save the file as UTF-8 (in most editors: Save with encoding, UTF-8))",
  ]);
});

test("an empty file is reported clearly", () => {
  const dir = copyOf(minimal);
  writeFileSync(join(dir, "councils/wrenmoor/actions/WS1.yaml"), "");
  writeFileSync(join(dir, "councils/wrenmoor/updates/2024-25-q3.md"), "\n\n");
  assert.equal(printed(dir), [
    "actions/WS1.yaml:1:1 is empty (copy an example file to start from)",
    "updates/2024-25-q3.md:1:1 is empty (copy an example file to start from)",
  ]);
});

test("a YAML mistake in one council does not stop another council being checked", () => {
  const dir = copyOf(minimal);
  cpSync(join(dir, "councils/wrenmoor"), join(dir, "councils/ashby"), { recursive: true });
  const plan = join(dir, "councils/ashby/plan.yaml");
  writeFileSync(
    plan,
    readFileSync(plan, "utf8").replace('title: "Productivity Plan 2024 to 2027"', 'title: "Productivity Plan: 2024: to 2027'),
  );
  const update = join(dir, "councils/wrenmoor/updates/2024-25-q2.md");
  writeFileSync(update, readFileSync(update, "utf8").replace("WS1-M1:", "WS1-M7:"));
  const errors = loadContent(dir)
    .errors.filter((error) => error.severity === "error")
    .map((error) => formatContentError(error).replaceAll(`${dir}/`, ""));
  assert.is(errors.length, 2, errors.join("\n"));
  assert.match(errors[0] ?? "", /^councils\/ashby\/plan\.yaml:\d+:\d+ is not valid YAML: /);
  assert.match(
    errors[1] ?? "",
    /^councils\/wrenmoor\/updates\/2024-25-q2\.md:6:3 milestones, WS1-M7: "WS1-M7" is not a milestone in this plan/,
  );
  assert.equal(
    loadContent(dir).councils.map((council) => council.slug),
    ["wrenmoor"],
  );
});

test("a logo named in council.yaml must be in the council's folder", () => {
  const dir = copyOf(minimal);
  const council = join(dir, "councils/wrenmoor/council.yaml");
  writeFileSync(council, `${readFileSync(council, "utf8")}  logo: "logo.svg"\n`);
  const [message] = printed(dir);
  assert.match(
    message ?? "",
    /^council\.yaml:10:10 brand, logo: "logo\.svg" is not in the council's folder \(put the logo file beside council\.yaml, in /,
  );
  writeFileSync(join(dir, "councils/wrenmoor/logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const { councils, errors } = loadContent(dir);
  assert.equal(errors, []);
  assert.is(councils[0]?.logoFile, join(dir, "councils/wrenmoor/logo.svg"));
});

test.run();
