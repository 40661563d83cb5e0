/** actions/<id>.yaml: one action in the plan, its milestones, measures and planned savings. */
import { Type, type Static } from "@sinclair/typebox";
import { CalendarDate, DueDate, FinancialYearText, Id, Line, Pounds, Prose } from "./primitives.ts";
import { measureDirections } from "./vocabulary.ts";

export const Milestone = Type.Object(
  {
    id: Id,
    title: Line('What will be done, for example "New customer portal live for council tax".'),
    due: DueDate,
  },
  { additionalProperties: false, description: "A step in the action with a due date, as first planned. Revised dates go in progress updates." },
);

const MeasurePoint = (what: string) =>
  Type.Object(
    {
      value: Type.Number({ description: `The ${what} value, as a number.` }),
      date: CalendarDate(`The date the ${what} applies to.`),
    },
    { additionalProperties: false, description: `The ${what}.` },
  );

export const Measure = Type.Object(
  {
    id: Id,
    title: Line('What is measured, for example "Calls answered within 60 seconds".'),
    unit: Line('The unit: "%", "£", "days", or a word such as "calls" or "tonnes".'),
    direction: Type.Union(
      measureDirections.map((d) => Type.Literal(d)),
      { description: `Whether a rise is good news: ${measureDirections.join(" or ")}.` },
    ),
    baseline: MeasurePoint("baseline"),
    target: MeasurePoint("target"),
  },
  { additionalProperties: false, description: "A measure (KPI) that shows whether the action is working." },
);

export const PlannedSaving = Type.Object(
  {
    year: Type.Optional(
      Type.String({ ...FinancialYearText, description: 'The financial year the saving falls in, "2024/25". Leave out for a target over the whole plan.' }),
    ),
    amount: Pounds("The saving planned."),
  },
  { additionalProperties: false },
);

export const ActionFile = Type.Object(
  {
    id: Id,
    title: Line('The action, for example "Move council tax and benefits online".'),
    theme: Type.String({ description: "The id of the theme the action belongs to, from plan.yaml." }),
    owner: Line('Who is responsible, as a role, for example "Director of Customer Services".'),
    lead_member: Type.Optional(Line('The councillor who leads on it, as a role, for example "Cabinet Member for Resources".')),
    summary: Prose("What the action will do and why, in plain English. Markdown is allowed."),
    milestones: Type.Array(Milestone, { minItems: 1, description: "The action's milestones, in the order they are due." }),
    measures: Type.Optional(Type.Array(Measure, { description: "Measures that show progress." })),
    savings: Type.Optional(Type.Array(PlannedSaving, { description: "Savings planned, one entry per financial year." })),
  },
  { additionalProperties: false, description: "actions/<id>.yaml: one action in the plan." },
);

export type Milestone = Static<typeof Milestone>;
export type Measure = Static<typeof Measure>;
export type PlannedSaving = Static<typeof PlannedSaving>;
export type ActionFile = Static<typeof ActionFile>;
