import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatContentError } from "../../lib/errors.ts";
import { SourceMap, escapePointerSegment, parseYaml } from "../../lib/load/yaml.ts";

const action = [
  "# One action in the plan.", // 1
  'id: "CS1"', // 2
  "title: Council tax online", // 3
  "milestones:", // 4
  '  - id: "CS1-M1"', // 5
  '    due: "2024-12-31"', // 6
  "  - id: CS1-M2", // 7
  "    due:   2025-03", // 8
  "savings: [{ year: 2024/25, amount: 100000 }]", // 9
  "",
].join("\n");

/** Every message for a text that should not parse, as printed. */
function problems(text: string): string[] {
  const parsed = parseYaml(text, "content/councils/x/actions/CS1.yaml");
  if (!("errors" in parsed)) throw new Error(`expected errors, got ${JSON.stringify(parsed.value)}`);
  return parsed.errors.map(formatContentError);
}

function parsed(text: string) {
  const result = parseYaml(text, "f.yaml");
  if ("errors" in result) throw new Error(result.errors.map(formatContentError).join("\n"));
  return result;
}

test("a YAML file becomes plain values, with dates and years kept as text", () => {
  assert.equal(parsed(action).value, {
    id: "CS1",
    title: "Council tax online",
    milestones: [
      { id: "CS1-M1", due: "2024-12-31" },
      { id: "CS1-M2", due: "2025-03" },
    ],
    savings: [{ year: "2024/25", amount: 100000 }],
  });
  assert.equal(parsed("published: 2024-07-19\nagreed: yes\n").value, { published: "2024-07-19", agreed: "yes" });
});

test("each value's line and column are known by its path (inside the quotes, for a quoted value)", () => {
  const { sourceMap } = parsed(action);
  assert.equal(sourceMap.valueAt("/id"), { line: 2, column: 6 });
  assert.equal(sourceMap.valueAt("/title"), { line: 3, column: 8 });
  assert.equal(sourceMap.valueAt("/milestones/0/due"), { line: 6, column: 11 });
  assert.equal(sourceMap.valueAt("/milestones/1/due"), { line: 8, column: 12 });
  assert.equal(sourceMap.valueAt("/savings/0/year"), { line: 9, column: 19 });
  assert.equal(sourceMap.valueAt("/savings/0/amount"), { line: 9, column: 36 });
});

test("a key's position is known too, for a field that should not be there", () => {
  const { sourceMap } = parsed(action);
  assert.equal(sourceMap.keyAt("/milestones"), { line: 4, column: 1 });
  assert.equal(sourceMap.keyAt("/milestones/1/due"), { line: 8, column: 5 });
});

test("a path with no value of its own is placed at the nearest enclosing value", () => {
  const { sourceMap } = parsed(action);
  assert.equal(sourceMap.valueAt("/milestones/1/title"), { line: 7, column: 5 });
  assert.equal(sourceMap.valueAt("/nothing/here"), { line: 2, column: 1 });
});

test("front matter lines are counted from the top of the whole file", () => {
  const result = parseYaml('quarter: "2024/25 Q2"\npublished: "2024-11-05"\n', "u.md", 1);
  assert.ok(!("errors" in result));
  assert.equal(result.sourceMap.valueAt("/published"), { line: 3, column: 13 });
});

test("ids with slashes and tildes are escaped in paths", () => {
  assert.is(escapePointerSegment("a/b~c"), "a~1b~0c");
  const { sourceMap } = parsed('milestones:\n  "a/b~c": { status: "on track" }\n');
  assert.equal(sourceMap.valueAt("/milestones/a~1b~0c/status"), { line: 2, column: 23 });
});

test("a source map finds positions on the first and last lines", () => {
  const map = new SourceMap("ab\ncd\nef");
  assert.equal(map.positionOf(0), { line: 1, column: 1 });
  assert.equal(map.positionOf(4), { line: 2, column: 2 });
  assert.equal(map.positionOf(7), { line: 3, column: 2 });
});

test("a syntax error names the line and column and says how to fix it", () => {
  assert.equal(problems('id: "CS1"\ntitle: Council tax: online\n'), [
    "content/councils/x/actions/CS1.yaml:2:19 is not valid YAML: bad indentation of a mapping entry (line the field up with the others at the same level, using spaces)",
  ]);
});

test("a list item indented one space too far names its line", () => {
  const [message] = problems('milestones:\n  - id: "CS1-M1"\n   due: "2025-03"\n');
  assert.match(message ?? "", /^content\/councils\/x\/actions\/CS1\.yaml:3:\d+ is not valid YAML: bad indentation/);
});

test("a list's first item indented wrongly is reported on that item's line, not on the line after it", () => {
  const text = [
    'id: "CS1"', // 1
    "milestones:", // 2
    '   - id: "CS1-M1"', // 3: one space too far; the fields under it are where the other items' are
    '    title: "Portal live"', // 4
    '    due: "2024-12-31"', // 5
    '  - id: "CS1-M2"', // 6
    '    title: "Paper forms withdrawn"', // 7
    "",
  ].join("\n");
  assert.equal(problems(text), [
    'content/councils/x/actions/CS1.yaml:3:4 is not valid YAML: this list item\'s "-" is 3 spaces in, so the fields under it should be 5 spaces in, but the next line is 4 spaces in (put the "-" 2 spaces in, like the other items of the list, so that the fields under it line up 2 spaces after it)',
  ]);
  // Putting that line right fixes the file: the message did not send the officer to the wrong line.
  assert.ok(!("errors" in parseYaml(text.replace('   - id: "CS1-M1"', '  - id: "CS1-M1"'), "f.yaml")));
  // A list of one item, with its fields where a list under "milestones:" usually has them, blames the item too.
  assert.match(
    problems('milestones:\n   - id: "CS1-M1"\n    title: "Portal live"\n')[0] ?? "",
    /CS1\.yaml:2:4 is not valid YAML: this list item's "-"/,
  );
});

