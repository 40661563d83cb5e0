/**
 * The shape of the open data JSON files (/data/all.json and /data/<council>.json), defined once with TypeBox
 * as the content schema is: the TypeScript types open-data.ts must produce, and the JSON Schema published at
 * /data/schema.json. Every file has the same shape, a list of councils, so code written for one council's
 * file reads the whole site's. Content fields keep the names officers write (snake_case); the derived facts
 * use the same style.
 */
import { Type, type Static } from "@sinclair/typebox";
import {
  Barrier,
  CouncilFile,
  Measure,
  PlanFile,
  Theme,
  milestoneStatuses,
  noProgressReported,
  progressStatuses,
} from "../schema/index.ts";
import { CalendarDate, FinancialYearText, Id, ReportPeriodText } from "../schema/primitives.ts";
import type { DuePrecision } from "../time/due-date.ts";

const Url = (description: string) => Type.String({ pattern: "^https?://[^\\s]+$", description });

const statusSchema = (description: string) =>
  Type.Union(
    progressStatuses.map((status) => Type.Literal(status)),
    {
      description: `${description}: ${milestoneStatuses.join(", ")}; or "${noProgressReported}" when neither the plan nor any report has rated it (never "not started", which is a rating someone gave).`,
    },
  );

const Rating = Type.Optional(
  Type.String({
    description:
      'The council\'s own rating word, as it wrote it ("Green", "Achieved"), when it used one; `status` is the site\'s status it counts as.',
  }),
);

export const duePrecisions = [
  "day",
  "month",
  "quarter",
  "financial year",
  "calendar year",
  "by day",
  "by month",
  "ongoing",
  "recurring",
  "no date",
] as const satisfies readonly DuePrecision[];

export const DueData = Type.Object(
  {
    text: Type.Optional(
      Type.String({
        description:
          'As the council wrote it: "2025-03-31", "2025-03", "2024/25 Q4", "2024/25", "2025", "by 2025-03-31", "ongoing", "every quarter"; absent when no date was given.',
      }),
    ),
    precision: Type.Union(
      duePrecisions.map((precision) => Type.Literal(precision)),
      { description: `How precise the date is: ${duePrecisions.join(", ")}.` },
    ),
    start: Type.Optional(CalendarDate("The first day of the period; absent for by dates, ongoing, recurring and undated work.")),
    end: Type.Optional(
      CalendarDate(
        "The last day of the period, by which it is due; absent for ongoing, recurring and undated work, which is never overdue.",
      ),
    ),
  },
  { additionalProperties: false, description: "A due date at the precision the council gave it." },
);

export const MilestoneReportData = Type.Object(
  {
    report: Type.String({ description: "The report's address within the council, as in its url." }),
    period: ReportPeriodText,
    status: statusSchema("The status in force after this report"),
    rating: Rating,
    rated: Type.Boolean({ description: "True when this report rated the milestone itself; false when it mentioned it without a rating." }),
    due: Type.Optional(Type.String({ description: "The due date in force after this report, as written; absent when none was given." })),
    revised: Type.Boolean({ description: "True when this report moved the due date." }),
    completed: Type.Optional(CalendarDate("The date the milestone was completed, if this report gave it.")),
    note: Type.Optional(Type.String({ description: "The report's note on the milestone (Markdown)." })),
  },
  { additionalProperties: false, description: "What one progress report said about the milestone." },
);

const StatusSource = (of: string) =>
  Type.Union(
    [Type.Literal("report"), Type.Literal("plan"), Type.Literal("none"), ...(of === "action" ? [Type.Literal("milestones")] : [])],
    {
      description:
        of === "action"
          ? "Where the status comes from: a report's rating of the action, the plan's own word, its milestones, or none."
          : "Where the status comes from: a report, the plan itself, or none.",
    },
  );

export const MilestoneData = Type.Object(
  {
    id: Id,
    title: Type.String(),
    url: Url("The milestone on its action page."),
    status: statusSchema("The current status, from the latest report that rated it, or else the plan"),
    rating: Rating,
    status_source: StatusSource("milestone"),
    reported: Type.Boolean({ description: "False when no report has mentioned it yet." }),
    reported_in: Type.Optional(ReportPeriodText),
    due: DueData,
    original_due: DueData,
    revisions: Type.Integer({ minimum: 0, description: "How many times the due date has been moved." }),
    slippage_days: Type.Optional(
      Type.Integer({
        description: "Days from the end of the original due period to the end of the current one; absent when either has no end.",
      }),
    ),
    overdue: Type.Boolean({
      description: `True when the current due period has ended and the milestone is neither complete nor cancelled; with status "${noProgressReported}" it means the date has passed with no progress reported.`,
    }),
    completed: Type.Optional(CalendarDate("The date it was completed.")),
    note: Type.Optional(Type.String({ description: "The latest note on it (Markdown)." })),
    history: Type.Array(MilestoneReportData, { description: "Every report that mentioned it, oldest first." }),
  },
  { additionalProperties: false, description: "A milestone with its status as of the as_of date." },
);

export const MeasureValueData = Type.Object(
  {
    report: Type.String({ description: "The address of the report that gave it, within the council." }),
    period: ReportPeriodText,
    period_end: CalendarDate("The last day of the period the value is for."),
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
        [
          Type.Literal("target met"),
          Type.Literal("improving"),
          Type.Literal("not improving"),
          Type.Literal("no data"),
          Type.Literal("not judged"),
        ],
        {
          description:
            'How the latest value stands against the baseline and target; "not judged" when the plan gives no baseline, target or direction to judge it by.',
        },
      ),
      values: Type.Array(MeasureValueData, { description: "The value given in each progress report, oldest first." }),
    }),
  ],
  { additionalProperties: false, description: "A measure with whatever baseline and target the plan gives, and the values reported." },
);

