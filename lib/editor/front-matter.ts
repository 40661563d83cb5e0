/**
 * How the browser editor reads and writes content files: a council's YAML files, and a report's front matter
 * followed by its narrative. Saving changes only the values that changed: the file as it was is kept beside the
 * values while they are edited (under `sourceKey`), and the new values are written into it with the `yaml`
 * package's document model (https://eemeli.org/yaml/#documents), so comments, quoting, `{ status: "on track" }`
 * on one line and the order of fields stay as they were typed. A field the officer adds goes where the schema
 * puts it; a field emptied in the form is left out of the file, as the check expects of a value not given.
 *
 * The editor's page loads this module (compiled to JavaScript by the build, pages/admin/) with the same `yaml`
 * package's browser build, which is passed in: the module imports nothing, so it runs unchanged under Node's
 * tests.
 */

/** The key the file's own text is kept under while it is edited; it is never written to the file. */
export const sourceKey = "__plan_pages_source";
/** The key the narrative of a report is kept under, the name Decap gives a file's body. */
export const bodyKey = "body";

/** The parts of the `yaml` package this module uses. */
export interface YamlLibrary {
  parse(text: string): unknown;
  parseDocument(text: string, options?: Record<string, unknown>): YamlDocument;
  Document: new (value?: unknown) => YamlDocument;
  isMap(node: unknown): node is YamlMap;
  isSeq(node: unknown): node is YamlSeq;
  isScalar(node: unknown): node is YamlScalar;
  isPair(node: unknown): boolean;
  visit(node: unknown, visitor: { Scalar?: (key: unknown, node: YamlScalar) => void }): void;
}
interface YamlDocument {
  contents: unknown;
  commentBefore?: string | null;
  errors: { message: string }[];
  createNode(value: unknown): unknown;
  createPair(key: unknown, value: unknown): YamlPair;
  toString(options?: Record<string, unknown>): string;
}
interface YamlScalar {
  value: unknown;
  type?: string;
  range?: [number, number, number];
}
interface YamlPair {
  key: unknown;
  value: unknown;
}
interface YamlMap {
  items: YamlPair[];
  flow?: boolean;
}
interface YamlSeq {
  items: unknown[];
  flow?: boolean;
}

/** What a file's kind says about writing it: see EditorFormat in config.ts. */
export interface FileFormat {
  kind: "yaml" | "front-matter";
  modeline?: string;
  order: Record<string, string[]>;
}

type Value = unknown;
type Fields = Record<string, Value>;

const isFields = (value: Value): value is Fields => value !== null && typeof value === "object" && !Array.isArray(value);

/** Splits a report into its front matter's text (ending in a newline) and its narrative. */
function splitFrontMatter(text: string): { front: string; body: string } {
  const normalised = text.replace(/\r\n/g, "\n");
  if (!normalised.startsWith("---\n")) return { front: "", body: normalised };
  const end = normalised.indexOf("\n---", 3);
  if (end === -1) return { front: normalised.slice(4), body: "" };
  const afterMarker = normalised.indexOf("\n", end + 4);
  return { front: normalised.slice(4, end + 1), body: afterMarker === -1 ? "" : normalised.slice(afterMarker + 1) };
}

/** A file's text as the editor's values, with the text kept to write changes into. */
export function readContentFile(text: string, format: FileFormat, yaml: YamlLibrary): Fields {
  if (format.kind === "front-matter") {
    const { front, body } = splitFrontMatter(text);
    const parsed = yaml.parse(front);
    return { ...(isFields(parsed) ? parsed : {}), [bodyKey]: body, [sourceKey]: front };
  }
  const parsed = yaml.parse(text);
  return { ...(isFields(parsed) ? parsed : {}), [sourceKey]: text };
}

