/**
 * The browser editor's configuration (Decap CMS, https://decapcms.org/docs/configuration-options/), generated from
 * the content schema (lib/schema) and the councils' own files, never written by hand: a collection per kind of
 * file, every field with its label and the schema's description as its help, selects for statuses (the council's
 * rating words and the site's), theme, action, milestone and measure ids from the council's files, and the
 * required fields and patterns the check applies, with the check's own words (lib/validate/shape.ts).
 *
 * A progress report's milestones, measures and actions are groups keyed by id. Decap cannot add keys of its own
 * choosing to a group, but the ids are known when the configuration is made: each council's report collection
 * has one optional sub-form per milestone (measure, action) of that council, labelled with its id and title. So
 * the file format stays as officers and `npm run new` write it.
 */
import type { TSchema } from "@sinclair/typebox";
import { contentSchemas, type ContentKind } from "../schema/index.ts";
import type { LoadedCouncil } from "../load/loaded.ts";
import { ratingScale, statusWords } from "../derive/rating.ts";
import { formsOf } from "../validate/shape.ts";
import { statusTagClasses } from "../site/status-tag.ts";

/** One Decap field. https://decapcms.org/docs/widgets/ */
export interface EditorField {
  name: string;
  label: string;
  widget: "string" | "text" | "markdown" | "number" | "boolean" | "select" | "object" | "list" | "hidden";
  hint?: string;
  required: boolean;
  pattern?: [string, string];
  options?: string[];
  fields?: EditorField[];
  value_type?: "int" | "float";
  min?: number;
  max?: number;
  collapsed?: boolean;
  summary?: string;
  default?: unknown;
  modes?: string[];
}

export interface EditorCollection {
  name: string;
  label: string;
  label_singular?: string;
  /** One of our own formats, registered by the editor's script (pages/admin/editor.js): front matter or YAML. */
  format: string;
  extension: string;
  folder?: string;
  create?: boolean;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  sortable_fields?: string[];
  files?: { name: string; label: string; file: string; fields: EditorField[] }[];
  fields?: EditorField[];
}

export interface EditorOptions {
  /** The content folder as a path within the repository, "content". */
  contentPath: string;
  /** The repository the editor commits to, "owner/name", and its branch. */
  repo: string;
  branch: string;
  /** The address of the OAuth relay for signing in with GitHub; Netlify's own when not given. */
  authUrl?: string;
  /** The site's address, for the editor's link back to it. */
  siteUrl: string;
  /** Each council's next report as `npm run new -- update` writes it, parsed: the new report's starting values. */
  nextReports: Record<string, { data: Record<string, unknown>; body: string } | undefined>;
}

/** What the editor's script needs besides Decap's own configuration: each collection's file format. */
export interface EditorFormat {
  /** "yaml" for a YAML file, "front-matter" for a report: YAML between "---" lines, then the narrative. */
  kind: "yaml" | "front-matter";
  /** The first line of a new YAML file, naming its schema for VS Code, as the example content has it. */
  modeline?: string;
  /** Each field's order, for new keys: top-level and nested, as "path": [names in order]. */
  order: Record<string, string[]>;
}

/** What a collection's preview needs to show a report or an action as the site does. */
export interface EditorPreview {
  /** The site's status each word counts as: the council's rating words, and the site's own. */
  statuses: Record<string, string>;
  /** Each milestone's, measure's and action's title, by id. */
  titles: Record<string, string>;
}

export interface EditorConfiguration {
  decap: Record<string, unknown> & { collections: EditorCollection[] };
  /** Each collection's file format, by the collection's name (which is also its format's name). */
  formats: Record<string, EditorFormat>;
  previews: Record<string, EditorPreview>;
  /** Each status's tag colour, as the site's pages show it (lib/site/status-tag.ts). */
  tagClasses: Record<string, string>;
}

interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  patternProperties?: Record<string, JsonSchema>;
  anyOf?: { const?: unknown }[];
  pattern?: string;
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
}

