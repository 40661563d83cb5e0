import { test } from "uvu";
import * as assert from "uvu/assert";
import { actionSavings, totalSavings } from "../../lib/derive/savings.ts";
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

test("savings planned per financial year are listed in year order against nothing delivered", () => {
  assert.equal(actionSavings(waste, []), {
    lines: [
      { year: "2024/25", planned: 120000, delivered: 0 },
      { year: "2025/26", planned: 200000, delivered: 0 },
    ],
    planned: 320000,
    delivered: 0,
  });
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
  assert.is(savings.delivered, 0);
});

test("a whole-plan saving with no year comes after the yearly lines", () => {
  const action: Action = { id: "PR1", savings: [{ amount: 1500000 }, { year: "2024/25", amount: 100000 }] };
  const savings = actionSavings(action, [
    { savings: [{ action: "PR1", delivered: 400000 }] },
    { savings: [{ action: "PR1", delivered: 650000 }] },
  ]);
  assert.equal(savings.lines, [
    { year: "2024/25", planned: 100000, delivered: 0 },
    { planned: 1500000, delivered: 650000 },
  ]);
  assert.is(savings.lines[1]?.year, undefined);
  assert.is(savings.planned, 1600000);
  assert.is(savings.delivered, 650000);
});

test("savings delivered in a year with nothing planned still show, against nought planned", () => {
  const savings = actionSavings({ id: "WS1" }, [{ savings: [{ action: "WS1", year: "2026/27", delivered: 5000 }] }]);
  assert.equal(savings.lines, [{ year: "2026/27", planned: 0, delivered: 5000 }]);
});

test("an action with no savings has no lines", () => {
  assert.equal(actionSavings({ id: "CS1" }, []), { lines: [], planned: 0, delivered: 0 });
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
  assert.equal(savings.lines, [{ year: "2024/25", planned: 75000, delivered: 0 }]);
});

test("totals add each action's lines year by year, whole-plan last", () => {
  const first = actionSavings(waste, [{ savings: [{ action: "WS1", year: "2024/25", delivered: 60000 }] }]);
  const second = actionSavings(
    { id: "PR1", savings: [{ amount: 900000 }, { year: "2024/25", amount: 30000 }, { year: "2023/24", amount: 10000 }] },
    [{ savings: [{ action: "PR1", year: "2024/25", delivered: 30000 }] }],
  );
  const total = totalSavings([first, second]);
  assert.equal(total.lines, [
    { year: "2023/24", planned: 10000, delivered: 0 },
    { year: "2024/25", planned: 150000, delivered: 90000 },
    { year: "2025/26", planned: 200000, delivered: 0 },
    { planned: 900000, delivered: 0 },
  ]);
  assert.is(total.planned, 1260000);
  assert.is(total.delivered, 90000);
});

test("the total of nothing is nothing", () => {
  assert.equal(totalSavings([]), { lines: [], planned: 0, delivered: 0 });
});

test.run();
