import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { contentSchemas, jsonSchemaFor, type ContentKind } from "../../lib/schema/index.ts";
import { contentFileNames, fieldReference, fieldRows } from "../../lib/schema/field-reference.ts";
import { schemaPaths } from "../helpers/schema-paths.ts";

const published = readFileSync("docs/fields.md", "utf8");
const kinds = Object.keys(contentSchemas) as ContentKind[];

/** Each kind's section of the document, from its heading to the next. */
function section(kind: ContentKind): string {
  const start = published.indexOf(`## ${contentFileNames[kind]}`);
  assert.ok(start !== -1, `docs/fields.md has no section for ${contentFileNames[kind]}`);
  const next = published.indexOf("\n## ", start + 1);
  return published.slice(start, next === -1 ? undefined : next);
}


test("docs/fields.md is what `npm run fields` writes from the schema today (run it if this fails)", () => {
  assert.fixture(published, fieldReference());
});

test("every field of every kind of content file appears in its section of the field reference", () => {
  for (const kind of kinds) {
    const paths = schemaPaths(jsonSchemaFor(kind), { field: ".", item: "[].", entry: ".<id>." });
    assert.ok(paths.length > 5, `${kind} has fields`);
    const text = section(kind);
    const missing = paths.filter((path) => !text.includes(`| \`${path}\` |`));
    assert.equal(missing, [], `${kind}: fields missing from docs/fields.md`);
  }
});

test("the reference says which fields are required, including inside an optional group", () => {
  assert.ok(section("council").includes("| `name` | yes |"));
  assert.ok(section("council").includes("| `gss_code` | no |"));
  assert.ok(section("council").includes("| `short_name` | no |"));
  assert.ok(section("update").includes("| `period` | yes |"));
  assert.ok(section("update").includes("| `considered_by.body` | yes, if `considered_by` is given |"));
  assert.ok(section("action").includes("| `measures[].baseline.value` | yes, if `measures[].baseline` is given |"));
  assert.ok(section("plan").includes("| `ratings[].means` | yes, if `ratings` is given |"));
});

test("the reference lists the allowed words and gives examples of patterned values", () => {
  assert.ok(
    section("plan").includes("one of: `not started`, `on track`, `at risk`, `delayed`, `complete`, `cancelled`, `not rated`"),
    "the site's statuses a council's rating word can mean",
  );
  assert.ok(
    section("update").includes("or one of the council's own rating words listed under `ratings` in plan.yaml"),
    "a report's status may be the council's own word",
  );
  assert.ok(
    section("action").includes(
      "text, for example `2025-03-31`, `2025-03`, `2024/25 Q4`, `2024/25`, `2025`, `by 2025-03-31`, `ongoing`, `every quarter`",
    ),
    "due dates",
  );
  assert.ok(section("council").includes("text matching `^[ENSW]\\d{8}$`"), "GSS code pattern");
  // A pipe inside a pattern is escaped, or the table would gain a column.
  assert.ok(section("council").includes("`^[A-Za-z0-9_-]+\\.(svg\\|png)$`"), "logo pattern");
});

test("each row carries the field's own description from the schema", () => {
  const due = fieldRows("action").find((row) => row.path === "milestones[].due");
  assert.ok(due?.description.startsWith("When it is due, as precisely as the plan says"));
  assert.ok(published.includes("| `published` | no | The date the report was published."));
});

test("the reference does not tell officers to name reports by quarter, since a report may cover any period", () => {
  // Reports may cover a half year, a year or two dates, and any file name is the report's address (notes/contract.md).
  assert.not.match(contentFileNames.update, /q<n>/);
});

test.run();
