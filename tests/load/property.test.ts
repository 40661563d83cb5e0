/**
 * Property-based tests of the loader (fast-check): generated YAML text and generated structures thrown at
 * parseYaml, parseMarkdownWithFrontMatter, checkShape and loadContent. Whatever arrives, nothing is thrown:
 * the answer is always a value (or a model) or a list of errors an officer can act on.
 * https://fast-check.dev/docs/core-blocks/properties/
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { dump } from "js-yaml";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseYaml, SourceMap } from "../../lib/load/yaml.ts";
import { parseMarkdownWithFrontMatter } from "../../lib/load/front-matter.ts";
import { checkShape } from "../../lib/validate/shape.ts";
import { loadContent } from "../../lib/load/content.ts";
import { deriveSite } from "../../lib/derive/site.ts";
import { hasErrors, type ContentError } from "../../lib/errors.ts";
import type { ContentKind } from "../../lib/schema/index.ts";

/** A content error an officer can act on: a file, a message, and a place inside the text when one is given. */
function assertUsableErrors(errors: readonly ContentError[], lineCount = Number.POSITIVE_INFINITY): void {
  assert.ok(Array.isArray(errors) && errors.length > 0, "an empty list of errors");
  for (const error of errors) {
    assert.type(error.file, "string");
    assert.ok(error.message.length > 0, "an error with no message");
    assert.ok(error.severity === "error" || error.severity === "warning");
    if (error.line !== undefined) {
      assert.ok(Number.isInteger(error.line) && error.line >= 1 && error.line <= lineCount + 1, `line ${error.line} is outside the file`);
    }
    if (error.column !== undefined) assert.ok(Number.isInteger(error.column) && error.column >= 1, `column ${error.column}`);
  }
}

// YAML text: pieces that make YAML interesting (indentation, flow, anchors, tags, quotes, documents, tabs, BOMs).
const yamlPiece = fc.oneof(
  fc.constantFrom(
    "a",
    "id",
    "title",
    "status",
    "milestones",
    "HM1-M1",
    ":",
    ": ",
    " ",
    "  ",
    "\n",
    "\n  ",
    "\t",
    "- ",
    "-",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&a ",
    "*a",
    "&b [*a, *a]",
    "<<: *a",
    "!!str ",
    "!!js/function ",
    "!tag ",
    "? ",
    '"',
    "'",
    "\\",
    "|",
    ">",
    "#",
    "---",
    "...",
    "%YAML 1.2\n",
    "0",
    "-1",
    "1e999",
    ".nan",
    ".inf",
    "~",
    "null",
    "yes",
    "2024-02-30",
    "2024/25 Q2",
    "é",
    "\u0000",
    "\ufeff",
    "\u2028",
    "\r\n",
    "__proto__",
  ),
  fc.string({ maxLength: 6 }),
);
const yamlText = fc.oneof(
  fc.array(yamlPiece, { maxLength: 60 }).map((pieces) => pieces.join("")),
  fc.string({ unit: "binary", maxLength: 200 }),
  // Deep nesting, in flow and block style, around the loader's limit.
  fc.integer({ min: 1, max: 300 }).map((depth) => `${"[".repeat(depth)}${"]".repeat(depth)}`),
  fc.integer({ min: 1, max: 60 }).map((depth) => Array.from({ length: depth }, (_, level) => `${"  ".repeat(level)}k${level}:`).join("\n")),
);

// Values a content file could hold, including the ones YAML and JavaScript find awkward.
const awkwardValue = fc.oneof(
  fc.constantFrom(
    "2024-02-30",
    "2025-13",
    "2024/25 Q5",
    "2023/25",
    "2024-07-19",
    "2024/25",
    "2024/25 Q2",
    "2025-03",
    "ongoing",
    "",
    " ",
    "complete",
    "on track",
    "cancelled",
    "services",
    "HM1",
    "HM1-M1",
    "HM1-K1",
    "HM9",
    "__proto__",
    "constructor",
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    -1,
    0,
    0.5,
    1e11 + 1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    null,
    true,
    [],
    {},
  ),
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ maxLength: 20 }),
  fc.double(),
);

