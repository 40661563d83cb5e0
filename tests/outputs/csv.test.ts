import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "csv-parse/sync";
import { csvTableDescriptions, openDataCsv } from "../../lib/outputs/csv.ts";
import { deriveCouncil } from "../../lib/derive/council.ts";
import { report, settings, wrenmoor, wrenmoorLoaded } from "../helpers/wrenmoor.ts";

const wrenmoorAsOf = (asOf: string) => deriveCouncil(wrenmoorLoaded({ more: true }), asOf);

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
    rating: "",
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
    ["ongoing", "", "", "no progress reported"],
  );
});

test('a milestone no one has rated is "no progress reported", never "not started", and past its date it is overdue', () => {
  const unrated = rows("milestones").find((row) => row["milestone_id"] === "CS1-M3");
  assert.equal(
    [unrated?.["status"], unrated?.["rating"], unrated?.["overdue"], unrated?.["reported_in"]],
    ["no progress reported", "", "false", ""],
  );
  const later = openDataCsv({ table: "milestones", council: wrenmoorAsOf("2025-10-01") }, site, settings);
  const passed = (parse(later, { columns: true }) as Record<string, string>[]).find((row) => row["milestone_id"] === "CS1-M3");
  assert.equal([passed?.["status"], passed?.["overdue"]], ["no progress reported", "true"]);
  assert.not.match(later, "not started");
});

test("the council's own rating word is given beside the site's status", () => {
  const loaded = wrenmoorLoaded();
  const rated = {
    ...loaded,
    plan: { ...loaded.plan, data: { ...loaded.plan.data, ratings: [{ word: "Amber", means: "at risk" as const }] } },
    updates: [...loaded.updates, report("2025-26-q1", { period: "2025/26 Q1", milestones: { "CS1-M2": { status: "Amber" } } })],
  };
  const rows = parse(openDataCsv({ table: "milestones", council: deriveCouncil(rated, settings.asOf) }, site, settings), {
    columns: true,
  }) as Record<string, string>[];
  const amber = rows.find((row) => row["milestone_id"] === "CS1-M2");
  assert.equal([amber?.["status"], amber?.["rating"], amber?.["reported_in"]], ["at risk", "Amber", "2025/26 Q1"]);
});

test("money is a plain number of pounds", () => {
  assert.equal(
    rows("savings").map((row) => [row["action_id"], row["year"], row["planned"], row["delivered"]]),
    [
      ["CS1", "2024/25", "100000", ""],
      ["WS1", "2024/25", "50000", "20000"],
    ],
  );
  assert.is(rows("actions").find((row) => row["action_id"] === "WS1")?.["savings_delivered"], "20000");
});

test("a saving no one stated is an empty cell, never 0", () => {
  assert.is(rows("savings").find((row) => row["action_id"] === "CS1")?.["delivered"], "");
  assert.is(rows("actions").find((row) => row["action_id"] === "CS1")?.["savings_delivered"], "");
  const loaded = wrenmoorLoaded();
  const noSavings = deriveCouncil(
    { ...loaded, actions: loaded.actions.map((action) => ({ ...action, data: { ...action.data, savings: [] } })) },
    settings.asOf,
  );
  const actions = parse(openDataCsv({ table: "actions", council: noSavings }, site, settings), { columns: true }) as Record<
    string,
    string
  >[];
  const cs1 = actions.find((row) => row["action_id"] === "CS1");
  assert.equal([cs1?.["savings_planned"], cs1?.["savings_delivered"]], ["", ""]);
});

test("measure values are one row per report period, with the report that gave them", () => {
  assert.equal(
    rows("measures").map((row) => [row["measure_id"], row["period"], row["period_end"], row["value"], row["update_url"]]),
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
