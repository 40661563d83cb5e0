import { test } from "uvu";
import * as assert from "uvu/assert";
import * as YAML from "yaml";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { readContentFile, writeContentFile, sourceKey, type FileFormat, type YamlLibrary } from "../../lib/editor/front-matter.ts";
import { editorConfiguration } from "../../lib/editor/config.ts";
import { loadContent } from "../../lib/load/content.ts";
import { examplesDir } from "../helpers/build.ts";

const yaml = YAML as unknown as YamlLibrary;
const config = editorConfiguration(loadContent(examplesDir).councils, {
  contentPath: "content",
  repo: "council/plans",
  branch: "main",
  siteUrl: "https://plans.example/",
  nextReports: {},
});
const reportFormat = config.formats["updates-brackenfold"] as FileFormat;
const actionFormat = config.formats["actions-brackenfold"] as FileFormat;

function* contentFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* contentFiles(path);
    else if (/\.(yaml|md)$/.test(name) && name !== "README.md") yield path;
  }
}

test("every example and real file is written back byte for byte when nothing is changed, comments and all", () => {
  let files = 0;
  for (const root of [examplesDir, "tests/fixtures/real", "tests/fixtures/one-council"]) {
    for (const path of contentFiles(root)) {
      const text = readFileSync(path, "utf8");
      const format: FileFormat = { kind: path.endsWith(".md") ? "front-matter" : "yaml", order: {} };
      assert.is(writeContentFile(readContentFile(text, format, yaml), format, yaml), text, path);
      files += 1;
    }
  }
  assert.ok(files > 100, `${files} files`);
});

const report = readFileSync(join(examplesDir, "councils/brackenfold/updates/2026-27-q2.md"), "utf8");

/** The lines that differ, place by place, between two texts of as many lines. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split("\n");
  const b = after.split("\n");
  assert.is(b.length, a.length, "as many lines");
  const differ = a.flatMap((line, index) => (line === b[index] ? [] : [index]));
  return { removed: differ.map((index) => a[index] ?? ""), added: differ.map((index) => b[index] ?? "") };
}

test("a changed status and note change those two lines and nothing else", () => {
  const values = readContentFile(report, reportFormat, yaml) as { milestones: Record<string, Record<string, string>> };
  values.milestones["WC1-M4"] = { status: "on track", note: "First rounds started in October." };
  const written = writeContentFile(values, reportFormat, yaml);
  assert.equal(changedLines(report, written), {
    removed: [
      '    status: "delayed"',
      '    note: "The last two vehicles arrived late in September. The first rounds will start once crews are trained."',
    ],
    added: ['    status: "on track"', '    note: "First rounds started in October."'],
  });
});

test("a field added goes where the schema puts it, comments kept; a field emptied in the form is left out", () => {
  const values = readContentFile(report, reportFormat, yaml) as Record<string, unknown> & {
    milestones: Record<string, Record<string, string>>;
  };
  values.milestones["WS1-M2"]!["completed"] = "2026-09-30";
  values.milestones["WS1-M2"]!["note"] = "";
  values["author"] = "";
  const written = writeContentFile(values, reportFormat, yaml);
  const entry = written.slice(written.indexOf("  WS1-M2:"), written.indexOf("  WS2-M3:"));
  assert.equal(entry.trim().split("\n"), ["WS1-M2:", '    status: "delayed"', '    revised_due: "2027-01"', '    completed: "2026-09-30"']);
  assert.match(written, "# Every milestone still open, with its status, plus any closed this quarter.");
  assert.match(written, "# whole-plan target, no year");
  assert.not.match(written, "author");
  assert.ok(written.endsWith(report.slice(report.indexOf("\n---\n") + 5)), "the narrative is as it was");
});

test("a new action file starts with its schema line and is written in the schema's order, in double quotes", () => {
  const written = writeContentFile(
    { title: "Share a depot", theme: "services", id: "WS9", milestones: [{ title: "Lease signed", id: "WS9-M1", due: "2027-03" }] },
    actionFormat,
    yaml,
  );
  assert.is(
    written,
    [
      "# yaml-language-server: $schema=../../../../schema/action.schema.json",
      'id: "WS9"',
      'title: "Share a depot"',
      'theme: "services"',
      "milestones:",
      '  - id: "WS9-M1"',
      '    title: "Lease signed"',
      '    due: "2027-03"',
      "",
    ].join("\n"),
  );
});

test("the file's own text is never written into it", () => {
  const values = readContentFile(report, reportFormat, yaml);
  assert.type(values[sourceKey], "string");
  values["title"] = "Quarter two";
  assert.not.match(writeContentFile(values, reportFormat, yaml), "__plan_pages");
});

test.run();
