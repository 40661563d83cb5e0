/** plan.yaml: the plan itself, its themes and barriers, and how it was approved. */
import { Type, type Static } from "@sinclair/typebox";
import { CalendarDate, DayOrBy, FinancialYearText, Id, Line, Prose, WebAddress } from "./primitives.ts";
import { approvalKinds, milestoneStatuses } from "./vocabulary.ts";

export const Theme = Type.Object(
  {
    id: Type.String({
      ...Id,
      description: 'A short reference for the theme, letters, digits and hyphens only, for example "services". Actions name their theme by it, and it appears in web addresses.',
    }),
    title: Line('The theme\'s heading, for example "Transforming services".'),
    summary: Type.Optional(Prose("What the theme is about, in a sentence or two.")),
    done: Type.Optional(Prose("What the council has already done under this theme, in the plan's own words. Markdown is allowed.")),
    next: Type.Optional(Prose("What the council will do next under this theme, in the plan's own words. Markdown is allowed.")),
  },
  { additionalProperties: false, description: "A theme of the plan: the council's own heading, or one of the four productivity plan questions." },
);

export const Barrier = Type.Object(
  {
    id: Type.String({
      ...Id,
      description: 'A short reference for the barrier, letters, digits and hyphens only, for example "planning-fees". It appears in web addresses.',
    }),
    title: Line("The barrier in a few words."),
    description: Type.Optional(Prose("What the barrier is and how it holds the council back.")),
    ask: Type.Optional(Prose("What the council asks the Government to do about it, if the plan says.")),
    theme: Type.Optional(Type.String({ description: "The id of the theme the barrier belongs to, if any." })),
  },
  { additionalProperties: false },
);

export const Approval = Type.Object(
  {
    by: Type.Optional(
      Line('The body or person who decided, for example "Cabinet", "Policy and Resources Committee", "Cabinet Member for Finance".'),
    ),
    verb: Type.Optional(
      Line('The council\'s own word for what was decided, as its minutes put it: "approved", "endorsed", "noted", "agreed".'),
    ),
    date: Type.Optional(CalendarDate("The date it was decided. Leave out while the decision is still to come.")),
    due: Type.Optional(
      CalendarDate("For a plan sent to Government before it was agreed: the date it was due to be decided, if no decision is recorded yet."),
    ),
    kind: Type.Optional(
      Type.Union(
        approvalKinds.map((k) => Type.Literal(k)),
        { description: `The route by which the plan was agreed, if known: ${approvalKinds.join(", ")}.` },
      ),
    ),
    call_in_deadline: Type.Optional(CalendarDate("For a portfolio holder decision: the last day the decision could be called in.")),
    reference: Type.Optional(Line('The decision\'s reference number, for example "CAB/2024/031".')),
    decision: Type.Optional(WebAddress("Link to the published decision or report.")),
    minutes: Type.Optional(WebAddress("Link to the minutes of the meeting.")),
    note: Type.Optional(Prose("Anything else residents should know about how the plan was agreed.")),
  },
  {
    additionalProperties: false,
    description: "How the plan was agreed, as the council recorded it. Leave the whole of it out if the council has not said.",
  },
);

export const Rating = Type.Object(
  {
    word: Line('The council\'s own rating word, as its reports use it, for example "Green" or "Achieved".'),
    means: Type.Union(
      milestoneStatuses.map((s) => Type.Literal(s)),
      { description: `The site's status it counts as, for counts, charts, filters and open data: ${milestoneStatuses.join(", ")}.` },
    ),
    definition: Type.Optional(Prose('What the council says the rating means, for example "On or above target".')),
  },
  { additionalProperties: false, description: "One word of the council's own rating scale." },
);

export const DelegatedAuthority = Type.Object(
  {
    to: Line('Who may amend the plan, for example "Chief Executive, in consultation with the Leader".'),
    scope: Prose('What they may change, for example "to amend the plan from time to time".'),
  },
  { additionalProperties: false, description: "Authority delegated to amend the plan after approval." },
);

export const Revision = Type.Object(
  {
    date: CalendarDate("The date the change was agreed."),
    summary: Prose("What changed in the plan."),
    approved_by: Type.Optional(Line("Who agreed the change.")),
  },
  { additionalProperties: false },
);

export const BuildsOn = Type.Object(
  {
    title: Line('The other plan, for example "Improvement and Recovery Plan".'),
    link: Type.Optional(WebAddress("Link to the other plan.")),
    reports_to: Type.Optional(Line('Who its progress is reported to, for example "the government-appointed Commissioners".')),
  },
  { additionalProperties: false, description: "Another plan this one builds on, if any." },
);

export const PlanFile = Type.Object(
  {
    title: Line('The plan\'s title, for example "Productivity Plan 2024 to 2027".'),
    published: Type.Optional(
      CalendarDate("The date of the plan as published. Statuses and savings the plan itself states are as of this date."),
    ),
    period: Type.Optional(
      Type.Object(
        {
          from: Type.String({ ...FinancialYearText, description: 'The first financial year the plan covers, written "2024/25".' }),
          to: Type.String({ ...FinancialYearText, description: 'The last financial year the plan covers, written "2026/27".' }),
        },
        { additionalProperties: false, description: "The financial years the plan covers, if it says." },
      ),
    ),
    summary: Type.Optional(Prose("What the plan is for, in a short paragraph. Markdown is allowed.")),
    introduction: Type.Optional(Prose("The plan's own introduction, in its own words, as long as it is. Markdown is allowed.")),
    document: Type.Optional(WebAddress("Link to the plan as published (PDF or web page).")),
    builds_on: Type.Optional(BuildsOn),
    submitted: Type.Optional(DayOrBy("The date the plan was sent to Government. It may come before approval.")),
    approval: Type.Optional(Approval),
    delegated_authority: Type.Optional(DelegatedAuthority),
    revisions: Type.Optional(Type.Array(Revision, { description: "Changes to the plan since it was first agreed, oldest first." })),
    ratings: Type.Optional(
      Type.Array(Rating, {
        minItems: 1,
        description: "The council's own rating scale, if its reports use one: each word, what it counts as, and its definition.",
      }),
    ),
    themes: Type.Array(Theme, {
      minItems: 1,
      description: "The plan's themes, in its own order: its own headings, or the four productivity plan questions.",
    }),
    barriers: Type.Optional(
      Type.Array(Barrier, {
        description: "Barriers the Government could help to reduce or remove. Leave out if the plan lists none; write [] if it says there are none.",
      }),
    ),
  },
  { additionalProperties: false, description: "plan.yaml: the plan itself, its themes and barriers, and how it was agreed." },
);

export type Theme = Static<typeof Theme>;
export type Barrier = Static<typeof Barrier>;
export type Approval = Static<typeof Approval>;
export type Rating = Static<typeof Rating>;
export type PlanFile = Static<typeof PlanFile>;
