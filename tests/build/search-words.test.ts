import { test } from "uvu";
import * as assert from "uvu/assert";
import { SearchWords, wordsOf } from "../../lib/build/search-words.ts";

test("a page's words are its text's words of three letters or more, in lower case, tags and references read", () => {
  assert.equal(wordsOf("<p>Owner: <strong>Head</strong> of Waste &amp; Street Scene, Brackenfold&#8217;s</p>"), [
    "owner",
    "head",
    "waste",
    "street",
    "scene",
    "brackenfold",
  ]);
  assert.equal(wordsOf("<p>Fly-tipping at £45,000 in 2025</p>"), ["fly", "tipping"]);
});

test("the site's words are listed most used first, ties in alphabetical order, each once", () => {
  const words = new SearchWords();
  words.add("<p>recycling bins</p><p>recycling</p>");
  words.add("<p>bins and recycling, zebra</p>");
  assert.equal(words.toJSON(), ["recycling", "bins", "and", "zebra"]);
  assert.is(JSON.stringify(words), '["recycling","bins","and","zebra"]');
});

test.run();
