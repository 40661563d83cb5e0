/** actions/<id>.yaml: one action in the plan, with whatever of its owner, milestones, measures and savings the plan gives. */
import { Type, type Static } from "@sinclair/typebox";
import { CalendarDate, DueDate, FinancialYearText, Id, Line, Pounds, Prose, StatusWord } from "./primitives.ts";
import { measureDirections } from "./vocabulary.ts";

export const Milestone = Type.Object(
  {
    id: Id,
    title: Line('What will be done, for example "New customer portal live for council tax".'),
    due: Type.Optional(DueDate),
    status: Type.Optional(
      StatusWord("Where the milestone stood when the plan was written, if the plan says: for example, work done before the plan was written."),
    ),
    completed: Type.Optional(CalendarDate("The date it was completed, if the plan says it was done.")),
  },
  {
    additionalProperties: false,
    description: "A step in the action, with its due date as first planned, if the plan gives one. Revised dates go in progress reports.",
  },
);

const MeasurePoint = (what: string) =>
  Type.Object(
    {
      value: Type.Number({ description: `The ${what} value, as a number.` }),
      date: Type.Optional(CalendarDate(`The date the ${what} applies to.`)),
    },
    { additionalProperties: false, description: `The ${what}, if the plan gives one.` },
  );

export const Measure = Type.Object(
  {
    id: Id,
    title: Line('What is measured, for example "Calls answered within 60 seconds".'),
    unit: Type.Optional(Line('The unit: "%", "£", "days", or a word such as "calls" or "tonnes".')),
    direction: Type.Optional(
      Type.Union(
        measureDirections.map((d) => Type.Literal(d)),
        { description: `Whether a rise is good news: ${measureDirections.join(" or ")}.` },
      ),
    ),
    baseline: Type.Optional(MeasurePoint("baseline")),
    target: Type.Optional(MeasurePoint("target")),
  },
  { additionalProperties: false, description: "A measure (KPI) that shows whether the action is working." },
);

export const PlannedSaving = Type.Object(
  {
    year: Type.Optional(
      Type.String({ ...FinancialYearText, description: 'The financial year the saving falls in, "2024/25". Leave out for a target over the whole plan.' }),
    ),
    amount: Type.Optional(Pounds("The saving planned, or the target.")),
    delivered: Type.Optional(Pounds("The saving the plan itself says was already delivered, as of the plan's date.")),
    basis: Type.Optional(Line('What the figure counts, if the plan says, for example "salary budget, excluding on-costs".')),
  },
  { additionalProperties: false, description: "A saving, as the plan states it: planned, delivered, or both." },
);

export const ActionFile = Type.Object(
  {
    id: Id,
    title: Line('The action, for example "Move council tax and benefits online".'),
    theme: Type.String({ description: "The id of the theme the action belongs to, from plan.yaml." }),
    owner: Type.Optional(Line('Who is responsible, as a role, for example "Director of Customer Services". Leave out if the plan does not say.')),
    lead_member: Type.Optional(Line('The councillor who leads on it, as a role, for example "Cabinet Member for Resources".')),
    summary: Type.Optional(Prose("What the action will do and why, in plain English. Markdown is allowed.")),
    status: Type.Optional(StatusWord("Where the action stood when the plan was written, if the plan says.")),
    milestones: Type.Optional(Type.Array(Milestone, { description: "The action's milestones, in the order they are due, if the plan gives any." })),
    measures: Type.Optional(Type.Array(Measure, { description: "Measures that show progress." })),
    savings: Type.Optional(Type.Array(PlannedSaving, { description: "Savings, one entry per financial year, or one for the whole plan." })),
  },
  { additionalProperties: false, description: "actions/<id>.yaml: one action in the plan." },
);

export type Milestone = Static<typeof Milestone>;
export type Measure = Static<typeof Measure>;
export type PlannedSaving = Static<typeof PlannedSaving>;
export type ActionFile = Static<typeof ActionFile>;