/** The values as the file will hold them: empty text, nothing chosen and empty groups left out. */
export function withoutEmpty(value: Value, kept?: Value): Value {
  if (Array.isArray(value)) return value.map((item) => withoutEmpty(item)).filter((item) => item !== undefined);
  if (isFields(value)) {
    const entries = Object.entries(value).flatMap(([key, item]) => {
      const cleaned = withoutEmpty(item, isFields(kept) ? kept[key] : undefined);
      return cleaned === undefined ? [] : [[key, cleaned] as const];
    });
    // A group the file had, emptied, is left out; an empty list the file had ("barriers: []") is kept.
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return undefined;
  return value;
}

/** The position of `key` among the schema's fields at `path`; fields the schema does not name go last. */
function rank(order: Record<string, string[]>, path: string, key: string): number {
  const names = order[path] ?? [];
  const found = names.indexOf(key);
  return found === -1 ? names.length : found;
}

/** The values in the schema's order, for a file written afresh. */
function ordered(value: Value, order: Record<string, string[]>, path: string): Value {
  if (Array.isArray(value)) return value.map((item) => ordered(item, order, `${path.slice(0, -1)}[]/`));
  if (!isFields(value)) return value;
  const keys = Object.keys(value).sort((a, b) => rank(order, path, a) - rank(order, path, b));
  return Object.fromEntries(keys.map((key) => [key, ordered(value[key], order, `${path}${key}/`)]));
}

/** New text values are written in double quotes, as the example content and `npm run new` write them; paragraphs as a block. */
function styleNew(node: unknown, yaml: YamlLibrary): unknown {
  yaml.visit(node, {
    Scalar(key, scalar) {
      if (typeof scalar.value !== "string" || key === "key") return;
      scalar.type = scalar.value.includes("\n") ? "BLOCK_LITERAL" : "QUOTE_DOUBLE";
    },
  });
  return node;
}

function newNode(
  document: YamlDocument,
  value: Value,
  order: Record<string, string[]>,
  path: string,
  yaml: YamlLibrary,
  flow: boolean,
): unknown {
  const node = styleNew(document.createNode(ordered(value, order, path)), yaml);
  if (flow && (yaml.isMap(node) || yaml.isSeq(node))) node.flow = true;
  return node;
}

function keyText(pair: YamlPair, yaml: YamlLibrary): string {
  return yaml.isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** Writes `value` into `node` in place, changing only what differs; returns the node to keep (a new one if the shape changed). */
function writeInto(
  document: YamlDocument,
  node: unknown,
  value: Value,
  order: Record<string, string[]>,
  path: string,
  yaml: YamlLibrary,
): unknown {
  if (isFields(value) && yaml.isMap(node)) {
    node.items = node.items.filter((pair) => keyText(pair, yaml) in value);
    for (const [key, item] of Object.entries(value)) {
      const pair = node.items.find((candidate) => keyText(candidate, yaml) === key);
      const childPath = Array.isArray(item) ? `${path}${key}[]/` : `${path}${key}/`;
      if (pair) {
        pair.value = writeInto(document, pair.value, item, order, `${path}${key}/`, yaml);
        continue;
      }
      const siblingsFlow = node.items.some(
        (sibling) => (yaml.isMap(sibling.value) || yaml.isSeq(sibling.value)) && sibling.value.flow === true,
      );
      const created = document.createPair(key, null);
      created.value = newNode(document, item, order, childPath, yaml, node.flow === true || (siblingsFlow && isFields(item)));
      const position = node.items.findIndex((sibling) => rank(order, path, keyText(sibling, yaml)) > rank(order, path, key));
      node.items.splice(position === -1 ? node.items.length : position, 0, created);
    }
    return node;
  }
  if (Array.isArray(value) && yaml.isSeq(node)) {
    const itemPath = `${path.slice(0, -1)}[]/`;
    const flowItems = node.items.some((item) => (yaml.isMap(item) || yaml.isSeq(item)) && item.flow === true);
    node.items = value.map((item, index) =>
      index < node.items.length
        ? writeInto(document, node.items[index], item, order, itemPath, yaml)
        : newNode(document, item, order, itemPath, yaml, flowItems),
    );
    return node;
  }
  if (!isFields(value) && !Array.isArray(value) && yaml.isScalar(node)) {
    if (node.value !== value) {
      node.value = value;
      if (typeof value === "string" && value.includes("\n")) node.type = "BLOCK_LITERAL";
      else if (typeof value === "string" && node.type === "PLAIN") node.type = "QUOTE_DOUBLE";
    }
    return node;
  }
  return newNode(document, value, order, Array.isArray(value) ? `${path.slice(0, -1)}[]/` : path, yaml, false);
}

/** A value as the example content writes it: text in double quotes (JSON's escapes are YAML's too), numbers as they are. */
const scalarText = (value: Value): string => (typeof value === "string" ? JSON.stringify(value) : String(value));

interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * The edits that turn the file's text into the values when only values changed (no field added or removed): each
 * changed value is replaced where it stands, so nothing else in the file moves. Undefined when a field was added
 * or removed, or a paragraph written as a YAML block changed, which writeInto handles instead.
 */
function valueEdits(node: unknown, value: Value, yaml: YamlLibrary, edits: TextEdit[] = []): TextEdit[] | undefined {
  if (isFields(value)) {
    if (!yaml.isMap(node)) return undefined;
    const keys = node.items.map((pair) => keyText(pair, yaml));
    if (keys.length !== Object.keys(value).length || keys.some((key) => !(key in value))) return undefined;
    for (const pair of node.items) if (!valueEdits(pair.value, value[keyText(pair, yaml)], yaml, edits)) return undefined;
    return edits;
  }
  if (Array.isArray(value)) {
    if (!yaml.isSeq(node) || node.items.length !== value.length) return undefined;
    for (const [index, item] of node.items.entries()) if (!valueEdits(item, value[index], yaml, edits)) return undefined;
    return edits;
  }
  if (!yaml.isScalar(node) || !node.range) return undefined;
  if (node.value === value) return edits;
  if (String(node.type).startsWith("BLOCK")) return undefined;
  edits.push({ start: node.range[0], end: node.range[1], text: scalarText(value) });
  return edits;
}

/** The YAML text for the values, written into the file's own text when there is one. */
function yamlText(values: Fields, source: string | undefined, format: FileFormat, yaml: YamlLibrary): string {
  const cleaned = (withoutEmpty(values, source === undefined ? undefined : yaml.parse(source)) ?? {}) as Fields;
  const options = { lineWidth: 0, indent: 2 };
  if (source !== undefined && source.trim() !== "") {
    const document = yaml.parseDocument(source);
    const edits = document.errors.length === 0 ? valueEdits(document.contents, cleaned, yaml) : undefined;
    if (edits) {
      return edits
        .sort((a, b) => b.start - a.start)
        .reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), source);
    }
    if (document.errors.length === 0 && yaml.isMap(document.contents)) {
      document.contents = writeInto(document, document.contents, cleaned, format.order, "", yaml);
      return document.toString(options);
    }
  }
  const document = new yaml.Document(ordered(cleaned, format.order, ""));
  styleNew(document.contents, yaml);
  return `${format.modeline ? `${format.modeline}\n` : ""}${document.toString(options)}`;
}

/** The file's text for the editor's values. */
export function writeContentFile(values: Fields, format: FileFormat, yaml: YamlLibrary): string {
  const { [sourceKey]: source, [bodyKey]: body, ...fields } = values;
  const sourceText = typeof source === "string" ? source : undefined;
  if (format.kind === "yaml") return yamlText({ ...fields, ...(body === undefined ? {} : { [bodyKey]: body }) }, sourceText, format, yaml);
  const narrative = typeof body === "string" ? body : "";
  return `---\n${yamlText(fields, sourceText, format, yaml)}---\n${narrative.endsWith("\n") || narrative === "" ? narrative : `${narrative}\n`}`;
}
