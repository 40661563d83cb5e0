import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseShard, partitionCouncils } from "../../lib/build/partition.ts";

const sizes = [
  { slug: "ashford", pages: 40 },
  { slug: "barnet", pages: 10 },
  { slug: "camden", pages: 30 },
  { slug: "dover", pages: 20 },
  { slug: "ealing", pages: 20 },
];
const pagesOf = (part: string[]): number => part.reduce((sum, slug) => sum + (sizes.find((size) => size.slug === slug)?.pages ?? 0), 0);

test("every council is in exactly one part, and the parts are balanced by pages", () => {
  const parts = partitionCouncils(sizes, 2);
  assert.equal(
    parts.flat().sort(),
    sizes.map((size) => size.slug),
  );
  assert.equal(parts.map(pagesOf), [60, 60]);
});

test("the same councils in any order give the same parts, each in name order", () => {
  assert.equal(partitionCouncils([...sizes].reverse(), 3), partitionCouncils(sizes, 3));
  for (const part of partitionCouncils(sizes, 3)) assert.equal(part, [...part].sort());
});

test("more parts than councils leaves the last parts empty, and one part holds every council", () => {
  assert.equal(partitionCouncils(sizes.slice(0, 2), 3), [["ashford"], ["barnet"], []]);
  assert.equal(partitionCouncils(sizes, 1), [sizes.map((size) => size.slug)]);
});

test("a part is written K/N, K from 1 to N; anything else says what to write", () => {
  assert.equal(parseShard("2/4"), { index: 2, count: 4 });
  for (const text of ["0/4", "5/4", "2", "two/4", "1/0"]) {
    const parsed = parseShard(text);
    assert.ok("problem" in parsed, text);
    if ("problem" in parsed) assert.match(parsed.problem, "such as --shard 2/4");
  }
});

test.run();