const council = {
  name: "Hollowmere Borough Council",
  gss_code: "E07000991",
  type: "district",
  website: "https://www.hollowmere.example.gov.uk",
  contact: { email: "plans@hollowmere.example.gov.uk" },
  brand: { colour: "#1d5c4d" },
};
const plan = {
  title: "Productivity Plan 2024 to 2027",
  period: { from: "2024/25", to: "2026/27" },
  summary: "How Hollowmere will spend less and serve residents better.",
  approval: { kind: "cabinet resolution", by: "Cabinet", date: "2024-07-11" },
  ratings: [{ word: "Green", means: "on track", definition: "On or above target" }],
  themes: [
    { id: "services", title: "Transforming services" },
    { id: "waste", title: "Reducing wasteful spend" },
  ],
};
const action = {
  id: "HM1",
  title: "Move council tax online",
  theme: "services",
  owner: "Head of Revenues and Benefits",
  summary: "Give every household an online council tax account.",
  milestones: [
    { id: "HM1-M1", title: "Online account open", due: "2025-03-31" },
    { id: "HM1-M2", title: "Reminders by email", due: "2025/26 Q2" },
  ],
  measures: [
    {
      id: "HM1-K1",
      title: "Transactions online",
      unit: "%",
      direction: "higher is better",
      baseline: { value: 38, date: "2024-03-31" },
      target: { value: 70, date: "2027-03-31" },
    },
  ],
  savings: [{ year: "2025/26", amount: 40000 }],
};
const update = {
  period: "2024/25 Q2",
  published: "2024-11-14",
  milestones: { "HM1-M1": { status: "complete", completed: "2024-09-20" }, "HM1-M2": { status: "not started" } },
  measures: { "HM1-K1": { value: 41 } },
  savings: [{ action: "HM1", year: "2024/25", delivered: 5000 }],
};
const valid: Record<ContentKind, unknown> = { council, plan, action, update };

interface Mutation {
  path: number[];
  operation: "set" | "delete" | "add";
  key: string;
  value: unknown;
}

// Values the schema allows, so that changed files still reach the cross-file checks and the derived model.
const financialYear = fc.integer({ min: 2020, max: 2030 }).map((year) => `${year}/${String((year + 1) % 100).padStart(2, "0")}`);
const plausibleValue = fc.oneof(
  fc.date({ min: new Date("2020-01-01"), max: new Date("2031-12-31"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  financialYear,
  fc.tuple(financialYear, fc.integer({ min: 1, max: 4 })).map(([year, quarter]) => `${year} Q${quarter}`),
  fc.tuple(financialYear, fc.integer({ min: 1, max: 2 })).map(([year, half]) => `${year} H${half}`),
  fc.constantFrom(
    "not started",
    "not rated",
    "Green",
    "2025",
    "by 2025-03-31",
    "every quarter",
    "2024-04-01 to 2024-12-31",
    "on track",
    "at risk",
    "delayed",
    "complete",
    "cancelled",
    "ongoing",
    "2025-07",
    "HM1-M1",
    "HM1-M2",
    "HM1-K1",
  ),
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.double({ min: 0, max: 1_000_000, noNaN: true }),
);

const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.array(fc.nat(20), { maxLength: 4 }),
  operation: fc.constantFrom("set", "set", "delete", "add"),
  key: fc.oneof(fc.constantFrom("stauts", "id", "note", "__proto__", "due", "revised_due", "completed"), fc.string({ maxLength: 8 })),
  value: fc.oneof({ weight: 3, arbitrary: plausibleValue }, { weight: 1, arbitrary: awkwardValue }),
});

/** A copy of `value` with one change at a place the path picks (each step picks a child, wrapping round). */
function mutate(value: unknown, change: Mutation): unknown {
  const copy = structuredClone(value);
  let parent: Record<string, unknown> | unknown[] | undefined;
  let parentKey = "";
  let node: unknown = copy;
  for (const step of change.path) {
    if (node === null || typeof node !== "object") break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    parent = node as Record<string, unknown>;
    parentKey = keys[step % keys.length] ?? "";
    node = (node as Record<string, unknown>)[parentKey];
  }
  if (change.operation === "add" && node !== null && typeof node === "object") {
    if (Array.isArray(node)) node.push(change.value);
    else Object.defineProperty(node, change.key, { value: change.value, enumerable: true, writable: true, configurable: true });
  } else if (change.operation === "delete" && parent) {
    if (Array.isArray(parent)) parent.splice(Number(parentKey), 1);
    else delete parent[parentKey];
  } else if (parent) {
    (parent as Record<string, unknown>)[parentKey] = change.value;
  } else {
    return change.value;
  }
  return copy;
}

const mutated = (kind: ContentKind) =>
  fc
    .oneof({ weight: 1, arbitrary: fc.constant([]) }, { weight: 2, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) })
    .map((changes) => changes.reduce(mutate, valid[kind]));

