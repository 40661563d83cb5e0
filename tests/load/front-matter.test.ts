import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatContentError } from "../../lib/errors.ts";
import { parseMarkdownWithFrontMatter } from "../../lib/load/front-matter.ts";

const file = "content/councils/x/updates/2024-25-q2.md";

function problems(text: string): string[] {
  const parsed = parseMarkdownWithFrontMatter(text, file);
  if (!("errors" in parsed)) throw new Error("expected errors");
  return parsed.errors.map(formatContentError);
}

test("front matter and narrative are split, and the narrative's first line is known", () => {
  const parsed = parseMarkdownWithFrontMatter(
    '---\nquarter: "2024/25 Q2"\npublished: "2024-11-05"\n---\n\nThe portal is live.\n\nMore text.\n',
    file,
  );
  assert.ok(!("errors" in parsed));
  assert.equal(parsed.frontMatter, { quarter: "2024/25 Q2", published: "2024-11-05" });
  assert.is(parsed.body, "The portal is live.\n\nMore text.");
  assert.is(parsed.bodyLine, 5);
});

test("positions in front matter count the opening line", () => {
  const parsed = parseMarkdownWithFrontMatter('---\nquarter: "2024/25 Q2"\nmilestones:\n  CS1-M1: { status: "on track" }\n---\n', file);
  assert.ok(!("errors" in parsed));
  assert.equal(parsed.sourceMap.keyAt("/milestones/CS1-M1"), { line: 4, column: 3 });
  assert.equal(parsed.sourceMap.valueAt("/milestones/CS1-M1/status"), { line: 4, column: 22 });
});

test("an update with no narrative has an empty body", () => {
  const parsed = parseMarkdownWithFrontMatter('---\nquarter: "2024/25 Q2"\n---\n', file);
  assert.ok(!("errors" in parsed));
  assert.is(parsed.body, "");
});

test("a horizontal rule in the narrative is not taken for front matter", () => {
  const parsed = parseMarkdownWithFrontMatter('---\nquarter: "2024/25 Q2"\n---\nBefore.\n\n---\n\nAfter.\n', file);
  assert.ok(!("errors" in parsed));
  assert.is(parsed.body, "Before.\n\n---\n\nAfter.");
});

test("a file that does not start with front matter is refused at line 1", () => {
  assert.equal(problems("# Quarter 2 update\n\nquarter: 2024/25 Q2\n"), [
    `${file}:1:1 does not start with front matter (a line of "---", the fields, then another "---") (copy the top of an earlier update to start from)`,
  ]);
});

test("front matter with no closing line is refused", () => {
  assert.equal(problems('---\nquarter: "2024/25 Q2"\n\nThe narrative.\n'), [
    `${file}:1:1 has no closing "---" line after its front matter (put a line of "---" between the fields and the narrative)`,
  ]);
});

test("a YAML mistake in front matter names its line in the whole file", () => {
  assert.equal(
    problems('---\nquarter: "2024/25 Q2"\nmilestones:\n  CS1-M1: { status: "on track" }\n  CS1-M1: { status: "at risk" }\n---\n'),
    [`${file}:5:3 milestones, CS1-M1: "CS1-M1" is given twice (each field may appear only once; remove or merge the second one)`],
  );
});

test.run();