/** The ids and words a council's files give, for the selects and the groups by id. */
interface Vocabulary {
  statuses: string[];
  themes: string[];
  actions: { id: string; title: string }[];
  milestones: { id: string; title: string }[];
  measures: { id: string; title: string }[];
}

function vocabularyOf(council: LoadedCouncil): Vocabulary {
  const actions = [...council.actions].map((action) => action.data).sort((a, b) => a.id.localeCompare(b.id, "en-GB", { numeric: true }));
  return {
    statuses: statusWords(ratingScale(council.plan.data.ratings)),
    themes: council.plan.data.themes.map((theme) => theme.id),
    actions: actions.map((action) => ({ id: action.id, title: action.title })),
    milestones: actions.flatMap((action) => (action.milestones ?? []).map((m) => ({ id: m.id, title: m.title }))),
    measures: actions.flatMap((action) => (action.measures ?? []).map((m) => ({ id: m.id, title: m.title }))),
  };
}

/**
 * Fields whose choices come from the council's files, by kind and path ("*" for any id or list item). A group by
 * id with no entry here would be a field the editor cannot show: fieldFor refuses it, so the configuration test
 * fails rather than the editor silently leaving a field out.
 */
const fromCouncil: Record<string, (vocabulary: Vocabulary) => { options?: string[]; ids?: { id: string; title: string }[] }> = {
  "update/milestones/*/status": (v) => ({ options: v.statuses }),
  "update/actions/*/status": (v) => ({ options: v.statuses }),
  "action/status": (v) => ({ options: v.statuses }),
  "action/milestones/*/status": (v) => ({ options: v.statuses }),
  "action/theme": (v) => ({ options: v.themes }),
  "plan/barriers/*/theme": (v) => ({ options: v.themes }),
  "update/savings/*/action": (v) => ({ options: v.actions.map((action) => action.id) }),
  "update/milestones": (v) => ({ ids: v.milestones }),
  "update/measures": (v) => ({ ids: v.measures }),
  "update/actions": (v) => ({ ids: v.actions }),
};

/** "revised_due" is "Revised due". */
export function fieldLabel(name: string): string {
  const words = name.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The check's words for a value not in its pattern's form (lib/validate/shape.ts), without the value itself. */
export function patternMessage(schema: JsonSchema): string {
  const forms = formsOf(schema.pattern ?? "");
  return forms ? `is not ${forms.what}: write ${forms.write}` : `is not in the right form: ${schema.description ?? ""}`.trim();
}

/** A field of a kind's schema as a Decap field; `path` is the kind and the field's place, "update/milestones/*". */
function fieldFor(name: string, schema: JsonSchema, path: string, required: boolean, vocabulary: Vocabulary): EditorField {
  const base = { name, label: fieldLabel(name), required, ...(schema.description ? { hint: schema.description } : {}) };
  const chosen = fromCouncil[path]?.(vocabulary);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];

  const record = Object.values(schema.patternProperties ?? {})[0];
  if (record) {
    if (!chosen?.ids) throw new Error(`the editor has no way to show ${path}: a group by id needs its ids in lib/editor/config.ts`);
    return {
      ...base,
      widget: "object",
      collapsed: !required,
      fields: chosen.ids.map(({ id, title }) => ({
        ...fieldFor(id, record, `${path}/*`, false, vocabulary),
        label: `${id}: ${title}`,
        collapsed: true,
      })),
    };
  }
  if (schema.properties) {
    return { ...base, widget: "object", collapsed: !required, fields: fieldsFor(schema, path, vocabulary, !required) };
  }
  if (types.includes("array") && schema.items?.properties) {
    const itemFields = fieldsFor(schema.items, `${path}/*`, vocabulary, false);
    const first = itemFields.find((field) => field.name === "id" || field.name === "title" || field.name === "action") ?? itemFields[0];
    return {
      ...base,
      widget: "list",
      ...(schema.minItems ? { min: schema.minItems } : {}),
      collapsed: true,
      ...(first ? { summary: `{{fields.${first.name}}}` } : {}),
      fields: itemFields,
    };
  }
  if (chosen?.options) return { ...base, widget: "select", options: chosen.options };
  if (schema.anyOf) {
    return {
      ...base,
      widget: "select",
      options: schema.anyOf.flatMap((option) => (typeof option.const === "string" ? [option.const] : [])),
    };
  }
  if (types.includes("string")) {
    return {
      ...base,
      // Prose (paragraphs, Markdown allowed) gets a text area; a line, a date or an id a one-line box.
      widget: (schema.maxLength ?? 0) > 300 ? "text" : "string",
      ...(schema.pattern ? { pattern: [schema.pattern, patternMessage(schema)] as [string, string] } : {}),
    };
  }
  if (types.includes("number") || types.includes("integer")) {
    return {
      ...base,
      widget: "number",
      value_type: types.includes("integer") ? "int" : "float",
      ...(schema.minimum !== undefined ? { min: schema.minimum } : {}),
      ...(schema.maximum !== undefined ? { max: schema.maximum } : {}),
    };
  }
  if (types.includes("boolean")) return { ...base, widget: "boolean" };
  throw new Error(`the editor has no widget for ${path} (${JSON.stringify(schema.type)})`);
}

