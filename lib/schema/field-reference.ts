/**
 * The officers' field reference (docs/fields.md), generated from the content schema so it cannot drift: every field
 * of every kind of file, with its description, whether it is required, the words allowed and examples.
 * scripts/fields.ts writes it; tests/schema/field-reference.test.ts fails when the file is stale.
 */
import { contentSchemas, type ContentKind } from "./index.ts";

/** The parts of JSON Schema the content schema uses. */
interface JsonSchema {
  /** One type, or several: ["object", "null"] is a group that may be left empty. */
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  const?: string | number;
  pattern?: string;
  examples?: (string | number)[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
}

export interface FieldRow {
  /** Where the field sits: "contact.email", "milestones[].due", "milestones.<id>.status". */
  path: string;
  /** "yes", "no", or "yes, if `considered_by` is given". */
  required: string;
  description: string;
  allowed: string;
}

/** Where each kind of file lives in a council's folder. */
export const contentFileNames: Record<ContentKind, string> = {
  council: "council.yaml",
  plan: "plan.yaml",
  action: "actions/<id>.yaml",
  update: "updates/<name>.md (the front matter, between the two --- lines)",
};

/** Every field of one kind of file, parents before their children, in the schema's own order. */
export function fieldRows(kind: ContentKind): FieldRow[] {
  const root = JSON.parse(JSON.stringify(contentSchemas[kind])) as JsonSchema;
  const rows: FieldRow[] = [];
  // A required field inside an optional group is required only when the group is given: name the nearest such group.
  const walk = (schema: JsonSchema, prefix: string, optionalGroup: string | undefined): void => {
    for (const [name, field] of Object.entries(schema.properties ?? {})) {
      const path = `${prefix}${name}`;
      const isRequired = schema.required?.includes(name) ?? false;
      const required = !isRequired ? "no" : optionalGroup ? `yes, if \`${optionalGroup}\` is given` : "yes";
      rows.push({ path, required, description: describe(field), allowed: allowed(field) });
      const children = childrenOf(field);
      if (children) walk(children.schema, `${path}${children.join}`, isRequired ? optionalGroup : path);
    }
  };
  walk(root, "", undefined);
  return rows;
}

/** The object a field's children hang from, and how their paths join on: "contact." "milestones[]." "milestones.<id>.". */
function childrenOf(field: JsonSchema): { schema: JsonSchema; join: string } | undefined {
  if (field.properties) return { schema: field, join: "." };
  if (field.items?.properties) return { schema: field.items, join: "[]." };
  const record = Object.values(field.patternProperties ?? {})[0];
  if (record?.properties) return { schema: record, join: ".<id>." };
  return undefined;
}

function describe(field: JsonSchema): string {
  return field.description ?? field.items?.description ?? "";
}

function allowed(field: JsonSchema): string {
  const words = (field.anyOf ?? []).flatMap((option) => (option.const === undefined ? [] : [`\`${option.const}\``]));
  if (words.length > 0) return `one of: ${words.join(", ")}`;
  switch (Array.isArray(field.type) ? field.type[0] : field.type) {
    case "string": {
      if (field.examples) return `text, for example ${field.examples.map((example) => `\`${example}\``).join(", ")}`;
      if (field.pattern) return `text matching \`${field.pattern}\``;
      return field.maxLength !== undefined ? `text, up to ${field.maxLength.toLocaleString("en-GB")} characters` : "text";
    }
    case "number":
    case "integer": {
      const kind = field.type === "integer" ? "a whole number" : "a number";
      return field.minimum === 0 ? `${kind}, 0 or more` : kind;
    }
    case "array":
      if (field.items?.properties) return `a list${field.minItems ? ` of at least ${field.minItems}` : ""}; each item has the fields below`;
      return `a list of ${allowed(field.items ?? {})}`;
    case "object":
      return field.patternProperties ? "a group by id; each has the fields below" : "a group of the fields below";
    default:
      return "";
  }
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replaceAll("|", "\\|");
}

export function fieldReference(): string {
  const kinds = Object.keys(contentSchemas) as ContentKind[];
  const sections = kinds.map((kind) => {
    const root = contentSchemas[kind];
    const rows = fieldRows(kind).map((row) => `| \`${cell(row.path)}\` | ${cell(row.required)} | ${cell(row.description)} | ${cell(row.allowed)} |`);
    return [
      `## ${contentFileNames[kind]}`,
      "",
      root.description ?? "",
      "",
      "| Field | Required | What it means | Allowed |",
      "| --- | --- | --- | --- |",
      ...rows,
      "",
    ].join("\n");
  });
  return [
    "<!-- Generated from lib/schema by `npm run fields`. Do not edit by hand: change the schema's descriptions instead. -->",
    "",
    "# Field reference",
    "",
    "Every field of every kind of content file, generated from the content schema. Each council's folder holds",
    "`council.yaml`, `plan.yaml`, one file per action in `actions/` and one file per progress report in `updates/`.",
    "See the [officers' guide](officers-guide.md) for how to use them.",
    "",
    "In a path, `[]` means each item of a list and `<id>` means each entry named by its id, for example",
    "`milestones.<id>.status` is the status of each milestone in a progress report. A report's narrative, after its",
    "front matter, is Markdown: headings, paragraphs, lists and links.",
    "",
    ...sections,
  ]
    .join("\n")
    .replace(/\n+$/, "\n");
}
