import { test } from "uvu";
import * as assert from "uvu/assert";
import { contentSchemas, jsonSchemaFor, milestoneStatuses, type ContentKind } from "../../lib/schema/index.ts";
import { loadContent } from "../../lib/load/content.ts";
import { editorConfiguration, editorFields, type EditorCollection, type EditorField } from "../../lib/editor/config.ts";
import { nextReportValues } from "../../lib/editor/site-files.ts";
import { checkShape } from "../../lib/validate/shape.ts";
import { formatContentError } from "../../lib/errors.ts";
import { examplesDir } from "../helpers/build.ts";
import { schemaPaths } from "../helpers/schema-paths.ts";

const content = loadContent(examplesDir);
const brackenfold = content.councils.find((council) => council.slug === "brackenfold")!;
const options = { contentPath: "site-content", repo: "council/plans", branch: "main", siteUrl: "https://plans.example/", nextReports: {} };

/** Every field path in the editor's form; a group by id's sub-forms (one per milestone) are "*", as in the schema. */
function editorPaths(fields: readonly EditorField[], prefix = "", byId = false): string[] {
  return fields.flatMap((field) => {
    const path = byId ? `${prefix}*` : `${prefix}${field.name}`;
    const children = field.fields ?? [];
    const groupById =
      field.widget === "object" &&
      children.length > 0 &&
      children.every((child) => /^[A-Z0-9]+(-[A-Z0-9]+)*$/.test(child.name) && child.label.startsWith(`${child.name}: `));
    const below = field.widget === "list" ? `${path}/*/` : `${path}/`;
    // A milestone's sub-form stands for the group's "*", which the schema gives no path of its own.
    return [...(byId ? [] : [path]), ...editorPaths(children, below, groupById)];
  });
}

const unique = (paths: string[]) => [...new Set(paths)].sort();

for (const kind of Object.keys(contentSchemas) as ContentKind[]) {
  test(`the ${kind} form names every field of the schema and no field the schema lacks`, () => {
    const fromSchema = unique(schemaPaths(jsonSchemaFor(kind), { field: "/", item: "/*/", entry: "/*/" }));
    const inEditor = unique(editorPaths(editorFields(kind, brackenfold)));
    assert.equal(
      inEditor.filter((path) => !fromSchema.includes(path)),
      [],
      "fields in the editor that the schema lacks",
    );
    assert.equal(
      fromSchema.filter((path) => !inEditor.includes(path)),
      [],
      "fields of the schema the editor leaves out",
    );
  });
}

test("a field the schema adds that the editor cannot show stops the configuration, rather than being left out", () => {
  const update = contentSchemas.update as unknown as { properties: Record<string, unknown> };
  const saved = update.properties["risks"];
  update.properties["risks"] = {
    type: "object",
    patternProperties: { "^.*$": { type: "object", properties: { note: { type: "string" } } } },
  };
  try {
    assert.throws(() => editorFields("update", brackenfold), /risks/);
  } finally {
    if (saved === undefined) delete update.properties["risks"];
  }
});