/**
 * The fields of an object schema. A field the schema requires is required in the editor too, except inside a
 * group that may be left out altogether (a report's meeting): Decap would otherwise refuse to save a report with
 * no meeting, and the check still says "is missing" when the group is given without it.
 */
function fieldsFor(schema: JsonSchema, path: string, vocabulary: Vocabulary, optionalParent: boolean): EditorField[] {
  return Object.entries(schema.properties ?? {}).map(([name, field]) =>
    fieldFor(name, field, `${path}/${name}`, !optionalParent && (schema.required ?? []).includes(name), vocabulary),
  );
}

/** A kind's fields for one council, from its schema. */
export function editorFields(kind: ContentKind, council: LoadedCouncil): EditorField[] {
  const schema = JSON.parse(JSON.stringify(contentSchemas[kind] as TSchema)) as JsonSchema;
  return fieldsFor(schema, kind, vocabularyOf(council), false);
}

/** Each object's field order, by path, for the editor's script to write new keys in the schema's order. */
function fieldOrder(fields: readonly EditorField[], path = "", order: Record<string, string[]> = {}): Record<string, string[]> {
  order[path] = fields.map((field) => field.name);
  for (const field of fields) {
    if (!field.fields) continue;
    fieldOrder(field.fields, field.widget === "list" ? `${path}${field.name}[]/` : `${path}${field.name}/`, order);
  }
  return order;
}

/** The new report's fields, with the values `npm run new -- update` would give as their defaults. */
function withDefaults(fields: EditorField[], values: Record<string, unknown> | undefined): EditorField[] {
  if (!values) return fields;
  return fields.map((field) => {
    const value = values[field.name];
    if (value === undefined) return field;
    if (field.widget === "object" && field.fields && value !== null && typeof value === "object" && !Array.isArray(value)) {
      return { ...field, collapsed: false, fields: withDefaults(field.fields, value as Record<string, unknown>) };
    }
    return { ...field, default: value };
  });
}

