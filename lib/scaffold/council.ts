/**
 * `npm run new -- council <slug>`: a new council folder with council.yaml and plan.yaml (the four productivity plan
 * themes written out, so the officer can reword them) and no logo. Every value is a valid placeholder, so the
 * folder passes `npm run check` as written; the officer replaces each one.
 */
import { join } from "node:path";
import { defaultThemes } from "../load/default-themes.ts";
import { reservedSlugs } from "../load/discover.ts";
import { approvalKinds, councilTypes } from "../schema/index.ts";
import { financialYearOfDate, financialYearText } from "../time/financial-quarter.ts";
import { schemaModeline, yamlText, type Scaffolded } from "./files.ts";

export interface CouncilOptions {
  /** Absolute path of the content folder, holding councils/. */
  contentDir: string;
  /** Today, "2026-11-23": the plan starts in this financial year. */
  today: string;
  /** Absolute path of the schema/ folder, for the editor's schema line. */
  schemaDir: string;
}

// The same rule discover.ts applies: the folder name becomes the council's web address.
const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** "north-wrenmoor" as words: "North Wrenmoor". */
function nameFromSlug(slug: string): string {
  return slug
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

export function scaffoldCouncil(slug: string, options: CouncilOptions): Scaffolded {
  if (!slugPattern.test(slug)) {
    return {
      problem: `"${slug}" cannot be a council folder name`,
      hint: 'use lowercase letters, digits and hyphens only, for example "north-wrenmoor"; it becomes the web address',
    };
  }
  if ((reservedSlugs as readonly string[]).includes(slug)) {
    return { problem: `"${slug}" is a name the site itself uses`, hint: `choose another; these are taken: ${reservedSlugs.join(", ")}` };
  }
  const folder = join(options.contentDir, "councils", slug);
  const name = nameFromSlug(slug);
  const startYear = financialYearOfDate(options.today).startYear;
  const from = financialYearText({ startYear });
  const to = financialYearText({ startYear: startYear + 2 });

  const council = [
    schemaModeline(folder, join(options.schemaDir, "council.schema.json")),
    "# Who the council is and how its pages look. Replace each value in quotes with your council's own.",
    '# Anything after a "#" is a note for editors: it is ignored when the site is built.',
    "",
    `name: ${yamlText(`${name} Council`)}`,
    `short_name: ${yamlText(name)}`,
    "# The nine-character code from the Government Statistical Service, for example E07000123",
    'gss_code: "E00000000"',
    `# One of: ${councilTypes.join(", ")}`,
    'type: "district"',
    'website: "https://www.example.gov.uk"',
    "",
    "# How residents can ask about the plan",
    "contact:",
    '  team: "Policy and Performance Team"',
    '  email: "performance@example.gov.uk"',
    '  # phone: "01632 960 000"',
    '  # address: "Council Offices, High Street, Town"',
    "",
    "# The council's colour (a hex code dark enough for white text). To show a logo, put logo.svg in this folder",
    '# and remove the "#" from the logo line.',
    "brand:",
    '  colour: "#0b0c0c"',
    '  # logo: "logo.svg"',
    "",
  ].join("\n");

  const themes = defaultThemes.flatMap((theme) => [
    `  - id: ${yamlText(theme.id)}`,
    `    title: ${yamlText(theme.title)}`,
    ...(theme.summary ? [`    summary: ${yamlText(theme.summary)}`] : []),
  ]);
  const plan = [
    schemaModeline(folder, join(options.schemaDir, "plan.schema.json")),
    "# The plan itself: what it covers, how it was agreed, its themes and the barriers raised with Government.",
    '# Replace each value in quotes with your own. Anything after a "#" is a note for editors.',
    "",
    `title: ${yamlText(`Productivity Plan ${startYear} to ${startYear + 3}`)}`,
    "",
    '# Financial years run April to March and are written like "2024/25"',
    "period:",
    `  from: ${yamlText(from)}`,
    `  to: ${yamlText(to)}`,
    "",
    '# A ">" lets a long piece of text carry on over several lines',
    "summary: >",
    "  Replace with what the plan is for, in a short paragraph of plain English.",
    "",
    "# How the plan was agreed, and by whom. Add the date once it has been agreed.",
    `# kind is one of: ${approvalKinds.join(", ")}`,
    "approval:",
    '  kind: "cabinet resolution"',
    '  by: "Cabinet"',
    '  # date: "2024-07-10"',
    "",
    "# The plan's themes: the four questions every productivity plan answers. Reword or replace them as you need;",
    "# each action names its theme by id.",
    "themes:",
    ...themes,
    "",
    '# Barriers the Government could help to remove. Remove the "#" from these lines to add one.',
    "# barriers:",
    '#   - id: "B1"',
    '#     title: "Short funding settlements"',
    '#     description: "One-year settlements make it hard to plan."',
    '#     ask: "Multi-year funding settlements."',
    '#     theme: "barriers"',
    "",
  ].join("\n");

  return {
    files: [
      { path: join(folder, "council.yaml"), text: council },
      { path: join(folder, "plan.yaml"), text: plan },
    ],
  };
}
