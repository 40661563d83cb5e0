/**
 * The shape of the open data JSON files (/data/all.json and /data/<council>.json), defined once with TypeBox
 * as the content schema is: the TypeScript types open-data.ts must produce, and the JSON Schema published at
 * /data/schema.json. Every file has the same shape, a list of councils, so code written for one council's
 * file reads the whole site's. Content fields keep the names officers write (snake_case); the derived facts
 * use the same style.
 */
import { Type, type Static } from "@sinclair/typebox";
import { Barrier, CouncilFile, Measure, PlanFile, Theme, milestoneStatuses } from "../schema/index.ts";
import { CalendarDate, FinancialQuarterText, FinancialYearText, Id } from "../schema/primitives.ts";

const Url = (description: string) => Type.String({ pattern: "^https?://[^\\s]+$", description });

const statusSchema = (description: string) =>
  Type.Union(
    milestoneStatuses.map((status) => Type.Literal(status)),
    { description: `${description}: ${milestoneStatuses.join(", ")}.` },
  );

export const duePrecisions = ["day", "month", "quarter", "financial year", "ongoing"] as const;

export const DueData = Type.Object(
  {
    text: Type.String({ description: 'As the council wrote it: "2025-03-31", "2025-03", "2024/25 Q4", "2024/25" or "ongoing".' }),
    precision: Type.Union(
      duePrecisions.map((precision) => Type.Literal(precision)),
      { description: `How precise the date is: ${duePrecisions.join(", ")}.` },
    ),
    start: Type.Optional(CalendarDate("The first day of the period; absent for ongoing work.")),
    end: Type.Optional(CalendarDate("The last day of the period, by which it is due; absent for ongoing work.")),
  },
  { additionalProperties: false, description: "A due date at the precision the council gave it." },
);

export const MilestoneReportData = Type.Object(
  {
    quarter: FinancialQuarterText,
    status: statusSchema("The status this update gave"),
    due: Type.String({ description: "The due date in force after this update, as written." }),
    revised: Type.Boolean({ description: "True when this update moved the due date." }),
    completed: Type.Optional(CalendarDate("The date the milestone was completed, if this update gave it.")),
    note: Type.Optional(Type.String({ description: "The update's note on the milestone (Markdown)." })),
  },
  { additionalProperties: false, description: "What one quarterly update said about the milestone." },
);

export const MilestoneData = Type.Object(
  {
    id: Id,
    title: Type.String(),
    url: Url("The milestone on its action page."),
    status: statusSchema("The current status, from the latest update that mentioned it"),
    reported: Type.Boolean({ description: 'False when no update has mentioned it yet, so its status is "not started".' }),
    reported_in: Type.Optional(FinancialQuarterText),
    due: DueData,
    original_due: DueData,
    revisions: Type.Integer({ minimum: 0, description: "How many times the due date has been moved." }),
    slippage_days: Type.Optional(
      Type.Integer({
        description: "Days from the end of the original due period to the end of the current one; absent when either is ongoing.",
      }),
    ),
    overdue: Type.Boolean({
      description: "True when the current due period has ended and the milestone is neither complete nor cancelled.",
    }),
    completed: Type.Optional(CalendarDate("The date it was completed.")),
    note: Type.Optional(Type.String({ description: "The latest note on it (Markdown)." })),
    history: Type.Array(MilestoneReportData, { description: "Every update that mentioned it, oldest first." }),
  },
  { additionalProperties: false, description: "A milestone with its status as of the as_of date." },
);

