import { test } from "uvu";
import * as assert from "uvu/assert";
import { bare, inSiteWords, meaningfulWords, pageTypeAskedIn } from "../../../../pages/assets/search/words.ts";

test("words that carry no meaning in a question are left out", () => {
  assert.equal(meaningfulWords("when will food waste collections start"), ["food", "waste", "collections", "start"]);
});

test("a query of nothing but such words is searched as typed", () => {
  assert.equal(meaningfulWords("what is it"), ["what", "is", "it"]);
});

test("a word is compared without case, accents or punctuation", () => {
  assert.is(bare("Recycling,"), "recycling");
  assert.is(bare("Café"), "cafe");
  assert.is(bare("King's"), "kings");
});

test("words the site writes otherwise are searched as it writes them", () => {
  assert.is(inSiteWords(["phone", "number"]), "telephone number");
  assert.is(inSiteWords(["month", "10"]), "month ten");
  assert.is(inSiteWords(["bins"]), "bins");
});

test("words asking for contact, barriers or savings ask for that kind of page", () => {
  assert.is(pageTypeAskedIn(["council", "Phone"]), "About the plan");
  assert.is(pageTypeAskedIn(["asks", "of", "government"]), "Barriers");
  assert.is(pageTypeAskedIn(["savings"]), "Plan");
  assert.is(pageTypeAskedIn(["bins"]), undefined);
});

test.run();
