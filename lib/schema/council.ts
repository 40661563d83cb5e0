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

export const AccessibilityTesting = Type.Object(
  {
    tested: CalendarDate("The day the council last tested this website by hand (keyboard, screen reader, zoom) against WCAG 2.2 AA."),
    tested_by: Line('Who tested it, for example "the council\'s digital team" or the auditor\'s name.'),
    issues: Type.Optional(
      Type.Array(Line("A problem the test found that is not fixed yet, in plain English, with the WCAG success criterion it fails."), {
        description: "What the test found that is not accessible yet. Leave it out if the test found nothing.",
      }),
    ),
  },
  {
    additionalProperties: false,
    description:
      "The council's own test of this website by hand, for its accessibility statement. Until it is given, the statement says the site has only been checked by automated tools.",
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
    accessibility: Type.Optional(AccessibilityTesting),
    copyright: Type.Optional(Line(councilNameDescriptions(exampleContentCouncil).copyright)),
  },
  { additionalProperties: false, description: "council.yaml: who the council is and how its pages look." },
);

export type CouncilFile = Static<typeof CouncilFile>;
