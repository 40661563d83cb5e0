/**
 * YAML with line and column for every value, using js-yaml's event stream (js-yaml 5: parseEvents and
 * constructFromEvents). The value comes back as `unknown` for the schema to narrow.
 *
 * Safety, since content arrives in pull requests from many hands: aliases are refused outright (an
 * "alias bomb" expands exponentially in anything that walks the result), nesting is capped, duplicate keys
 * are errors, and the core schema keeps dates as text ("2024-07-19" stays a string).
 */
import { CORE_SCHEMA, EVENT_ID, YAMLException, constructFromEvents, getScalarValue, parseEvents, type Event } from "js-yaml";
import { contentError, type ContentError } from "../errors.ts";

/** Content is at most a few levels deep (update -> milestones -> id -> status); 20 leaves room and stops abuse. */
const maxDepth = 20;

export interface Position {
  line: number;
  column: number;
}

/** Where each value and key sits in the source, by JSON Pointer ("/milestones/2/due"), as Ajv reports paths. */
export class SourceMap {
  readonly #lineStarts: number[];
  readonly #valueOffsets = new Map<string, number>();
  readonly #keyOffsets = new Map<string, number>();

  constructor(
    text: string,
    private readonly lineOffset = 0,
  ) {
    this.#lineStarts = [0];
    for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) this.#lineStarts.push(index + 1);
  }

  recordValue(pointer: string, offset: number): void {
    this.#valueOffsets.set(pointer, offset);
  }

  recordKey(pointer: string, offset: number): boolean {
    if (this.#keyOffsets.has(pointer)) return false;
    this.#keyOffsets.set(pointer, offset);
    return true;
  }

  /** The value at a pointer, or the nearest enclosing value that has a position. */
  valueAt(pointer: string): Position {
    for (let path = pointer; ; path = path.slice(0, Math.max(0, path.lastIndexOf("/")))) {
      const offset = this.#valueOffsets.get(path);
      if (offset !== undefined) return this.positionOf(offset);
      if (path === "") return { line: this.lineOffset + 1, column: 1 };
    }
  }

  /** The key of a mapping entry (for an unknown field), falling back to its value. */
  keyAt(pointer: string): Position {
    const offset = this.#keyOffsets.get(pointer);
    return offset === undefined ? this.valueAt(pointer) : this.positionOf(offset);
  }

  positionOf(offset: number): Position {
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((this.#lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1 + this.lineOffset, column: offset - (this.#lineStarts[low] ?? 0) + 1 };
  }
}

export function escapePointerSegment(segment: string): string {
  // Almost every key is a plain word; a national tree builds millions of pointers.
  if (!segment.includes("~") && !segment.includes("/")) return segment;
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

export type ParsedYaml = { value: unknown; sourceMap: SourceMap } | { errors: ContentError[] };

/**
 * Parses one YAML document. `lineOffset` shifts reported lines, for front matter that starts below line 1.
 */
export function parseYaml(text: string, file: string, lineOffset = 0): ParsedYaml {
  const sourceMap = new SourceMap(text, lineOffset);
  let events: Event[];
  try {
    events = parseEvents(text, { filename: file, maxDepth });
  } catch (error) {
    return { errors: [yamlSyntaxError(error, file, sourceMap)] };
  }

  const errors = mapPositions(events, text, file, sourceMap);
  if (errors.length > 0) return { errors };

  try {
    const documents = constructFromEvents(events, { source: text, filename: file, schema: CORE_SCHEMA, maxAliases: 0 });
    return { value: documents[0] ?? null, sourceMap };
  } catch (error) {
    return { errors: [yamlSyntaxError(error, file, sourceMap)] };
  }
}

interface Frame {
  kind: "document" | "mapping" | "sequence" | "complex-key";
  pointer: string;
  nextIndex: number;
  expectingKey: boolean;
  key: string;
}

function mapPositions(events: readonly Event[], text: string, file: string, sourceMap: SourceMap): ContentError[] {
  const errors: ContentError[] = [];
  const stack: Frame[] = [];
  const duplicated: string[] = [];
  let documents = 0;

  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) {
      documents += 1;
      if (documents === 2) {
        errors.push(
          contentError({
            file,
            field: "",
            message: "holds more than one YAML document",
            hint: 'a line of "---" starts a second document; remove it',
          }),
        );
        // The rest would only add knock-on mistakes, such as the second document's fields "given twice".
        break;
      }
      stack.push({ kind: "document", pointer: "", nextIndex: 0, expectingKey: false, key: "" });
      continue;
    }
    if (event.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    if (event.type === EVENT_ID.ALIAS) {
      // anchorStart is the name after the "*"; point at the "*" itself.
      const position = sourceMap.positionOf(Math.max(0, event.anchorStart - 1));
      errors.push(
        contentError({
          file,
          ...position,
          field: "",
          message: "uses a YAML alias (*name)",
          hint: "write the value out in full; anchors and aliases are not allowed in content files",
        }),
      );
      continue;
    }

    const parent = stack.at(-1);
    const offset = event.type === EVENT_ID.SCALAR ? firstOffset(event.valueStart, event.anchorStart, event.tagStart) : event.start;
    let pointer = "";
    let isKey = false;
    if (parent?.kind === "mapping" && parent.expectingKey) {
      isKey = true;
      parent.expectingKey = false;
      parent.key = event.type === EVENT_ID.SCALAR ? getScalarValue(text, event) : "?";
      const keyPointer = `${parent.pointer}/${escapePointerSegment(parent.key)}`;
      // Fields inside a repeated field would all be "given twice" as well; report only the outermost one.
      if (!sourceMap.recordKey(keyPointer, offset) && !duplicated.some((earlier) => keyPointer.startsWith(`${earlier}/`))) {
        duplicated.push(keyPointer);
        errors.push(
          contentError({
            file,
            ...sourceMap.positionOf(offset),
            field: keyPointer.slice(1).replaceAll("/", "."),
            message: `"${parent.key}" is given twice`,
            hint: "each field may appear only once; remove or merge the second one",
          }),
        );
      }
    } else if (parent?.kind === "mapping") {
      pointer = `${parent.pointer}/${escapePointerSegment(parent.key)}`;
      parent.expectingKey = true;
    } else if (parent?.kind === "sequence") {
      pointer = `${parent.pointer}/${parent.nextIndex}`;
      parent.nextIndex += 1;
    } else if (parent?.kind === "complex-key") {
      continue;
    }
    if (!isKey) sourceMap.recordValue(pointer, offset);

    if (event.type === EVENT_ID.MAPPING) {
      stack.push({ kind: isKey ? "complex-key" : "mapping", pointer, nextIndex: 0, expectingKey: true, key: "" });
    } else if (event.type === EVENT_ID.SEQUENCE) {
      stack.push({ kind: isKey ? "complex-key" : "sequence", pointer, nextIndex: 0, expectingKey: false, key: "" });
    }
  }
  return errors;
}

function firstOffset(...offsets: number[]): number {
  return offsets.find((offset) => offset >= 0) ?? 0;
}

/** js-yaml's messages, with a hint for the mistakes officers make most. */
function yamlSyntaxError(error: unknown, file: string, sourceMap: SourceMap): ContentError {
  if (!(error instanceof YAMLException)) throw error;
  const mark = error.mark;
  const position = mark ? sourceMap.positionOf(mark.position) : undefined;
  const reason = error.reason;
  return contentError({ file, ...position, field: "", message: `is not valid YAML: ${reason}`, hint: hintFor(reason) });
}

function hintFor(reason: string): string | undefined {
  if (/tab/i.test(reason)) return "indent with spaces, not tabs";
  if (/duplicate|duplicated/i.test(reason)) return "each field may appear only once";
  if (/alias/i.test(reason)) return "anchors and aliases are not allowed in content files";
  if (/depth|nest/i.test(reason)) return `content may nest at most ${maxDepth} levels deep`;
  if (/indent|bad indentation/i.test(reason)) return "line the field up with the others at the same level, using spaces";
  if (/colon|mapping/i.test(reason)) return 'each field is written "name: value", with a space after the colon';
  return undefined;
}
