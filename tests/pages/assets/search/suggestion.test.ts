import { test } from "uvu";
import * as assert from "uvu/assert";
import { distance } from "fastest-levenshtein";
import { suggestionFor, unfoundWords } from "../../../../pages/assets/search/suggestion.ts";

const site = (words: string[]) => ({ words, known: new Set(words), distance });

test("a word matched only by the start of an unrelated word is not found", () => {
  const page = { content: "We will re-plan the depot.", locations: [2] };
  assert.equal(unfoundWords(["recyling"], [page]), ["recyling"]);
});

test("a word matched by a longer form of itself, or by part of a hyphened word, is found", () => {
  assert.equal(unfoundWords(["library"], [{ content: "Two libraries as hubs", locations: [1] }]), []);
  assert.equal(unfoundWords(["tipping"], [{ content: "CCTV for fly-tipping hotspots", locations: [2] }]), []);
});

test("a word matched by its stem, as Pagefind's stemmer finds it, is found; a short start of it is not", () => {
  assert.equal(unfoundWords(["planning"], [{ content: "Our plan for the year", locations: [1] }]), []);
  assert.equal(unfoundWords(["collected"], [{ content: "Bins collect weekly", locations: [1] }]), []);
  assert.equal(unfoundWords(["recyling"], [{ content: "A re-plan of rounds", locations: [1] }]), ["recyling"]);
  assert.equal(unfoundWords(["planets"], [{ content: "Our plan for the year", locations: [1] }]), ["planets"]);
});

test("a misspelling is replaced by the site's nearest word, the most used first", () => {
  assert.is(suggestionFor("recyling centre", ["recyling"], site(["recycling", "recyclers", "centre"])), "recycling centre");
});

test("no suggestion for a word with nothing near it, a number, or a word the site has", () => {
  assert.is(suggestionFor("xyzzyq", ["xyzzyq"], site(["recycling"])), undefined);
  assert.is(suggestionFor("2024", ["2024"], site(["2025"])), undefined);
  assert.is(suggestionFor("recycling", ["recycling"], site(["recycling"])), undefined);
});

test("a suggestion that only restores an accent or apostrophe is no suggestion", () => {
  assert.is(suggestionFor("cafe", ["cafe"], site(["café"])), undefined);
});

test.run();