export const SavingsData = Type.Object(
  {
    planned: Type.Optional(Type.Number({ description: "The sum of the planned savings stated, in pounds; absent when none was stated." })),
    delivered: Type.Optional(
      Type.Number({
        description: "The sum of the delivered savings stated, in pounds; absent when none was stated (never 0 for unknown).",
      }),
    ),
    years: Type.Array(
      Type.Object(
        {
          year: Type.Optional(
            Type.String({ ...FinancialYearText, description: "The financial year; absent for a target over the whole plan." }),
          ),
          planned: Type.Optional(Type.Number({ description: "Planned, in pounds; absent when not stated." })),
          delivered: Type.Optional(
            Type.Number({ description: "Delivered so far, in pounds: the latest running total stated; absent when not stated." }),
          ),
          basis: Type.Optional(
            Type.String({ description: 'What the figure counts, as the plan says ("salary budget, excluding on-costs").' }),
          ),
        },
        { additionalProperties: false },
      ),
      { description: "Per financial year in order, then any whole-plan target; empty when no savings are stated." },
    ),
  },
  { additionalProperties: false, description: "Savings planned against delivered, as far as anyone stated them." },
);

export const CountsData = Type.Object(
  {
    total: Type.Integer({ minimum: 0 }),
    overdue: Type.Integer({ minimum: 0 }),
    by_status: Type.Object(Object.fromEntries(progressStatuses.map((status) => [status, Type.Integer({ minimum: 0 })])), {
      additionalProperties: false,
    }),
  },
  {
    additionalProperties: false,
    description:
      "Milestones counted by current status; overdue ones are also counted under their status. Absent where there are no milestones to count.",
  },
);

export const ActionData = Type.Object(
  {
    id: Id,
    title: Type.String(),
    theme: Type.String({ description: "The id of the theme it belongs to." }),
    owner: Type.Optional(Type.String({ description: "Who is responsible; absent when the plan does not say." })),
    lead_member: Type.Optional(Type.String()),
    summary: Type.Optional(Type.String({ description: "Markdown; absent when the plan gives none." })),
    status: statusSchema("Where the action stands as a whole: a report's rating of it, the plan's word, or its milestones"),
    rating: Rating,
    status_source: StatusSource("action"),
    url: Url("The action's page."),
    milestones: Type.Array(MilestoneData),
    measures: Type.Array(MeasureData),
    savings: SavingsData,
    counts: Type.Optional(CountsData),
  },
  { additionalProperties: false },
);

export const UpdateData = Type.Object(
  {
    period: ReportPeriodText,
    name: Type.String({ description: 'The report\'s own title, or its period in words: "Quarter 2 2024/25", "First half of 2024/25".' }),
    author: Type.Optional(Type.String({ description: 'Who wrote it, when not the council: "the Commissioners".' })),
    published: Type.Optional(CalendarDate("The date the report was published; absent when it does not say.")),
    url: Url("The report's page."),
    considered_by: Type.Optional(
      Type.Object(
        {
          body: Type.String(),
          date: Type.Optional(CalendarDate("The date of the meeting.")),
          link: Type.Optional(Url("The meeting papers.")),
        },
        { additionalProperties: false },
      ),
    ),
    rating_counts: Type.Optional(
      Type.Object(
        {
          of: Type.Optional(Type.String({ description: 'What was counted: "actions", "milestones".' })),
          counts: Type.Array(Type.Object({ rating: Type.String(), count: Type.Integer({ minimum: 0 }) }, { additionalProperties: false })),
          total: Type.Integer({ minimum: 0, description: "The sum of the counts." }),
        },
        { additionalProperties: false, description: "Counts per rating, as the report gave them." },
      ),
    ),
    action_ratings: Type.Optional(
      Type.Array(
        Type.Object(
          {
            action: Id,
            status: Type.Optional(statusSchema("The site's status the report's rating counts as")),
            rating: Rating,
            note: Type.Optional(Type.String({ description: "What the report said about the action (Markdown)." })),
          },
          { additionalProperties: false },
        ),
        { description: "Actions the report rated or commented on, for reports that rate actions rather than milestones." },
      ),
    ),
    narrative: Type.String({ description: "The report's narrative, in Markdown." }),
  },
  { additionalProperties: false, description: "A progress report published on or before as_of (or with no published date)." },
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
          period: Type.Optional(
            Type.Object(
              {
                from: FinancialYearText,
                to: FinancialYearText,
                start: CalendarDate("The first day of the plan."),
                end: CalendarDate("The last day of the plan."),
              },
              { additionalProperties: false, description: "The years the plan covers; absent when it does not say." },
            ),
          ),
        }),
      ],
      { additionalProperties: false, description: "The plan, how it was agreed and the years it covers." },
    ),
    themes: Type.Array(Theme),
    barriers: Type.Optional(
      Type.Array(Barrier, { description: "Absent when the plan lists no barriers section; empty when it says there are none." }),
    ),
    actions: Type.Array(ActionData),
    updates: Type.Array(UpdateData, { description: "Oldest first." }),
    counts: Type.Optional(CountsData),
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
