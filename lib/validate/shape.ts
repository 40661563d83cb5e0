/**
 * Checks a parsed file against its schema and turns Ajv's findings into content errors an officer can act
 * on: the field in dotted form, the line and column of the value, and what is allowed.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { closest, distance } from "fastest-levenshtein";
import { contentSchemas, type ContentKind } from "../schema/index.ts";
import { contentError, type ContentError } from "../errors.ts";
import { escapePointerSegment, type SourceMap } from "../load/yaml.ts";

// verbose: Ajv then gives each error its value (error.data) and schema (error.parentSchema), which the messages quote.
const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
const validators = new Map<ContentKind, ValidateFunction>();

function validatorFor(kind: ContentKind): ValidateFunction {
  let validate = validators.get(kind);
  if (!validate) {
    validate = ajv.compile(contentSchemas[kind]);
    validators.set(kind, validate);
  }
  return validate;
}

/** Dotted field path for people: "/milestones/2/due" -> "milestones[2].due". */
export function fieldName(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment), "");
}

export function checkShape(kind: ContentKind, value: unknown, file: string, sourceMap: SourceMap): ContentError[] {
  // YAML's .nan and .inf are numbers to JSON Schema, but not amounts or measures a page could show.
  const notFinite = nonFiniteNumbers(value).map((pointer) =>
    contentError({
      file,
      ...sourceMap.valueAt(pointer),
      field: fieldName(pointer),
      message: "is not a number a page can show",
      hint: "write the figure in digits, for example 41",
    }),
  );
  if (notFinite.length > 0) return notFinite;
  const validate = validatorFor(kind);
  if (validate(value)) return [];
  return collapse(validate.errors ?? []).map((error) => describe(error, file, sourceMap));
}

/** The pointers to every .nan and .inf; a pointer is built only for those, not for every value walked past. */
function nonFiniteNumbers(value: unknown, path: string[] = [], found: string[] = []): string[] {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) found.push(path.map((segment) => `/${escapePointerSegment(segment)}`).join(""));
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      path.push(key);
      nonFiniteNumbers(item, path, found);
      path.pop();
    }
  }
  return found;
}

/**
 * Ajv reports each branch of a union separately ("must be equal to constant" once per allowed word); keep one
 * error per place and let the union's own description say what is allowed. A misspelt field is one mistake,
 * not two: "title is missing" is left out when "tittle" is there and the hint suggests "title".
 */
