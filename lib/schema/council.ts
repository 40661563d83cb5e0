/** council.yaml: who the council is and how its pages look. */
import { Type, type Static } from "@sinclair/typebox";
import { CalendarDate, Line, WebAddress } from "./primitives.ts";
import { councilTypes } from "./vocabulary.ts";

export const Contact = Type.Object(
  {
    team: Type.Optional(Line('The team that answers questions about the plan, for example "Policy and Performance Team".')),
    email: Type.Optional(Type.String({ pattern: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", description: "The email address residents should write to." })),
    phone: Type.Optional(Line('A telephone number, written as residents would dial it, for example "01632 960 000".')),
    page: Type.Optional(WebAddress("The council's contact page, if residents are to use a form rather than an email address.")),
    address: Type.Optional(Line("The postal address, on one line.")),
  },
  { additionalProperties: false, description: "How residents contact the council about the plan: at least one of email, phone or page." },
);

export const Brand = Type.Object(
  {
    colour: Type.Optional(
      Type.String({
        pattern: "^#[0-9a-fA-F]{6}$",
        description:
          'The council\'s main colour as a hex code, for example "#1d5c4d". It must be dark enough for white text on it. Leave out to use the site\'s own dark blue.',
      }),
    ),
    logo: Type.Optional(
      Type.String({
        pattern: "^[A-Za-z0-9_-]+\\.(svg|png)$",
        description: 'A logo file (SVG or PNG) in the council\'s folder, for example "logo.svg".',
      }),
    ),
  },
  { additionalProperties: false, description: "The council's own branding: the site is branded as the council, never as GOV.UK." },
);

export const AccessibilityIssue = Type.Object(
  {
    criterion: Type.String({
      pattern: "^[1-4]\\.[1-9]\\.[0-9]{1,2}$",
      description: 'The WCAG 2.2 success criterion it fails, by number, for example "1.3.1".',
      examples: ["1.3.1"],
    }),
    description: Line("What is not accessible, and for whom, in plain English."),
    fix_by: Type.Optional(CalendarDate("The day the council plans to have fixed it. Leave out if no date has been set: the statement then says so.")),
  },
  { additionalProperties: false, description: "One problem the council's test found that is not fixed yet." },
);

export const AccessibilityStatementRecord = Type.Object(
  {
    prepared: Type.Optional(CalendarDate("The day the council first prepared the accessibility statement for its pages.")),
    reviewed: Type.Optional(CalendarDate("The day the council last reviewed the statement.")),
    tested: Type.Optional(
      CalendarDate("The day the council last tested its pages by hand (keyboard, screen reader, zoom) against WCAG 2.2 AA."),
    ),
    tested_by: Type.Optional(Line('Who tested them, for example "the council\'s digital team" or the auditor\'s name.')),
    method: Type.Optional(
      Line(
        'How they were tested, for example "a self-assessment of 12 pages with a keyboard, NVDA and 400% zoom" or "an audit by a third party".',
      ),
    ),
    response_time: Type.Optional(
      Line(
        'How soon the council replies to a request for information in another format, as it says it, for example "within 10 working days".',
      ),
    ),
    issues: Type.Optional(
      Type.Array(AccessibilityIssue, {
        description: "What the test found that is not accessible yet, one problem each. Leave it out if the test found nothing.",
      }),
    ),
  },
  {
    additionalProperties: false,
    description:
      "What the council's accessibility statement says of its own pages: when it was prepared, reviewed and tested by hand, how, how soon requests are answered, and what is still to fix. A date left out is shown as not stated, never guessed.",
  },
);

/** A council whose names a description gives as examples. */
export interface ExampleCouncil {
  name: string;
  shortName: string;
}

/** The example content's council, named in the schema editors use and in docs/fields.md. */
export const exampleContentCouncil: ExampleCouncil = { name: "Brackenfold District Council", shortName: "Brackenfold" };

/**
 * The descriptions of the fields that name the council, with a council's names as the examples. The data schema a
 * site publishes gives them again with the site's own council (lib/outputs/open-data.ts), so that no page or file
 * of a site names a council it does not hold.
 */
export function councilNameDescriptions(example: ExampleCouncil): Record<"name" | "short_name" | "copyright", string> {
  return {
    name: `The council's full name, for example "${example.name}".`,
    short_name: `A shorter name used in headings and tables, for example "${example.shortName}".`,
    copyright: `Who holds copyright in the content, if not the council itself, for example "${example.name}".`,
  };
}

export const CouncilFile = Type.Object(
  {
    name: Line(councilNameDescriptions(exampleContentCouncil).name),
    short_name: Type.Optional(Line(councilNameDescriptions(exampleContentCouncil).short_name)),
    gss_code: Type.Optional(
      Type.String({
        pattern: "^[ENSW]\\d{8}$",
        description: 'The council\'s nine-character Government Statistical Service code, for example "E07000123".',
      }),
    ),
    type: Type.Optional(
      Type.Union(
        councilTypes.map((t) => Type.Literal(t)),
        { description: `What kind of council it is: ${councilTypes.join(", ")}.` },
      ),
    ),
    website: WebAddress("The council's main website."),
    contact: Contact,
    brand: Type.Optional(Brand),
    accessibility: Type.Optional(AccessibilityStatementRecord),
    copyright: Type.Optional(Line(councilNameDescriptions(exampleContentCouncil).copyright)),
  },
  { additionalProperties: false, description: "council.yaml: who the council is and how its pages look." },
);

export type CouncilFile = Static<typeof CouncilFile>;
