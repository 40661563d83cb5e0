/** plan.yaml: the plan itself, its themes and barriers, and how it was approved. */
import { Type, type Static } from "@sinclair/typebox";
import { CalendarDate, FinancialYearText, Id, Line, Prose, WebAddress } from "./primitives.ts";
import { approvalKinds } from "./vocabulary.ts";

export const Theme = Type.Object(
  {
    id: Id,
    title: Line('The theme\'s heading, for example "Transforming services".'),
    summary: Type.Optional(Prose("What the theme is about, in a sentence or two.")),
    achieved: Type.Optional(
      Type.Array(Prose("One thing already done under this theme."), {
        description: "What the council had already achieved under this theme before the plan, one item per line.",
      }),
    ),
  },
  { additionalProperties: false },
);

export const Barrier = Type.Object(
  {
    id: Id,
    title: Line("The barrier in a few words."),
    description: Prose("What the barrier is and how it holds the council back."),
    ask: Prose("What the council asks the Government to do about it."),
    theme: Type.Optional(Type.String({ description: "The id of the theme the barrier belongs to, if any." })),
  },
  { additionalProperties: false },
);

export const Approval = Type.Object(
  {
    kind: Type.Union(
      approvalKinds.map((k) => Type.Literal(k)),
      { description: `How the plan was agreed: ${approvalKinds.join(", ")}.` },
    ),
    by: Line('The body or person who agreed it, for example "Cabinet", "Policy and Resources Committee", "Cabinet Member for Finance".'),
    date: Type.Optional(CalendarDate("The date it was agreed. Leave out while approval is still to come.")),
    call_in_deadline: Type.Optional(
      CalendarDate("For a portfolio holder decision: the last day the decision could be called in."),
    ),
    reference: Type.Optional(Line('The decision\'s reference number, for example "CAB/2024/031".')),
    decision: Type.Optional(WebAddress("Link to the published decision or report.")),
    minutes: Type.Optional(WebAddress("Link to the minutes of the meeting.")),
    note: Type.Optional(Prose("Anything else residents should know about how the plan was agreed.")),
  },
  { additionalProperties: false, description: "How the plan was agreed by members or officers." },
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
    period: Type.Object(
      {
        from: FinancialYearText,
        to: FinancialYearText,
      },
      { additionalProperties: false, description: "The financial years the plan covers." },
    ),
    summary: Prose("What the plan is for, in a short paragraph. Markdown is allowed."),
    document: Type.Optional(WebAddress("Link to the plan as published (PDF or web page).")),
    builds_on: Type.Optional(BuildsOn),
    submitted: Type.Optional(
      CalendarDate("The date the plan was sent to Government. It may come before approval."),
    ),
    approval: Approval,
    delegated_authority: Type.Optional(DelegatedAuthority),
    revisions: Type.Optional(Type.Array(Revision, { description: "Changes to the plan since it was first agreed, oldest first." })),
    themes: Type.Optional(
      Type.Array(Theme, {
        minItems: 1,
        description:
          "The plan's themes. Leave out to use the four productivity plan themes: services, technology, waste and barriers.",
      }),
    ),
    barriers: Type.Optional(Type.Array(Barrier, { description: "Barriers the Government could help to reduce or remove." })),
  },
  { additionalProperties: false, description: "plan.yaml: the plan itself, its themes and barriers, and how it was approved." },
);

export type Theme = Static<typeof Theme>;
export type Barrier = Static<typeof Barrier>;
export type Approval = Static<typeof Approval>;
export type PlanFile = Static<typeof PlanFile>;
