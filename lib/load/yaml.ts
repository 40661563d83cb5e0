/**
 * YAML with line and column for every value, using js-yaml's event stream (js-yaml 5: parseEvents and
 * constructFromEvents). The value comes back as `unknown` for the schema to narrow.
 *
 * Safety, since content arrives in pull requests from many hands: aliases are refused outright (an
 * "alias bomb" expands exponentially in anything that walks the result), nesting is capped, duplicate keys
 * are errors, and the core schema keeps dates as text ("2024-07-19" stays a string).
 */
import {
  COLLECTION_STYLE,
  CORE_SCHEMA,
  EVENT_ID,
  SCALAR_STYLE,
  YAMLException,
  constructFromEvents,
  getScalarValue,
  parseEvents,
  type Event,
} from "js-yaml";
import { contentError, fieldName, type ContentError } from "../errors.ts";
import { pluralise } from "../format/numbers.ts";

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
    return { errors: [yamlSyntaxError(error, file, sourceMap, text)] };
  }

  const splitFigures = new Map<string, SplitFigure>();
  const errors = mapPositions(events, text, file, sourceMap, splitFigures);
  if (errors.length > 0) return { errors };

  try {
    const documents = constructFromEvents(events, { source: text, filename: file, schema: CORE_SCHEMA, maxAliases: 0 });
    const value = documents[0] ?? null;
    for (const [pointer, figure] of splitFigures) rejoinFigure(value, pointer, text.slice(figure.start, figure.end), figure.keys);
    return { value, sourceMap };
  } catch (error) {
    return { errors: [yamlSyntaxError(error, file, sourceMap, text)] };
  }
}

interface Frame {
  kind: "document" | "mapping" | "sequence" | "complex-key";
  pointer: string;
  nextIndex: number;
  expectingKey: boolean;
  key: string;
  /** A mapping written in { }, where a comma ends a field. */
  flow?: boolean;
  /** The empty value of a figure's "000" key, to pass over. */
  skipValue?: boolean;
  /** The last plain value in this mapping, and where its text starts and ends: a figure with commas continues it. */
  lastPlain?: { pointer: string; start: number; end: number };
}

/** A figure with commas inside { } that YAML split into fields: where its text runs, and the keys its digits became. */
interface SplitFigure {
  start: number;
  end: number;
  keys: string[];
}

/**
 * Puts a split figure back as the text that was typed ("91,000"), without the stray fields YAML made of it, so that
 * the schema check gives the one message a figure with commas gets ("write 91000") and nothing else.
 */
function rejoinFigure(document: unknown, pointer: string, written: string, keys: readonly string[]): void {
  const segments = pointer
    .split("/")
    .slice(1)
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
  const name = segments.pop();
  let holder: unknown = document;
  for (const segment of segments) holder = (holder as Record<string, unknown> | null)?.[segment];
  if (name === undefined || typeof holder !== "object" || holder === null) return;
  const fields = holder as Record<string, unknown>;
  fields[name] = written;
  for (const key of keys) delete fields[key];
}