/** YAML for a structure, as an officer's editor might save it; js-yaml writes .nan, .inf and quoted keys. */
const asYaml = (value: unknown): string => dump(value, { skipInvalid: true, lineWidth: -1 });

test("parseYaml answers any text with a value or errors, never an exception", () => {
  fc.assert(
    fc.property(yamlText, (text) => {
      const parsed = parseYaml(text, "generated.yaml");
      if ("errors" in parsed) assertUsableErrors(parsed.errors, text.split("\n").length);
      else assert.instance(parsed.sourceMap, SourceMap);
    }),
    { numRuns: 600 },
  );
});

test("parseYaml reads back what js-yaml writes, or refuses it with errors (too deep, or not finite)", () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
      const text = asYaml(value);
      const parsed = parseYaml(text, "generated.yaml");
      if ("errors" in parsed) assertUsableErrors(parsed.errors, text.split("\n").length);
      else assert.equal(JSON.stringify(parsed.value), JSON.stringify(value));
    }),
    { numRuns: 300 },
  );
});

test("a __proto__ field is kept as data and never reaches Object.prototype", () => {
  const parsed = parseYaml('__proto__: { polluted: "yes" }\nconstructor: { prototype: { polluted: "yes" } }\n', "generated.yaml");
  assert.ok("value" in parsed);
  assert.is(({} as Record<string, unknown>).polluted, undefined);
  assert.is(checkShape("council", parsed.value, "generated.yaml", parsed.sourceMap).length > 0, true);
});

test("parseMarkdownWithFrontMatter answers any text with front matter and a narrative, or errors", () => {
  const updateText = fc.oneof(
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.tuple(yamlText, fc.string({ maxLength: 80 })).map(([front, body]) => `---\n${front}\n---\n${body}`),
    fc.tuple(mutated("update"), fc.string({ maxLength: 80 })).map(([front, body]) => `---\n${asYaml(front)}---\n${body}`),
    fc.tuple(fc.constantFrom("---", "---\n", "--- \n---", "\n---\n", "---\r\n"), yamlText).map(([start, rest]) => start + rest),
  );
  fc.assert(
    fc.property(updateText, (text) => {
      const parsed = parseMarkdownWithFrontMatter(text, "2024-25-q2.md");
      if ("errors" in parsed) assertUsableErrors(parsed.errors, text.split("\n").length);
      else {
        assert.type(parsed.body, "string");
        assert.ok(Number.isInteger(parsed.bodyLine) && parsed.bodyLine >= 2);
        assert.instance(parsed.sourceMap, SourceMap);
      }
    }),
    { numRuns: 400 },
  );
});

test("checkShape answers any structure, of every kind, with a list of errors (empty only when it fits)", () => {
  const kinds: ContentKind[] = ["council", "plan", "action", "update"];
  for (const kind of kinds) {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ maxDepth: 4 }), mutated(kind)), (value) => {
        const errors = checkShape(kind, value, `${kind}.yaml`, new SourceMap(""));
        assert.ok(Array.isArray(errors));
        if (errors.length > 0) assertUsableErrors(errors, 1);
      }),
      { numRuns: 250 },
    );
  }
});