function collapse(errors: readonly ErrorObject[]): ErrorObject[] {
  const unionPaths = new Set(errors.filter((error) => error.keyword === "anyOf").map((error) => error.instancePath));
  const misspelt = new Set(
    errors.flatMap((error) => {
      if (error.keyword !== "additionalProperties") return [];
      const suggestion = suggestField(String(error.params.additionalProperty), error.parentSchema);
      return suggestion ? [`${error.instancePath}/${suggestion}`] : [];
    }),
  );
  const seen = new Set<string>();
  return errors.filter((error) => {
    if (unionPaths.has(error.instancePath) && error.keyword !== "anyOf") return false;
    if (error.keyword === "required" && misspelt.has(`${error.instancePath}/${String(error.params.missingProperty)}`)) return false;
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describe(error: ErrorObject, file: string, sourceMap: SourceMap): ContentError {
  const schema = error.parentSchema as { description?: string; examples?: unknown[]; anyOf?: { const?: unknown }[] } | undefined;
  const value = error.data;
  switch (error.keyword) {
    case "additionalProperties": {
      const unknownField = String(error.params.additionalProperty);
      const pointer = `${error.instancePath}/${escapePointerSegment(unknownField)}`;
      const allowed = allowedFields(schema);
      const suggestion = suggestField(unknownField, schema);
      return contentError({
        file,
        ...sourceMap.keyAt(pointer),
        field: fieldName(pointer),
        message: `"${unknownField}" is not a field here`,
        hint:
          oldFormatFields[unknownField] ??
          (suggestion ? `did you mean "${suggestion}"? Allowed: ${allowed.join(", ")}` : `allowed: ${allowed.join(", ")}`),
      });
    }
    case "required": {
      const missing = String(error.params.missingProperty);
      return contentError({
        file,
        ...sourceMap.valueAt(error.instancePath),
        field: fieldName(`${error.instancePath}/${missing}`),
        message: "is missing",
        hint: describeProperty(schema, missing),
      });
    }
    case "anyOf": {
      const allowed = (schema?.anyOf ?? []).map((branch) => branch.const).filter((word) => word !== undefined);
      const suggestion = typeof value === "string" && allowed.length > 0 ? closest(value, allowed.map(String)) : undefined;
      return contentError({
        file,
        ...sourceMap.valueAt(error.instancePath),
        field: fieldName(error.instancePath),
        message: `${quote(value)} is not allowed`,
        hint:
          allowed.length > 0
            ? `${suggestion && typeof value === "string" && isNear(value, suggestion) ? `did you mean "${suggestion}"? ` : ""}allowed: ${allowed.join(", ")}`
            : schema?.description,
      });
    }
    case "pattern":
      return contentError({
        file,
        ...sourceMap.valueAt(error.instancePath),
        field: fieldName(error.instancePath),
        message: `${quote(value)} is not in the right form`,
        hint: schema?.description,
      });
    case "type":
      return contentError({
        file,
        ...sourceMap.valueAt(error.instancePath),
        field: fieldName(error.instancePath),
        message: `${quote(value)} should be ${article(String(error.params.type))}`,
        hint: schema?.description,
      });
    default:
      return contentError({
        file,
        ...sourceMap.valueAt(error.instancePath),
        field: fieldName(error.instancePath),
        message: `${quote(value)} ${plainMessage(error)}`,
        hint: schema?.description,
      });
  }
}

function describeProperty(schema: unknown, property: string): string | undefined {
  const properties = (schema as { properties?: Record<string, { description?: string }> } | undefined)?.properties;
  return properties?.[property]?.description;
}

/** Fields of the old content format, with what took their place: `npm run migrate` moves a whole folder over. */
const oldFormatFields: Record<string, string> = {
  quarter: 'this is the old format: write period: "2024/25 Q2" instead, or run npm run migrate to move every file over',
  rag_summary: "this is the old format: write rating_counts instead, or run npm run migrate to move every file over",
  achieved: "this is the old format: write done (Markdown) instead, or run npm run migrate to move every file over",
};

function allowedFields(schema: unknown): string[] {
  return Object.keys((schema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
}

/** The allowed field an unknown one is a slip of the keyboard away from, if any. */
function suggestField(unknownField: string, schema: unknown): string | undefined {
  const allowed = allowedFields(schema);
  const suggestion = allowed.length > 0 ? closest(unknownField, allowed) : undefined;
  return suggestion && isNear(unknownField, suggestion) ? suggestion : undefined;
}

/** A suggestion is worth making when it is a slip of the keyboard away ("stauts" for "status"). */
export function isNear(typed: string, suggestion: string): boolean {
  return distance(typed.toLowerCase(), suggestion.toLowerCase()) <= Math.max(2, Math.floor(suggestion.length / 3));
}

function quote(value: unknown): string {
  if (value === null || value === undefined) return "an empty value";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "object") return Array.isArray(value) ? "a list" : "a group of fields";
  return String(value);
}

function article(type: string): string {
  const words: Record<string, string> = {
    string: "text",
    number: "a number",
    integer: "a whole number",
    object: "a group of fields (name: value on separate, indented lines)",
    array: 'a list (one item per line, each starting "- ")',
    boolean: "yes or no (true or false)",
  };
  return words[type] ?? type;
}

function plainMessage(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "minimum":
      return `is below the smallest allowed, ${String(params.limit)}`;
    case "maximum":
      return `is above the largest allowed, ${String(params.limit)}`;
    case "minLength":
      return "is empty";
    case "maxLength":
      return `is longer than ${String(params.limit)} characters`;
    case "minItems":
      return `needs at least ${String(params.limit)} item${params.limit === 1 ? "" : "s"}`;
    default:
      return error.message ?? "is not allowed";
  }
}
