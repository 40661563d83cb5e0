import { test } from "uvu";
import * as assert from "uvu/assert";
import { slippage } from "../../lib/derive/slippage.ts";
import { milestoneState } from "../../lib/derive/milestone-status.ts";

test("a milestone moved twice has slipped by the days from its first to its last due date", () => {
  const state = milestoneState(
    { id: "WC1-M4", title: "Food waste collections start", due: "2026-03-31" },
    [
      { slug: "2025-26-q3", period: "2025/26 Q3", milestones: { "WC1-M4": { status: "delayed", revised_due: "2026-06-30" } } },
      { slug: "2026-27-q1", period: "2026/27 Q1", milestones: { "WC1-M4": { status: "delayed", revised_due: "2026-10" } } },
    ],
    "2026-11-23",
  );
  assert.equal(slippage(state), { days: 214, direction: "later" });
});

test("a milestone brought forward has moved earlier", () => {
  assert.equal(slippage({ revisions: 1, slippageDays: -30 }), { days: 30, direction: "earlier" });
});

test("a milestone never moved, moved back to its first date, or moved to or from ongoing has no slippage", () => {
  assert.is(slippage({ revisions: 0, slippageDays: 0 }), undefined);
  assert.is(slippage({ revisions: 2, slippageDays: 0 }), undefined);
  assert.is(slippage({ revisions: 1 }), undefined);
});

test.run();