test("the valid structures these properties start from do pass checkShape", () => {
  for (const [kind, value] of Object.entries(valid)) {
    assert.equal(checkShape(kind as ContentKind, value, `${kind}.yaml`, new SourceMap("")), [], kind);
  }
});

test("loadContent answers any council folder with a model or a list of errors; a model can always be derived", () => {
  // Mostly one file is changed (a changed copy of a valid one, or generated text) and the rest are valid, so
  // that many folders reach the cross-file checks and the model; sometimes every file is changed at once.
  const updateFile = (front: unknown, body: string): string => `---\n${asYaml(front)}---\n${body}`;
  const changedText = (kind: ContentKind, body = "") =>
    fc.oneof(
      { weight: 9, arbitrary: mutated(kind).map((value) => (kind === "update" ? updateFile(value, body) : asYaml(value))) },
      { weight: 1, arbitrary: yamlText },
    );
  const validText = (kind: ContentKind, body = "") => fc.constant(kind === "update" ? updateFile(valid[kind], body) : asYaml(valid[kind]));
  const files = fc.oneof(
    fc.tuple(fc.constantFrom<ContentKind>("council", "plan", "action", "update"), fc.string({ maxLength: 60 })).chain(([changed, body]) =>
      fc.record({
        council: changed === "council" ? changedText("council") : validText("council"),
        plan: changed === "plan" ? changedText("plan") : validText("plan"),
        action: changed === "action" ? changedText("action") : validText("action"),
        update: changed === "update" ? changedText("update", body) : validText("update", body),
      }),
    ),
    fc.record({ council: changedText("council"), plan: changedText("plan"), action: changedText("action"), update: changedText("update") }),
  );
  const folder = fc.record({
    files,
    actionName: fc.oneof(
      { weight: 6, arbitrary: fc.constant("HM1.yaml") },
      { weight: 1, arbitrary: fc.constantFrom("HM 1.yaml", "hm1.yaml", "HÉ1.yaml", "HM1.yml") },
    ),
    updateName: fc.oneof(
      { weight: 6, arbitrary: fc.constant("2024-25-q2.md") },
      { weight: 1, arbitrary: fc.constantFrom("2024-25-q3.md", "2024-25-q2 (1).md", "notes.txt") },
    ),
    bom: fc.boolean(),
    crlf: fc.boolean(),
  });
  let models = 0;
  const root = mkdtempSync(join(tmpdir(), "plan-pages-property-"));
  try {
    fc.assert(
      fc.property(folder, (generated) => {
        const contentDir = mkdtempSync(join(root, "content-"));
        const councilDir = join(contentDir, "councils", "hollowmere");
        mkdirSync(join(councilDir, "actions"), { recursive: true });
        mkdirSync(join(councilDir, "updates"), { recursive: true });
        const write = (path: string, text: string): void => {
          const lines = generated.crlf ? text.replaceAll("\n", "\r\n") : text;
          writeFileSync(join(councilDir, path), generated.bom ? `\ufeff${lines}` : lines);
        };
        write("council.yaml", generated.files.council);
        write("plan.yaml", generated.files.plan);
        write(join("actions", generated.actionName), generated.files.action);
        write(join("updates", generated.updateName), generated.files.update);
        try {
          const content = loadContent(contentDir);
          assert.ok(Array.isArray(content.councils) && Array.isArray(content.errors));
          if (hasErrors(content.errors)) assertUsableErrors(content.errors);
          else {
            models += 1;
            assert.is(content.councils.length, 1);
            const site = deriveSite(content, "2026-11-23");
            assert.is(site.councils.length, 1);
          }
        } finally {
          rmSync(contentDir, { recursive: true, force: true });
        }
      }),
      { numRuns: 200 },
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  // The generators are only useful if some folders are valid enough to reach the model.
  assert.ok(models > 0, "no generated folder was valid; the generators need a closer starting point");
});

test.run();
