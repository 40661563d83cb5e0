import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "csv-parse/sync";
import { csvTableDescriptions, openDataCsv } from "../../lib/outputs/csv.ts";
import { settings, wrenmoor } from "./wrenmoor.ts";

const council = wrenmoor({ more: true });
const site = { councils: [council] };
const rows = (table: "actions" | "milestones" | "measures" | "savings") =>
  parse(openDataCsv({ table, council }, site, settings), { columns: true }) as Record<string, string>[];

test("each table has one row per action, milestone, measure value and saving line", () => {
  assert.is(rows("actions").length, 2);
  assert.is(rows("milestones").length, 6);
  assert.is(rows("measures").length, 2);
  assert.is(rows("savings").length, 2);
});

test("a milestone row gives its current status, and its original and current due dates as ISO dates", () => {
  const revised = rows("milestones").find((row) => row["milestone_id"] === "CS1-M1");
  assert.equal(revised, {
    council: "wrenmoor",
    action_id: "CS1",
    milestone_id: "CS1-M1",
    title: "Portal live",
    status: "complete",
    reported_in: "2025/26 Q1",
    overdue: "false",
    due: "2025-03-31",
    due_precision: "day",
    due_end: "2025-03-31",
    original_due: "2024-12-31",
    original_due_end: "2024-12-31",
    revisions: "1",
    slippage_days: "90",
    completed: "2025-03-28",
    url: "https://example.github.io/plans/wrenmoor/actions/cs1/#cs1-m1",
  });
  const ongoing = rows("milestones").find((row) => row["milestone_id"] === "WS1-M2");
  assert.equal(
    [ongoing?.["due"], ongoing?.["due_end"], ongoing?.["slippage_days"], ongoing?.["status"]],
    ["ongoing", "", "", "not started"],
  );
});

test("money is a plain number of pounds", () => {
  assert.equal(
    rows("savings").map((row) => [row["action_id"], row["year"], row["planned"], row["delivered"]]),
    [
      ["CS1", "2024/25", "100000", "0"],
      ["WS1", "2024/25", "50000", "20000"],
    ],
  );
  assert.is(rows("actions").find((row) => row["action_id"] === "WS1")?.["savings_delivered"], "20000");
});

test("measure values are one row per quarter, with the update that reported them", () => {
  assert.equal(
    rows("measures").map((row) => [row["measure_id"], row["quarter"], row["quarter_end"], row["value"], row["update_url"]]),
    [
      ["CS1-K1", "2024/25 Q2", "2024-09-30", "14", "https://example.github.io/plans/wrenmoor/progress/2024-25-q2/"],
      ["CS1-K1", "2024/25 Q3", "2024-12-31", "21", "https://example.github.io/plans/wrenmoor/progress/2024-25-q3/"],
    ],
  );
});

test("text with commas, quotes and line breaks survives the round trip", () => {
  const awkward = {
    ...council,
    milestones: council.milestones.map((milestone, index) =>
      index === 0 ? { ...milestone, title: 'Portal "live", at last\nfor everyone' } : milestone,
    ),
  };
  const parsed = parse(openDataCsv({ table: "milestones", council: awkward }, { councils: [awkward] }, settings), {
    columns: true,
  }) as Record<string, string>[];
  assert.is(parsed[0]?.["title"], 'Portal "live", at last\nfor everyone');
});

test("the header row is exactly the documented columns, and the site-wide file has every council's rows", () => {
  const other = { ...wrenmoor(), slug: "marshby" };
  for (const table of csvTableDescriptions(settings)) {
    const text = openDataCsv({ table: table.name }, { councils: [council, other] }, settings);
    const [header, ...body] = parse(text) as string[][];
    assert.equal(
      header,
      table.columns.map((column) => column.name),
    );
    assert.ok(
      body.some((row) => row[0] === "marshby"),
      `${table.name} has no marshby rows`,
    );
    assert.ok(text.includes("\r\n"));
  }
});

test.run();
