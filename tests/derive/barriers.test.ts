import { test } from "uvu";
import * as assert from "uvu/assert";
import { barrierView } from "../../lib/derive/barriers.ts";
import type { Barrier } from "../../lib/schema/index.ts";

const themes = [
  { id: "services", title: "Transforming services" },
  { id: "waste", title: "Reducing wasteful spend" },
];
const barrier: Barrier = {
  id: "fees",
  title: "Planning fees set below cost",
  description: "The fee covers about 60% of the cost.",
  ask: "Let councils set their own planning fees.",
};

test("a barrier names the theme it belongs to, whatever the case of its id", () => {
  const view = barrierView({ ...barrier, theme: "Services" }, themes);
  assert.is(view.themeTitle, "Transforming services");
  assert.is(view.themeId, "services");
  assert.is(view.ask, "Let councils set their own planning fees.");
});

test("a barrier with no theme, or one the plan does not have, names none", () => {
  assert.equal(barrierView(barrier, themes), barrier);
  assert.is(barrierView({ ...barrier, theme: "housing" }, themes).themeTitle, undefined);
});

test.run();
