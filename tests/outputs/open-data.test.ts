import { test } from "uvu";
import * as assert from "uvu/assert";
import { Ajv } from "ajv";
import { openDataFile, openDataJson, openDataSchema } from "../../lib/outputs/open-data.ts";
import { deriveCouncil } from "../../lib/derive/council.ts";
import { report, settings, wrenmoor, wrenmoorLoaded } from "../helpers/wrenmoor.ts";

const council = wrenmoor({ more: true });
const site = { councils: [council], asOf: settings.asOf };
const validate = new Ajv({ allErrors: true, strict: true }).compile(openDataSchema(settings));

test("a council's file and the site's file both validate against the published schema", () => {
  for (const scope of [{ council }, {}]) {
    const data: unknown = JSON.parse(openDataJson(scope, site, settings));
    assert.ok(validate(data), JSON.stringify(validate.errors, null, 2));
  }
});

test("the schema rejects a file with a field it does not describe or a status it does not know", () => {
  const data = openDataFile({ council }, site, settings);
  assert.not.ok(validate({ ...data, extra: 1 }));
  const milestone = data.councils[0]?.actions[0]?.milestones[0];
  assert.ok(milestone);
  assert.not.ok(
    validate({
      ...data,
      councils: [{ ...data.councils[0], actions: [{ ...data.councils[0]?.actions[0], milestones: [{ ...milestone, status: "green" }] }] }],
    }),
  );
});

test("the schema is published with its own address and the draft it follows", () => {
  const schema = openDataSchema(settings);
  assert.is(schema.$id, "https://example.github.io/plans/data/schema.json");
  assert.is(schema.$schema, "http://json-schema.org/draft-07/schema#");
});

test("each milestone carries its derived status: current and original due dates, revisions, slippage, overdue", () => {
  const data = openDataFile({ council }, site, settings);
  const milestones = data.councils[0]?.actions.flatMap((action) => action.milestones) ?? [];
  const revised = milestones.find((milestone) => milestone.id === "CS1-M1");
  assert.equal(
    {
      status: revised?.status,
      due: revised?.due,
      original_due: revised?.original_due,
      revisions: revised?.revisions,
      slippage_days: revised?.slippage_days,
      overdue: revised?.overdue,
      completed: revised?.completed,
    },
    {
      status: "complete",
      due: { text: "2025-03-31", precision: "day", start: "2025-03-31", end: "2025-03-31" },
      original_due: { text: "2024-12-31", precision: "day", start: "2024-12-31", end: "2024-12-31" },
      revisions: 1,
      slippage_days: 90,
      overdue: false,
      completed: "2025-03-28",
    },
  );
  assert.is(milestones.find((milestone) => milestone.id === "CS1-M2")?.overdue, true);
  assert.equal(milestones.find((milestone) => milestone.id === "WS1-M2")?.due, { text: "ongoing", precision: "ongoing" });
  assert.is(revised?.url, "https://example.github.io/plans/wrenmoor/actions/cs1/#cs1-m1");
});

test("measures carry every value reported, and savings are in pounds per financial year", () => {
  const data = openDataFile({ council }, site, settings);
  const action = data.councils[0]?.actions.find((each) => each.id === "CS1");
  assert.equal(action?.measures[0]?.values, [
    { report: "2024-25-q2", period: "2024/25 Q2", period_end: "2024-09-30", value: 14 },
    { report: "2024-25-q3", period: "2024/25 Q3", period_end: "2024-12-31", value: 21 },
  ]);
  assert.equal(data.councils[0]?.savings, {
    planned: 150000,
    delivered: 20000,
    years: [{ year: "2024/25", planned: 150000, delivered: 20000 }],
  });
});

test("a saving no one stated is left out, never 0", () => {
  const data = openDataFile({ council }, site, settings);
  const cs1 = data.councils[0]?.actions.find((each) => each.id === "CS1");
  assert.equal(cs1?.savings, { planned: 100000, years: [{ year: "2024/25", planned: 100000 }] });
  assert.is("delivered" in (cs1?.savings ?? {}), false);
});

test('a milestone no one has rated is "no progress reported", never "not started", and valid against the schema', () => {
  const later = deriveCouncil(wrenmoorLoaded({ more: true }), "2025-10-01");
  const data = openDataFile({ council: later }, { councils: [later], asOf: "2025-10-01" }, settings);
  assert.ok(validate(data), JSON.stringify(validate.errors, null, 2));
  const milestones = data.councils[0]?.actions.flatMap((action) => action.milestones) ?? [];
  const passed = milestones.find((milestone) => milestone.id === "CS1-M3");
  assert.equal([passed?.status, passed?.status_source, passed?.overdue, passed?.reported], ["no progress reported", "none", true, false]);
  assert.ok(
    milestones.every((milestone) => milestone.status !== "not started"),
    "no milestone is called not started",
  );
  assert.is(data.councils[0]?.counts?.by_status["no progress reported"], 2);
});

test("the council's own rating word is given beside the site's status", () => {
  const loaded = wrenmoorLoaded();
  const rated = deriveCouncil(
    {
      ...loaded,
      plan: { ...loaded.plan, data: { ...loaded.plan.data, ratings: [{ word: "Amber", means: "at risk" as const }] } },
      updates: [...loaded.updates, report("2025-26-q1", { period: "2025/26 Q1", milestones: { "CS1-M2": { status: "Amber" } } })],
    },
    settings.asOf,
  );
  const data = openDataFile({ council: rated }, { councils: [rated], asOf: settings.asOf }, settings);
  assert.ok(validate(data), JSON.stringify(validate.errors, null, 2));
  const amber = data.councils[0]?.actions[0]?.milestones.find((milestone) => milestone.id === "CS1-M2");
  assert.equal([amber?.status, amber?.rating, amber?.history.at(-1)?.rating], ["at risk", "Amber", "Amber"]);
  // A report with no published date leaves the field out.
  assert.is("published" in (data.councils[0]?.updates.at(-1) ?? {}), false);
});

test("an undated milestone, a missing owner and a plan with no period are left out rather than made up", () => {
  const loaded = wrenmoorLoaded();
  const { period: _period, ...plan } = loaded.plan.data;
  const sparse = deriveCouncil(
    {
      ...loaded,
      plan: { ...loaded.plan, data: plan },
      actions: loaded.actions.map((action) =>
        action.data.id === "WS1"
          ? {
              ...action,
              data: { id: "WS1", title: "Fewer agency staff", theme: "waste", milestones: [{ id: "WS1-M1", title: "To be reviewed" }] },
            }
          : action,
      ),
    },
    settings.asOf,
  );
  const data = openDataFile({ council: sparse }, { councils: [sparse], asOf: settings.asOf }, settings);
  assert.ok(validate(data), JSON.stringify(validate.errors, null, 2));
  const ws1 = data.councils[0]?.actions.find((action) => action.id === "WS1");
  assert.is("owner" in (ws1 ?? {}), false);
  assert.equal(ws1?.milestones[0]?.due, { precision: "no date" });
  assert.is("period" in (data.councils[0]?.plan ?? {}), false);
});

test("the file names its licence, its date and where it is documented, and leaves out the council's branding", () => {
  const data = openDataFile({}, site, settings);
  assert.is(data.licence.name, "Open Government Licence v3.0");
  assert.is(data.as_of, "2025-08-01");
  assert.is(data.documentation, "https://example.github.io/plans/data/");
  assert.is("brand" in (data.councils[0]?.council ?? {}), false);
  assert.is(data.councils[0]?.updates.length, 3);
});

test.run();
