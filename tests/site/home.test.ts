import { test } from "uvu";
import * as assert from "uvu/assert";
import { homeRedirect } from "../../lib/site/home.ts";

test("a build of one council sends the home page to that council's plan", () => {
  assert.is(homeRedirect([{ slug: "brackenfold" }]), "/brackenfold/");
});

test("a build of several councils, or none, keeps its home page", () => {
  assert.is(homeRedirect([{ slug: "brackenfold" }, { slug: "fernshire" }]), "");
  assert.is(homeRedirect([]), "");
});

test.run();
