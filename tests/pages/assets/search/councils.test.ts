import { test } from "uvu";
import * as assert from "uvu/assert";
import { councilNamedIn } from "../../../../pages/assets/search/councils.ts";

const councils = [
  { slug: "brackenfold", name: "Brackenfold District Council" },
  { slug: "kings-lynn-and-west-norfolk", name: "Borough Council of King's Lynn and West Norfolk" },
  { slug: "north-devon", name: "North Devon Council" },
  { slug: "north-somerset", name: "North Somerset Council" },
];

test("a council named in the query is searched alone, for the other words", () => {
  assert.equal(councilNamedIn(["brackenfold", "savings"], councils), { council: councils[0], rest: ["savings"] });
});

test("the first word of a name names a council when no other council's name starts with it", () => {
  assert.equal(councilNamedIn(["kings", "leisure"], councils)?.council.slug, "kings-lynn-and-west-norfolk");
});

test("a first word many names share names no council, unless the rest of the name is typed", () => {
  assert.is(councilNamedIn(["north", "parking"], councils), undefined);
  assert.equal(councilNamedIn(["north", "devon", "parking"], councils), { council: councils[2], rest: ["parking"] });
});

test("a query that is only a council's name is searched as typed", () => {
  assert.is(councilNamedIn(["brackenfold", "council"], councils), undefined);
});

test.run();
