import { test } from "uvu";
import * as assert from "uvu/assert";
import { actionSavings, savingsHeadline, totalSavings } from "../../lib/derive/savings.ts";
import type { ActionFile, UpdateFile } from "../../lib/schema/index.ts";

type Action = Pick<ActionFile, "id" | "savings">;
type Update = Pick<UpdateFile, "savings">;

const waste: Action = {
  id: "WS1",
  savings: [
    { year: "2025/26", amount: 200000 },
    { year: "2024/25", amount: 120000 },
  ],
};

test("savings planned per financial year are listed in year order, with no delivered figure until one is given", () => {
  const savings = actionSavings(waste, []);
  assert.equal(savings, {
    lines: [
      { year: "2024/25", planned: 120000 },
      { year: "2025/26", planned: 200000 },
    ],
    planned: 320000,
    headline: "£320,000 planned; no figure for savings delivered has been published.",
  });
  assert.not.ok("delivered" in savings, "no one said what was delivered: not £0");
});

test("delivered savings are a running total: the latest update for a year wins, not the sum", () => {
  const updates: Update[] = [
    { savings: [{ action: "WS1", year: "2024/25", delivered: 30000 }] },
    { savings: [{ action: "WS1", year: "2024/25", delivered: 75000 }] },
    { savings: [] },
    {
      savings: [
        { action: "WS1", year: "2024/25", delivered: 110000 },
        { action: "WS1", year: "2025/26", delivered: 40000 },
      ],
    },
  ];
  const savings = actionSavings(waste, updates);
  assert.equal(savings.lines, [
    { year: "2024/25", planned: 120000, delivered: 110000 },
    { year: "2025/26", planned: 200000, delivered: 40000 },
  ]);
  assert.is(savings.delivered, 150000);
  assert.is(savings.planned, 320000);
  assert.is(savings.headline, "£150,000 delivered so far, against £320,000 planned.");
});

test("a running total that goes down in a later update is taken as the latest figure", () => {
  const updates: Update[] = [
    { savings: [{ action: "WS1", year: "2024/25", delivered: 90000 }] },
    { savings: [{ action: "WS1", year: "2024/25", delivered: 80000 }] },
  ];
  assert.is(actionSavings(waste, updates).lines[0]?.delivered, 80000);
});

test("savings another action delivered are not counted", () => {
  const savings = actionSavings(waste, [{ savings: [{ action: "WS2", year: "2024/25", delivered: 50000 }] }]);
  assert.is(savings.delivered, undefined);
});

test("a whole-plan saving with no year comes after the yearly lines", () => {
  const action: Action = { id: "PR1", savings: [{ amount: 1500000 }, { year: "2024/25", amount: 100000 }] };
  const savings = actionSavings(action, [
    { savings: [{ action: "PR1", delivered: 400000 }] },
    { savings: [{ action: "PR1", delivered: 650000 }] },
  ]);
  assert.equal(savings.lines, [
    { year: "2024/25", planned: 100000 },
    { planned: 1500000, delivered: 650000 },
  ]);
  assert.is(savings.lines[1]?.year, undefined);
  assert.is(savings.planned, 1600000);
  assert.is(savings.delivered, 650000);
});

test("savings delivered in a year with nothing planned show with no planned figure, not nought", () => {
  const savings = actionSavings({ id: "WS1" }, [{ savings: [{ action: "WS1", year: "2026/27", delivered: 5000 }] }]);
  assert.equal(savings.lines, [{ year: "2026/27", delivered: 5000 }]);
  assert.is(savings.planned, undefined);
  assert.is(savings.headline, "£5,000 delivered; no planned figure was published.");
});

test("an action with no savings has no lines, no totals and no headline", () => {
  assert.equal(actionSavings({ id: "CS1" }, []), { lines: [] });
});

test("a saving the plan says was already delivered shows, marked as the plan's own, with its basis", () => {
  const savings = actionSavings(
    { id: "HR1", savings: [{ year: "2023/24", amount: 250000, delivered: 180000, basis: "salary budget, excluding on-costs" }] },
    [],
  );
  assert.equal(savings.lines, [
    { year: "2023/24", planned: 250000, delivered: 180000, deliveredInPlan: true, basis: "salary budget, excluding on-costs" },
  ]);
  assert.is(savings.delivered, 180000);
  assert.is(savings.headline, "£180,000 delivered so far, against £250,000 planned.");
});

test("a plan that gives only what was delivered has no planned figure", () => {
  const savings = actionSavings({ id: "HR1", savings: [{ delivered: 90000 }] }, []);
  const [line, ...others] = savings.lines;
  assert.equal(others, []);
  assert.equal([line?.year, line?.planned, line?.delivered, line?.deliveredInPlan], [undefined, undefined, 90000, true]);
  assert.is(savings.planned, undefined);
  assert.is(savings.headline, "£90,000 delivered; no planned figure was published.");
});

test("a report's delivered figure replaces the plan's, and is no longer the plan's own", () => {
  const savings = actionSavings({ id: "HR1", savings: [{ year: "2024/25", amount: 250000, delivered: 100000 }] }, [
    { savings: [{ action: "HR1", year: "2024/25", delivered: 140000 }] },
  ]);
  assert.equal(savings.lines, [{ year: "2024/25", planned: 250000, delivered: 140000 }]);
});

test("two entries for the same year in the plan are added together", () => {
  const savings = actionSavings(
    {
      id: "WS1",
      savings: [
        { year: "2024/25", amount: 50000 },
        { year: "2024/25", amount: 25000 },
      ],
    },
    [],
  );
  assert.equal(savings.lines, [{ year: "2024/25", planned: 75000 }]);
});

test("totals add each action's lines year by year, whole-plan last, leaving out figures no one gave", () => {
  const first = actionSavings(waste, [{ savings: [{ action: "WS1", year: "2024/25", delivered: 60000 }] }]);
  const second = actionSavings(
    { id: "PR1", savings: [{ amount: 900000 }, { year: "2024/25", amount: 30000 }, { year: "2023/24", amount: 10000 }] },
    [{ savings: [{ action: "PR1", year: "2024/25", delivered: 30000 }] }],
  );
  const total = totalSavings([first, second]);
  assert.equal(total.lines, [
    { year: "2023/24", planned: 10000 },
    { year: "2024/25", planned: 150000, delivered: 90000 },
    { year: "2025/26", planned: 200000 },
    { planned: 900000 },
  ]);
  assert.is(total.planned, 1260000);
  assert.is(total.delivered, 90000);
});

test("the total of nothing, or of actions that stated no savings, is nothing: never £0", () => {
  assert.equal(totalSavings([]), { lines: [] });
  const total = totalSavings([actionSavings({ id: "CS1" }, []), actionSavings({ id: "CS2" }, [])]);
  assert.is(total.planned, undefined);
  assert.is(total.delivered, undefined);
  assert.is(total.headline, undefined);
});

test("the headline says only the figures given", () => {
  assert.is(savingsHeadline({ planned: 1500000, delivered: 1485000 }), "£1.49 million delivered so far, against £1.5 million planned.");
  assert.is(
    savingsHeadline({ planned: 1802000, delivered: 1795000 }),
    "£1.8 million delivered so far, against £1.8 million planned (£7,000 less than planned).",
  );
  assert.is(savingsHeadline({ planned: 1500000 }), "£1.5 million planned; no figure for savings delivered has been published.");
  assert.is(savingsHeadline({ delivered: 1485000 }), "£1.49 million delivered; no planned figure was published.");
  assert.is(savingsHeadline({}), undefined);
});

test.run();
