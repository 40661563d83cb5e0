/**
 * Checks a parsed file against its schema and turns Ajv's findings into content errors an officer can act
 * on: the field named as people read it (lib/errors.ts, fieldName), the line and column of the value, and what is allowed.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { closest, distance } from "fastest-levenshtein";
import { contentSchemas, type ContentKind } from "../schema/index.ts";
import { contentError, fieldName, type ContentError } from "../errors.ts";
import { escapePointerSegment, type SourceMap } from "../load/yaml.ts";
import { plainNumberFor, plainNumberMessage } from "../load/number-text.ts";
import { CalendarDate, DayOrBy, DueDate, FinancialYearText, ReportPeriodText } from "../schema/primitives.ts";
import { dueDateForms } from "../time/due-date.ts";
import { reportPeriodForms } from "../time/report-period.ts";
import { writtenAsContentDate } from "../time/calendar.ts";
import { pluralise } from "../format/numbers.ts";

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
    case "pattern": {
      const forms = formsOf(String(error.params.pattern));
      const suggestion = typeof value === "string" && forms ? suggestForm(value, forms.kind) : undefined;
      return contentError({
        file,
        ...sourceMap.valueAt(error.instancePath),
        field: fieldName(error.instancePath),
        message: forms ? `${quote(value)} is not ${forms.what}` : `${quote(value)} is not in the right form`,
        hint: forms ? `${suggestion ? `did you mean "${suggestion}"? ` : ""}write ${forms.write}` : schema?.description,
      });
    }
    case "type": {
      // "£91,000" or "91,000" for a number: one message saying how to write it.
      const plain =
        typeof value === "string" && ["number", "integer"].includes(String(error.params.type)) ? plainNumberFor(value) : undefined;
      return contentError({
        file,
        ...sourceMap.valueAt(error.instancePath),
        field: fieldName(error.instancePath),
        ...(plain !== undefined && typeof value === "string"
          ? plainNumberMessage(value, plain)
          : { message: `${quote(value)} should be ${article(String(error.params.type))}`, hint: schema?.description }),
      });
    }
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

type DateKind = "due" | "day" | "day or by" | "period" | "year";

/**
 * What a date field takes, with an example of each form, from the schema's own pattern: a due date's forms are
 * lib/time/due-date.ts's, a report period's lib/time/report-period.ts's, so a message and the reader agree.
 */
export function formsOf(pattern: string): { kind: DateKind; what: string; write: string } | undefined {
  if (pattern === DueDate.pattern) return { kind: "due", what: "a due date in a form the site reads", write: dueDateForms };
  if (pattern === CalendarDate("").pattern) {
    return { kind: "day", what: "a date written year-month-day", write: 'the date as year-month-day, for example "2024-07-19"' };
  }
  if (pattern === DayOrBy("").pattern) {
    return {
      kind: "day or by",
      what: "a date written year-month-day",
      write: 'the date as year-month-day, "2024-07-19", or "by 2024-07-19" when only the deadline is known',
    };
  }
  if (pattern === ReportPeriodText.pattern) return { kind: "period", what: "a period a report can cover", write: reportPeriodForms };
  if (pattern === FinancialYearText.pattern) {
    return { kind: "year", what: "a financial year", write: 'the two years it spans, for example "2024/25" for April 2024 to March 2025' };
  }
  return undefined;
}

/** The value in the form the field takes, when it is a date written as people write it ("March 2027" is "2027-03"). */
function suggestForm(value: string, kind: DateKind): string | undefined {
  const deadline = /^by (.+)$/i.exec(value.trim());
  const written = writtenAsContentDate(deadline?.[1] ?? value);
  if (written === undefined) return undefined;
  if (kind === "due") return deadline ? `by ${written}` : written;
  if (kind === "day") return written.length === 10 && !deadline ? written : undefined;
  if (kind === "day or by") return written.length === 10 ? (deadline ? `by ${written}` : written) : undefined;
  return undefined;
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
      return `needs at least ${pluralise(Number(params.limit), "item")}`;
    default:
      return error.message ?? "is not allowed";
  }
}