function field(fields: readonly EditorField[], path: string): EditorField {
  const [name, ...rest] = path.split("/");
  const found = fields.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no field ${name} among ${fields.map((candidate) => candidate.name).join(", ")}`);
  return rest.length === 0 ? found : field(found.fields ?? [], rest.join("/"));
}

test("each field has its label and the schema's description as its help", () => {
  const fields = editorFields("update", brackenfold);
  const revised = field(fields, "milestones/WC1-M4/revised_due");
  assert.is(revised.label, "Revised due");
  assert.match(revised.hint ?? "", "A new due date, if the milestone has been moved.");
  assert.is(field(fields, "milestones/WC1-M4").label, "WC1-M4: Weekly food waste collections start for every household");
});

test("statuses, theme, action, milestone and measure ids come from the council's own files", () => {
  const update = editorFields("update", brackenfold);
  assert.equal(field(update, "milestones/WC1-M4/status").options, [...milestoneStatuses]);
  const milestoneIds = brackenfold.actions.flatMap((action) => (action.data.milestones ?? []).map((milestone) => milestone.id)).sort();
  assert.equal(
    field(update, "milestones")
      .fields?.map((sub) => sub.name)
      .sort(),
    milestoneIds,
  );
  const measureIds = brackenfold.actions.flatMap((action) => (action.data.measures ?? []).map((measure) => measure.id)).sort();
  assert.equal(
    field(update, "measures")
      .fields?.map((sub) => sub.name)
      .sort(),
    measureIds,
  );
  assert.equal(field(update, "savings/action").options?.slice().sort(), brackenfold.actions.map((action) => action.data.id).sort());
  assert.equal(
    field(editorFields("action", brackenfold), "theme").options,
    brackenfold.plan.data.themes.map((theme) => theme.id),
  );

  const rated = loadContent("tests/fixtures/real").councils.find((council) => (council.plan.data.ratings ?? []).length > 0);
  assert.ok(rated, "a real council has its own rating words");
  const words = rated.plan.data.ratings!.map((rating) => rating.word);
  const options =
    field(editorFields("update", rated), "milestones").fields?.[0]?.fields?.find((sub) => sub.name === "status")?.options ?? [];
  for (const word of words) assert.ok(options.includes(word), `${word} is offered`);
});

test("required fields and patterns are the check's, with the check's words", () => {
  const update = editorFields("update", brackenfold);
  assert.is(field(update, "period").required, true);
  assert.is(field(update, "published").required, false);
  const [pattern, message] = field(update, "published").pattern ?? ["", ""];
  assert.ok(!new RegExp(pattern).test("12/11/2026") && new RegExp(pattern).test("2026-11-12"));
  const fromCheck = checkShape("update", { period: "2026/27 Q3", published: "12/11/2026" }, "r.md", {
    valueAt: () => ({ line: 1, column: 1 }),
    keyAt: () => ({ line: 1, column: 1 }),
  } as never);
  const printed = fromCheck.map(formatContentError).join("\n");
  assert.match(printed, "is not a date written year-month-day");
  assert.match(message, "is not a date written year-month-day");
  assert.match(message, 'write the date as year-month-day, for example "2024-07-19"');
  // A meeting's name is required when a meeting is given; the meeting itself may be left out, so the form cannot insist.
  assert.is(field(update, "considered_by/body").required, false);
  assert.is(field(update, "savings/delivered").required, true);
});

test("a new report starts with what npm run new -- update writes", () => {
  const next = nextReportValues(brackenfold, "2026-11-23");
  assert.ok(next);
  const config = editorConfiguration(content.councils, { ...options, nextReports: { brackenfold: next } });
  const reports = config.decap.collections.find((collection) => collection.name === "updates-brackenfold") as EditorCollection;
  const fields = reports.fields ?? [];
  assert.is(field(fields, "period").default, "2026/27 Q3");
  assert.is(field(fields, "published").default, next.data["published"]);
  const rated = Object.entries(next.data["milestones"] as Record<string, { status: string }>);
  assert.ok(rated.length > 0);
  for (const [id, progress] of rated) assert.is(field(fields, `milestones/${id}/status`).default, progress.status);
  assert.equal(field(fields, "savings").default, next.data["savings"]);
  assert.match(String(field(fields, "body").default), "## Summary");
  assert.is(reports.slug, "{{fields.period | lower}}");
});

test("a collection per kind of file, each council's reports and actions in their own folder, saved as pull requests", () => {
  const config = editorConfiguration(content.councils, options);
  const names = config.decap.collections.map((collection) => collection.name);
  assert.equal(names.slice(0, 2), ["council", "plan"]);
  for (const council of content.councils) {
    assert.ok(names.includes(`actions-${council.slug}`) && names.includes(`updates-${council.slug}`));
    const reports = config.decap.collections.find((collection) => collection.name === `updates-${council.slug}`);
    assert.is(reports?.folder, `site-content/councils/${council.slug}/updates`);
  }
  assert.is(config.decap["publish_mode"], "editorial_workflow");
  assert.equal((config.decap["backend"] as { repo: string }).repo, "council/plans");
  for (const collection of config.decap.collections) assert.ok(config.formats[collection.format], `${collection.name} has its format`);
});

test.run();