export const MeasureValueData = Type.Object(
  {
    quarter: FinancialQuarterText,
    quarter_end: CalendarDate("The last day of the quarter the value is for."),
    value: Type.Number(),
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export const MeasureData = Type.Composite(
  [
    Measure,
    Type.Object({
      progress: Type.Union(
        [Type.Literal("target met"), Type.Literal("improving"), Type.Literal("not improving"), Type.Literal("no data")],
        {
          description: "How the latest value stands against the baseline and target.",
        },
      ),
      values: Type.Array(MeasureValueData, { description: "The value reported in each quarterly update, oldest first." }),
    }),
  ],
  { additionalProperties: false, description: "A measure (KPI) with its baseline, target and the values reported." },
);

export const SavingsData = Type.Object(
  {
    planned: Type.Number({ description: "Savings planned, in pounds." }),
    delivered: Type.Number({ description: "Savings delivered so far, in pounds." }),
    years: Type.Array(
      Type.Object(
        {
          year: Type.Optional(
            Type.String({ ...FinancialYearText, description: "The financial year; absent for a target over the whole plan." }),
          ),
          planned: Type.Number({ description: "Planned, in pounds." }),
          delivered: Type.Number({ description: "Delivered so far, in pounds: the latest running total reported." }),
        },
        { additionalProperties: false },
      ),
      { description: "Per financial year in order, then any whole-plan target." },
    ),
  },
  { additionalProperties: false, description: "Savings planned against delivered." },
);

export const CountsData = Type.Object(
  {
    total: Type.Integer({ minimum: 0 }),
    overdue: Type.Integer({ minimum: 0 }),
    by_status: Type.Object(Object.fromEntries(milestoneStatuses.map((status) => [status, Type.Integer({ minimum: 0 })])), {
      additionalProperties: false,
    }),
  },
  { additionalProperties: false, description: "Milestones counted by current status; overdue ones are also counted under their status." },
);

export const ActionData = Type.Object(
  {
    id: Id,
    title: Type.String(),
    theme: Type.String({ description: "The id of the theme it belongs to." }),
    owner: Type.String(),
    lead_member: Type.Optional(Type.String()),
    summary: Type.String({ description: "Markdown." }),
    url: Url("The action's page."),
    milestones: Type.Array(MilestoneData),
    measures: Type.Array(MeasureData),
    savings: SavingsData,
    counts: CountsData,
  },
  { additionalProperties: false },
);

export const UpdateData = Type.Object(
  {
    quarter: FinancialQuarterText,
    published: CalendarDate("The date the update was published."),
    url: Url("The update's page."),
    considered_by: Type.Optional(
      Type.Object(
        { body: Type.String(), date: CalendarDate("The date of the meeting."), link: Type.Optional(Url("The meeting papers.")) },
        { additionalProperties: false },
      ),
    ),
    rag_summary: Type.Optional(
      Type.Object(
        { green: Type.Integer({ minimum: 0 }), amber: Type.Integer({ minimum: 0 }), red: Type.Integer({ minimum: 0 }) },
        { additionalProperties: false, description: "Counts per rating, as the council's report gave them." },
      ),
    ),
    narrative: Type.String({ description: "The update's narrative, in Markdown." }),
  },
  { additionalProperties: false, description: "A quarterly progress update published on or before as_of." },
);

export const CouncilData = Type.Object(
  {
    slug: Type.String({ description: "The council's folder name and web address." }),
    url: Url("The plan's page."),
    council: Type.Omit(CouncilFile, ["brand"], { additionalProperties: false, description: "Who the council is." }),
    plan: Type.Composite(
      [
        Type.Omit(PlanFile, ["themes", "barriers", "period"]),
        Type.Object({
          period: Type.Object(
            {
              from: FinancialYearText,
              to: FinancialYearText,
              start: CalendarDate("The first day of the plan."),
              end: CalendarDate("The last day of the plan."),
            },
            { additionalProperties: false },
          ),
        }),
      ],
      { additionalProperties: false, description: "The plan, how it was agreed and the years it covers." },
    ),
    themes: Type.Array(Theme),
    barriers: Type.Array(Barrier),
    actions: Type.Array(ActionData),
    updates: Type.Array(UpdateData, { description: "Oldest first." }),
    counts: CountsData,
    savings: SavingsData,
  },
  { additionalProperties: false, description: "One council's plan and its progress." },
);

export const OpenDataFile = Type.Object(
  {
    $schema: Url("This schema."),
    title: Type.String(),
    licence: Type.Object({ name: Type.String(), url: Url("The licence.") }, { additionalProperties: false }),
    as_of: CalendarDate("The date every status is judged on."),
    documentation: Url("The page that explains every file and field."),
    councils: Type.Array(CouncilData),
  },
  { additionalProperties: false },
);

export type DueData = Static<typeof DueData>;
export type MilestoneData = Static<typeof MilestoneData>;
export type MeasureData = Static<typeof MeasureData>;
export type SavingsData = Static<typeof SavingsData>;
export type CountsData = Static<typeof CountsData>;
export type ActionData = Static<typeof ActionData>;
export type UpdateData = Static<typeof UpdateData>;
export type CouncilData = Static<typeof CouncilData>;
export type OpenDataFile = Static<typeof OpenDataFile>;