function mapPositions(
  events: readonly Event[],
  text: string,
  file: string,
  sourceMap: SourceMap,
  splitFigures: Map<string, SplitFigure>,
): ContentError[] {
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
    if (parent?.kind === "mapping" && parent.expectingKey && parent.flow && event.type === EVENT_ID.SCALAR) {
      const figure = parent.lastPlain;
      const keyText = text.slice(event.valueStart, event.valueEnd);
      if (
        figure &&
        figure.end === event.valueStart - 1 &&
        text[figure.end] === "," &&
        /^\d+$/.test(keyText) &&
        /\d$/.test(text.slice(figure.start, figure.end))
      ) {
        // The figure's value has no key of its own: its "000" key, then that key's empty value.
        // "delivered: 91,000" inside { } reads as 91 and a field "000" (the number 0): one figure, typed with commas.
        figure.end = event.valueEnd;
        const split = splitFigures.get(figure.pointer) ?? { start: figure.start, end: figure.end, keys: [] };
        split.end = figure.end;
        split.keys.push(String(Number(keyText)));
        splitFigures.set(figure.pointer, split);
        parent.expectingKey = false;
        parent.key = "";
        parent.skipValue = true;
        continue;
      }
    }
    if (parent?.kind === "mapping" && !parent.expectingKey && parent.skipValue) {
      parent.skipValue = false;
      parent.expectingKey = true;
      if (event.type === EVENT_ID.SCALAR) continue;
    }
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
            field: fieldName(keyPointer),
            message: `"${parent.key}" is given twice`,
            hint: "each field may appear only once; remove or merge the second one",
          }),
        );
      }
    } else if (parent?.kind === "mapping") {
      pointer = `${parent.pointer}/${escapePointerSegment(parent.key)}`;
      parent.expectingKey = true;
      parent.lastPlain =
        event.type === EVENT_ID.SCALAR && event.style === SCALAR_STYLE.PLAIN
          ? { pointer, start: event.valueStart, end: event.valueEnd }
          : undefined;
    } else if (parent?.kind === "sequence") {
      pointer = `${parent.pointer}/${parent.nextIndex}`;
      parent.nextIndex += 1;
    } else if (parent?.kind === "complex-key") {
      continue;
    }
    if (!isKey) sourceMap.recordValue(pointer, offset);

    if (event.type === EVENT_ID.MAPPING) {
      stack.push({
        kind: isKey ? "complex-key" : "mapping",
        pointer,
        nextIndex: 0,
        expectingKey: true,
        key: "",
        flow: event.style === COLLECTION_STYLE.FLOW,
      });
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
function yamlSyntaxError(error: unknown, file: string, sourceMap: SourceMap, text: string): ContentError {
  if (!(error instanceof YAMLException)) throw error;
  const mark = error.mark;
  const position = mark ? sourceMap.positionOf(mark.position) : undefined;
  const reason = error.reason;
  const misplaced = mark && /bad indentation/i.test(reason) ? misindentedListItem(text, mark.line) : undefined;
  if (misplaced) {
    const { offset, message, hint } = misplaced;
    return contentError({ file, ...sourceMap.positionOf(offset), field: "", message, hint });
  }
  return contentError({ file, ...position, field: "", message: `is not valid YAML: ${reason}`, hint: hintFor(reason) });
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isMeaningful = (line: string): boolean => line.trim() !== "" && !line.trimStart().startsWith("#");

/**
 * js-yaml reports a slip in a list's indentation on the first line that no longer fits, which is often the line
 * after the one that is wrong: with "   - id:" (one space too many) and "    title:" under it, it blames "title",
 * and moving "title" only moves the error. When the list's other items agree with the line blamed, the item that
 * disagrees is the wrong one, and the message points there. `errorLine` is 0-based, as js-yaml's mark gives it.
 */
function misindentedListItem(text: string, errorLine: number): { offset: number; message: string; hint: string } | undefined {
  const lines = text.split("\n");
  const offsetOf = (index: number): number =>
    lines.slice(0, index).reduce((sum, line) => sum + line.length + 1, 0) + indentOf(lines[index] ?? "");
  const blamed = lines[errorLine];
  if (blamed === undefined) return undefined;
  const meaningfulBefore = (index: number): number => {
    let before = index - 1;
    while (before >= 0 && !isMeaningful(lines[before] ?? "")) before -= 1;
    return before;
  };
  const itemPattern = /^(\s*)-(\s+)\S/;
  const blamedIndent = indentOf(blamed);

  // A field under a list item that is itself out of line: "   - id:" then "    title:".
  const previous = meaningfulBefore(errorLine);
  const item = itemPattern.exec(lines[previous] ?? "");
  if (item && !itemPattern.test(blamed)) {
    const dash = item[1]?.length ?? 0;
    const fieldsAt = dash + 1 + (item[2]?.length ?? 0);
    if (dash < blamedIndent && blamedIndent < fieldsAt) {
      // The item is the odd one out when the list's next item agrees with the line blamed, or, for a list of one,
      // when the line blamed sits where the fields of a list under its key usually do (the "-" level with the key, or 2 in).
      const sibling = lines.slice(errorLine + 1).find((line) => isMeaningful(line) && indentOf(line) < blamedIndent);
      const keyIndent = indentOf(lines[meaningfulBefore(previous)] ?? "");
      const usual = [keyIndent, keyIndent + 2];
      const itemIsOdd =
        sibling !== undefined && itemPattern.test(sibling)
          ? indentOf(sibling) === blamedIndent - 2
          : usual.includes(blamedIndent - 2) && !usual.includes(dash);
      if (itemIsOdd) {
        return {
          offset: offsetOf(previous),
          message: `is not valid YAML: this list item's "-" is ${spaces(dash)} in, so the fields under it should be ${spaces(fieldsAt)} in, but the next line is ${spaces(blamedIndent)} in`,
          hint: `put the "-" ${spaces(blamedIndent - 2)} in, like the other items of the list, so that the fields under it line up 2 spaces after it`,
        };
      }
    }
  }

  // A second item out of line with the first: the first is the odd one when it sits apart from its list's key.
  if (itemPattern.test(blamed)) {
    let first = previous;
    while (
      first >= 0 &&
      (indentOf(lines[first] ?? "") > blamedIndent || !itemPattern.test(lines[first] ?? "") || !isMeaningful(lines[first] ?? ""))
    ) {
      if (isMeaningful(lines[first] ?? "") && indentOf(lines[first] ?? "") < blamedIndent && !itemPattern.test(lines[first] ?? ""))
        return undefined;
      first -= 1;
    }
    const key = meaningfulBefore(first);
    const firstIndent = indentOf(lines[first] ?? "");
    if (
      first >= 0 &&
      firstIndent !== blamedIndent &&
      (lines[key] ?? "").trimEnd().endsWith(":") &&
      indentOf(lines[key] ?? "") < Math.min(firstIndent, blamedIndent)
    ) {
      return {
        offset: offsetOf(first),
        message: `is not valid YAML: this first item of the list is ${spaces(firstIndent)} in, but the next item, on line ${errorLine + 1}, is ${spaces(blamedIndent)} in`,
        hint: `put every "-" of the list the same number of spaces in, ${blamedIndent}, and the fields under each 2 spaces further`,
      };
    }
  }
  return undefined;
}

function spaces(count: number): string {
  return pluralise(count, "space");
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
