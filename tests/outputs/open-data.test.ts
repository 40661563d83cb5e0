import { test } from "uvu";
import * as assert from "uvu/assert";
import { Ajv } from "ajv";
import { openDataFile, openDataJson, openDataSchema } from "../../lib/outputs/open-data.ts";
import { settings, wrenmoor } from "./wrenmoor.ts";

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
    { quarter: "2024/25 Q2", quarter_end: "2024-09-30", value: 14 },
    { quarter: "2024/25 Q3", quarter_end: "2024-12-31", value: 21 },
  ]);
  assert.equal(data.councils[0]?.savings, {
    planned: 150000,
    delivered: 20000,
    years: [{ year: "2024/25", planned: 150000, delivered: 20000 }],
  });
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
