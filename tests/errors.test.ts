import { test } from "uvu";
import * as assert from "uvu/assert";
import { contentError, fieldName, formatContentError, hasErrors, sortContentErrors } from "../lib/errors.ts";

test("an error reads path:line:column field: message (hint)", () => {
  const error = contentError({
    file: "content/councils/x/actions/CS1.yaml",
    line: 14,
    column: 5,
    field: fieldName("/milestones/2/due"),
    message: '"2024-02-30" is not a real date',
    hint: "February 2024 has 29 days",
  });
  assert.is(error.severity, "error");
  assert.is(
    formatContentError(error),
    'content/councils/x/actions/CS1.yaml:14:5 milestones, item 3, due: "2024-02-30" is not a real date (February 2024 has 29 days)',
  );
});

test("an error about a whole file has no line, column or field", () => {
  assert.is(
    formatContentError(
      contentError({
        file: "content/councils/x/plan.yaml",
        field: "",
        message: "is missing",
        hint: "every council folder needs plan.yaml",
      }),
    ),
    "content/councils/x/plan.yaml is missing (every council folder needs plan.yaml)",
  );
  assert.is(
    formatContentError(contentError({ file: "content/councils/x/plan.yaml", line: 1, column: 1, field: "", message: "is empty" })),
    "content/councils/x/plan.yaml:1:1 is empty",
  );
});

test("a warning says so", () => {
  const warning = contentError({
    file: "content/councils/x/updates/notes.txt",
    field: "",
    message: "is not an update file",
    severity: "warning",
  });
  assert.is(formatContentError(warning), "content/councils/x/updates/notes.txt warning: is not an update file");
});

test("only errors, not warnings, count as errors", () => {
  const warning = contentError({ file: "a", field: "", message: "m", severity: "warning" });
  assert.is(hasErrors([]), false);
  assert.is(hasErrors([warning]), false);
  assert.is(hasErrors([warning, contentError({ file: "a", field: "", message: "m" })]), true);
});

test("errors are sorted by file, then line, then column, then field", () => {
  const at = (file: string, line: number | undefined, column: number | undefined, field = "") =>
    contentError({ file, ...(line !== undefined && { line }), ...(column !== undefined && { column }), field, message: "m" });
  const sorted = sortContentErrors([
    at("b.yaml", 2, 1),
    at("a.yaml", 10, 3),
    at("a.yaml", 9, 7),
    at("a.yaml", 10, 1, "z"),
    at("a.yaml", 10, 1, "b"),
    at("a.yaml", undefined, undefined),
  ]);
  assert.equal(
    sorted.map((error) => `${error.file}:${error.line ?? "-"}:${error.column ?? "-"}:${error.field}`),
    ["a.yaml:-:-:", "a.yaml:9:7:", "a.yaml:10:1:b", "a.yaml:10:1:z", "a.yaml:10:3:", "b.yaml:2:1:"],
  );
});

test("field paths read as an officer would say them: list items counted from 1, no brackets or dots", () => {
  assert.is(fieldName("/milestones/2/due"), "milestones, item 3, due");
  assert.is(fieldName("/savings/0/amount"), "savings, item 1, amount");
  assert.is(fieldName("/milestones/CS1-M1/status"), "milestones, CS1-M1, status");
  assert.is(fieldName("/considered_by/date"), "considered_by, date");
  assert.is(fieldName("/a~1b/c~0d"), "a/b, c~d");
  assert.is(fieldName(""), "");
});

test.run();
