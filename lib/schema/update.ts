/** updates/<year>-q<n>.md: one quarterly progress update. These fields are its front matter; the body is the narrative. */
import { Type, type Static } from "@sinclair/typebox";
import { CalendarDate, DueDate, FinancialQuarterText, FinancialYearText, Id, Line, Pounds, Prose, WebAddress } from "./primitives.ts";
import { milestoneStatuses } from "./vocabulary.ts";

export const MilestoneProgress = Type.Object(
  {
    status: Type.Union(
      milestoneStatuses.map((s) => Type.Literal(s)),
      { description: `Where the milestone stands: ${milestoneStatuses.join(", ")}.` },
    ),
    revised_due: Type.Optional(
      Type.String({ ...DueDate, description: "A new due date, if the milestone has been moved. Give it once; later updates keep it." }),
    ),
    completed: Type.Optional(CalendarDate("The date the milestone was completed.")),
    note: Type.Optional(Prose("A short note on progress, in plain English.")),
  },
  { additionalProperties: false },
);

export const MeasureValue = Type.Object(
  {
    value: Type.Number({ description: "The measure's value for this quarter, as a number." }),
    note: Type.Optional(Prose("A short note on the figure.")),
  },
  { additionalProperties: false },
);

export const DeliveredSaving = Type.Object(
  {
    action: Id,
    year: Type.Optional(
      Type.String({ ...FinancialYearText, description: "The financial year. Leave out for savings against a whole-plan target." }),
    ),
    delivered: Pounds(
      "The saving delivered so far: a running total within the financial year, or over the whole plan when no year is given (not just this quarter).",
    ),
  },
  { additionalProperties: false },
);

export const UpdateFile = Type.Object(
  {
    quarter: FinancialQuarterText,
    published: CalendarDate("The date the update was published."),
    considered_by: Type.Optional(
      Type.Object(
        {
          body: Line('The meeting that considered it, for example "Overview and Scrutiny Committee".'),
          date: CalendarDate("The date of the meeting."),
          link: Type.Optional(WebAddress("Link to the meeting papers or minutes.")),
        },
        { additionalProperties: false, description: "Who considered the update, and when." },
      ),
    ),
    rag_summary: Type.Optional(
      Type.Object(
        {
          green: Type.Integer({ minimum: 0, description: "How many items were rated green." }),
          amber: Type.Integer({ minimum: 0, description: "How many items were rated amber." }),
          red: Type.Integer({ minimum: 0, description: "How many items were rated red." }),
        },
        { additionalProperties: false, description: "For a report that gave only counts per rating, the counts as reported." },
      ),
    ),
    milestones: Type.Optional(
      Type.Record(Type.String(), MilestoneProgress, {
        description: "Progress on milestones, by milestone id. Leave a milestone out if nothing is reported on it.",
      }),
    ),
    measures: Type.Optional(Type.Record(Type.String(), MeasureValue, { description: "Measure values for the quarter, by measure id." })),
    savings: Type.Optional(Type.Array(DeliveredSaving, { description: "Savings delivered, per action and financial year." })),
  },
  { additionalProperties: false, description: "The front matter of a quarterly progress update." },
);

export type MilestoneProgress = Static<typeof MilestoneProgress>;
export type MeasureValue = Static<typeof MeasureValue>;
export type DeliveredSaving = Static<typeof DeliveredSaving>;
export type UpdateFile = Static<typeof UpdateFile>;