test("a first item set apart from the items after it is reported on its own line", () => {
  const text = 'milestones:\n - id: "CS1-M1"\n   title: "Portal live"\n  - id: "CS1-M2"\n    title: "Paper forms withdrawn"\n';
  assert.equal(problems(text), [
    'content/councils/x/actions/CS1.yaml:2:2 is not valid YAML: this first item of the list is 1 space in, but the next item, on line 4, is 2 spaces in (put every "-" of the list the same number of spaces in, 2, and the fields under each 2 spaces further)',
  ]);
});

test("a figure with commas inside { } stays one figure for the schema to refuse, not a number and a stray field", () => {
  assert.equal(parsed('savings:\n  - { action: "WS1", delivered: 91,000 }\n').value, { savings: [{ action: "WS1", delivered: "91,000" }] });
  assert.equal(parsed('measures:\n  K1: { value: £1,250,000, note: "x" }\n').value, {
    measures: { K1: { value: "£1,250,000", note: "x" } },
  });
  // A line of several fields is still read as written.
  assert.equal(parsed("a: { b: 1, c: 2 }\n").value, { a: { b: 1, c: 2 } });
});

test("tabs used for indenting get their own hint", () => {
  assert.equal(problems("milestones:\n\t- id: CS1-M1\n"), [
    "content/councils/x/actions/CS1.yaml:2:1 is not valid YAML: tab characters must not be used in indentation (indent with spaces, not tabs)",
  ]);
});

test("a field given twice is refused at the second one", () => {
  assert.equal(problems('id: "CS1"\ntitle: "A"\nid: "CS2"\n'), [
    'content/councils/x/actions/CS1.yaml:3:1 id: "id" is given twice (each field may appear only once; remove or merge the second one)',
  ]);
  assert.equal(problems("milestones:\n  - id: M1\n    due: 2025-03\n    due: 2025-04\n"), [
    'content/councils/x/actions/CS1.yaml:4:5 milestones, item 1, due: "due" is given twice (each field may appear only once; remove or merge the second one)',
  ]);
});

test("a repeated group of fields is reported once, not again for each field inside it", () => {
  assert.equal(problems('milestones:\n  CS1-M1: { status: "on track" }\n  CS1-M1: { status: "at risk", note: "Late." }\n'), [
    'content/councils/x/actions/CS1.yaml:3:3 milestones, CS1-M1: "CS1-M1" is given twice (each field may appear only once; remove or merge the second one)',
  ]);
});

test("a YAML alias is refused where it is used", () => {
  assert.equal(problems("owner: &who Head of HR\nlead_member: *who\n"), [
    "content/councils/x/actions/CS1.yaml:2:14 uses a YAML alias (*name) (write the value out in full; anchors and aliases are not allowed in content files)",
  ]);
});

// The one-second bounds below only catch an expansion or a runaway parse, never a slower machine: each case takes
// 0.003 to 0.031 s on 2 cores, so a second is more than thirty times that.
test("an alias bomb is refused in under a second without being expanded", () => {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level <= 9; level += 1) {
    const name = String.fromCharCode(97 + level);
    const previous = String.fromCharCode(96 + level);
    lines.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(",")}]`);
  }
  const started = performance.now();
  const errors = problems(lines.join("\n"));
  const seconds = (performance.now() - started) / 1000;
  assert.ok(seconds < 1, `took ${seconds} s`);
  assert.is(errors.length, 81);
  assert.ok(errors[0]?.startsWith("content/councils/x/actions/CS1.yaml:2:8 uses a YAML alias"));
});

test("deep nesting is refused in under a second", () => {
  for (const text of [
    "a: " + "[".repeat(100_000) + "]".repeat(100_000),
    Array.from({ length: 5000 }, (_, depth) => `${" ".repeat(depth)}k:`).join("\n"),
  ]) {
    const started = performance.now();
    const errors = problems(text);
    const seconds = (performance.now() - started) / 1000;
    assert.ok(seconds < 1, `took ${seconds} s`);
    assert.is(errors.length, 1);
    assert.match(errors[0] ?? "", /is not valid YAML: nesting exceeded maxDepth \(20\) \(content may nest at most 20 levels deep\)$/);
  }
});

test("nesting up to the limit is accepted", () => {
  assert.equal(parsed("a: " + "[".repeat(18) + "1" + "]".repeat(18)).value, { a: JSON.parse("[".repeat(18) + "1" + "]".repeat(18)) });
});

test("a second YAML document in one file is refused", () => {
  assert.equal(problems("id: CS1\n---\nid: CS2\n"), [
    'content/councils/x/actions/CS1.yaml holds more than one YAML document (a line of "---" starts a second document; remove it)',
  ]);
});

test("tags that would make objects are refused", () => {
  const [message] = problems("title: !!js/function 'return 1'\n");
  assert.match(message ?? "", /^content\/councils\/x\/actions\/CS1\.yaml:1:8 is not valid YAML: unknown scalar tag/);
});

test("a merge key is not merged: it stays a field, for the schema to refuse", () => {
  assert.equal(parsed("a: { x: 1 }\nb:\n  <<: { y: 2 }\n").value, { a: { x: 1 }, b: { "<<": { y: 2 } } });
});

test("a file of only comments parses as nothing", () => {
  assert.is(parsed("# nothing yet\n").value, null);
});

test.run();
