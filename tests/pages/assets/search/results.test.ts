import { test } from "uvu";
import * as assert from "uvu/assert";
import { inFigureOwnerOrder, merged } from "../../../../pages/assets/search/results.ts";

test("the results of several searches are one list, best score first, each page once at its best score", () => {
  const list = merged([
    {
      results: [
        { id: "a", score: 1 },
        { id: "b", score: 3 },
      ],
    },
    {
      results: [
        { id: "a", score: 5 },
        { id: "c", score: 2 },
      ],
    },
  ]);
  assert.equal(list, [
    { id: "a", score: 5 },
    { id: "b", score: 3 },
    { id: "c", score: 2 },
  ]);
});

test("a figure's pages come action first, then the plan, the report and the theme, others last, each kind in its order", () => {
  const pages = ["theme", "about", "update", "action 1", "plan", "action 2"];
  const types = ["Theme", "About the plan", "Progress update", "Action", "Plan", "Action"];
  assert.equal(inFigureOwnerOrder(pages, types), ["action 1", "action 2", "plan", "update", "theme", "about"]);
});

test.run();