export function editorConfiguration(councils: readonly LoadedCouncil[], options: EditorOptions): EditorConfiguration {
  const councilsPath = `${options.contentPath.replace(/\/+$/, "")}/councils`;
  const formats: Record<string, EditorFormat> = {};
  const collections: EditorCollection[] = [];
  const one = councils.length === 1;
  const named = (council: LoadedCouncil, what: string) =>
    one ? what : `${council.council.data.short_name ?? council.council.data.name}: ${what.toLowerCase()}`;

  const previews: Record<string, EditorPreview> = {};
  for (const kind of ["council", "plan"] as const) {
    const files = councils.map((council) => {
      const fields = editorFields(kind, council);
      formats[kind] = { kind: "yaml", order: fieldOrder(fields) };
      return { name: council.slug, label: council.council.data.name, file: `${councilsPath}/${council.slug}/${kind}.yaml`, fields };
    });
    collections.push({
      name: kind,
      label: kind === "council" ? "Council details" : "Plan",
      format: kind,
      extension: "yaml",
      files,
    });
  }
  for (const council of councils) {
    const vocabulary = vocabularyOf(council);
    const scale = ratingScale(council.plan.data.ratings);
    const preview: EditorPreview = {
      statuses: Object.fromEntries(statusWords(scale).map((word) => [word, scale.get(word.toLowerCase())?.means ?? word])),
      titles: Object.fromEntries(
        [...vocabulary.actions, ...vocabulary.milestones, ...vocabulary.measures].map(({ id, title }) => [id, title]),
      ),
    };
    const actionFields = editorFields("action", council);
    const actions = `actions-${council.slug}`;
    formats[actions] = {
      kind: "yaml",
      modeline: "# yaml-language-server: $schema=../../../../schema/action.schema.json",
      order: fieldOrder(actionFields),
    };
    previews[actions] = preview;
    collections.push({
      name: actions,
      label: named(council, "Actions"),
      label_singular: "action",
      format: actions,
      extension: "yaml",
      folder: `${councilsPath}/${council.slug}/actions`,
      create: true,
      slug: "{{fields.id}}",
      identifier_field: "id",
      summary: "{{fields.id}}: {{fields.title}}",
      sortable_fields: ["id", "title"],
      fields: actionFields,
    });

    const reports = `updates-${council.slug}`;
    const next = options.nextReports[council.slug];
    const reportFields = [
      ...editorFields("update", council),
      {
        name: "body",
        label: "Report",
        widget: "markdown" as const,
        // Markdown as typed first, so the narrative is saved as written; the rich text view is a click away.
        modes: ["raw", "rich_text"],
        required: true,
        hint: "The report's narrative, in Markdown: a heading for each part (## Summary), then paragraphs.",
      },
    ];
    formats[reports] = { kind: "front-matter", order: fieldOrder(reportFields) };
    previews[reports] = preview;
    collections.push({
      name: reports,
      label: named(council, "Progress reports"),
      label_singular: "progress report",
      format: reports,
      extension: "md",
      folder: `${councilsPath}/${council.slug}/updates`,
      create: true,
      // "2026/27 Q3" is saved as 2026-27-q3.md, as `npm run new -- update` names it.
      slug: "{{fields.period | lower}}",
      identifier_field: "period",
      summary: "{{fields.period}}{{fields.title}}",
      sortable_fields: ["period", "published"],
      fields: withDefaults(reportFields, next ? { ...next.data, body: next.body } : undefined),
    });
  }

  return {
    decap: {
      backend: {
        name: "github",
        repo: options.repo,
        branch: options.branch,
        ...(options.authUrl ? { base_url: options.authUrl } : {}),
        commit_messages: {
          create: "Add {{collection}} {{slug}} (in the browser editor)",
          update: "Change {{collection}} {{slug}} (in the browser editor)",
          delete: "Remove {{collection}} {{slug}} (in the browser editor)",
        },
      },
      // Each change is its own pull request, which the pull-request check runs on.
      publish_mode: "editorial_workflow",
      // On localhost, `npm run edit`'s local backend (decap-server) instead of signing in.
      local_backend: true,
      site_url: options.siteUrl,
      display_url: options.siteUrl,
      locale: "en-GB",
      // Decap needs a media folder; content has no images but council logos, which are named in council.yaml.
      media_folder: councilsPath,
      slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
      collections,
    },
    formats,
    previews,
    tagClasses: statusTagClasses,
  };
}
