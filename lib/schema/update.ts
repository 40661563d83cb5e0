/**
 * updates/<name>.md: one progress report, for a quarter, a half year, a year or any two dates, by the council or
 * by someone else (the Commissioners, a scrutiny committee). These fields are its front matter; the body is the
 * narrative.
 */
import { Type, type Static, type TSchema } from "@sinclair/typebox";
import { CalendarDate, DueDate, FinancialYearText, Id, Line, Pounds, Prose, ReportPeriodText, StatusWord, WebAddress } from "./primitives.ts";

export const MilestoneProgress = Type.Object(
  {
    status: Type.Optional(StatusWord("Where the milestone stands, if the report rates it.")),
    revised_due: Type.Optional(
      Type.String({
        ...DueDate,
        description: `A new due date, if the milestone has been moved. Give it once; later reports keep it. ${DueDate.description ?? ""}`,
      }),
    ),
    completed: Type.Optional(CalendarDate("The date the milestone was completed.")),
    note: Type.Optional(Prose("A short note on progress, in plain English.")),
  },
  { additionalProperties: false },
);

export const ActionProgress = Type.Object(
  {
    status: Type.Optional(StatusWord("The rating the report gives the action as a whole, if it rates actions.")),
    note: Type.Optional(Prose("What the report says about the action, in plain English.")),
  },
  { additionalProperties: false },
);

export const MeasureValue = Type.Object(
  {
    value: Type.Optional(
      Type.Number({
        description: 'The measure\'s value for the period, as a plain number (66.2, not "66.2%"). Give value or no_figure.',
      }),
    ),
    unchanged: Type.Optional(
      Type.Boolean({
        description:
          "true when the figure is the same as the previous report's and that is the news (for example a yearly figure reported again). Without it, a figure the same as last time is a warning, in case it was copied by mistake.",
      }),
    ),
    no_figure: Type.Optional(
      Line(
        'Why the report gives no figure this period, in place of value, for example "Figures for the quarter are published in February." The site shows it where the figure would be.',
      ),
    ),
    note: Type.Optional(Prose("A short note on the figure.")),
  },
  { additionalProperties: false, description: "This period's figure for a measure: its value, or no_figure saying why there is none." },
);

export const DeliveredSaving = Type.Object(
  {
    action: Type.String({ ...Id, description: 'The id of the action the saving belongs to, from its file in actions/, for example "CS1".' }),
    year: Type.Optional(
      Type.String({ ...FinancialYearText, description: "The financial year. Leave out for savings against a whole-plan target." }),
    ),
    delivered: Pounds(
      "The saving delivered so far: a running total within the financial year, or over the whole plan when no year is given (not just this period).",
    ),
  },
  { additionalProperties: false },
);

/**
 * A group of entries by id, which may be left empty: "measures:" with every line under it still commented out (as
 * `npm run new -- update` writes it) gives none, so that removing the "#" from any one line leaves valid YAML. The
 * loader drops an empty group (lib/load/content.ts, emptyGroups), so the model never holds null.
 */
export const emptyGroups = ["actions", "milestones", "measures"] as const;

function groupById<Entry extends TSchema>(entry: Entry, description: string) {
  const group = Type.Record(Type.String(), entry);
  return Type.Unsafe<Static<typeof group>>({
    ...group,
    type: ["object", "null"],
    description: `${description} A heading with nothing under it gives none.`,
  });
}

export const RatingCount = Type.Object(
  {
    rating: Line('The rating as the report words it, for example "Green" or "Complete".'),
    count: Type.Integer({ minimum: 0, description: "How many the report counted at that rating." }),
  },
  { additionalProperties: false },
);

export const UpdateFile = Type.Object(
  {
    period: ReportPeriodText,
    title: Type.Optional(Line('The report\'s own title, for example "End of year review 2024/25".')),
    author: Type.Optional(
      Line('Who wrote the report, when it is not the council itself, for example "the Commissioners" or "Overview and Scrutiny Committee".'),
    ),
    published: Type.Optional(CalendarDate("The date the report was published.")),
    considered_by: Type.Optional(
      Type.Object(
        {
          body: Line('The meeting that considered it, for example "Overview and Scrutiny Committee".'),
          date: Type.Optional(CalendarDate("The date of the meeting.")),
          link: Type.Optional(WebAddress("Link to the meeting papers or minutes.")),
        },
        { additionalProperties: false, description: "Who considered the report, and when." },
      ),
    ),
    rating_counts: Type.Optional(
      Type.Object(
        {
          of: Type.Optional(Line('What was counted, for example "actions" or "milestones".')),
          counts: Type.Array(RatingCount, { minItems: 1, description: "Each rating with its count, in the report's order." }),
        },
        { additionalProperties: false, description: "For a report that gave counts per rating (\"8 green, 2 amber\"), the counts as reported." },
      ),
    ),
    actions: Type.Optional(
      groupById(ActionProgress, "Progress on whole actions, by action id, for a report that rates actions rather than milestones."),
    ),
    milestones: Type.Optional(
      groupById(MilestoneProgress, "Progress on milestones, by milestone id. Leave a milestone out if the report says nothing about it."),
    ),
    measures: Type.Optional(groupById(MeasureValue, "Measure values for the period, by measure id.")),
    savings: Type.Optional(Type.Array(DeliveredSaving, { description: "Savings delivered, per action and financial year." })),
  },
  { additionalProperties: false, description: "The front matter of a progress report." },
);

export type MilestoneProgress = Static<typeof MilestoneProgress>;
export type ActionProgress = Static<typeof ActionProgress>;
export type MeasureValue = Static<typeof MeasureValue>;
export type DeliveredSaving = Static<typeof DeliveredSaving>;
export type RatingCount = Static<typeof RatingCount>;
export type UpdateFile = Static<typeof UpdateFile>;
