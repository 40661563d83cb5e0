/**
 * `npm run new -- council <slug> [name]`: a new council folder with council.yaml and plan.yaml (the four productivity plan
 * themes written out, so the officer can reword them) and no logo. Nothing the officer has not given is written as
 * a value: a made-up address or "Not stated" would be published. What is still to fill in is commented out, so
 * `npm run check` says what is missing (the website, and a way to contact the council) until the officer gives it.
 *
 * Lines to uncomment have the "#" where their indentation ends ("  #email: ..."), so removing the "#", by hand or
 * with an editor's toggle-comment, leaves the line correctly indented.
 */
import { join } from "node:path";
import { defaultThemes } from "./default-themes.ts";
import { reservedSlugs } from "../load/discover.ts";
import { approvalKinds, councilTypes, milestoneStatuses } from "../schema/index.ts";
import { financialYearOfDate, financialYearText } from "../time/financial-quarter.ts";
import { schemaModeline, yamlText, type Scaffolded } from "./files.ts";

export interface CouncilOptions {
  /** Absolute path of the content folder, holding councils/. */
  contentDir: string;
  /** Today, "2026-11-23": the plan starts in this financial year. */
  today: string;
  /** Absolute path of the schema/ folder, for the editor's schema line. */
  schemaDir: string;
  /** The council's name as typed, "King's Lynn and West Norfolk"; without it, the name is worked out from the slug. */
  name?: string;
}

// The same rule discover.ts applies: the folder name becomes the council's web address.
const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Words written in lower case inside a place name. Those that join with hyphens ("Stockton-on-Tees",
 * "Newcastle-under-Lyme", "Barrow-in-Furness", "Weston-super-Mare", "Ashby-de-la-Zouch") and those that stand
 * apart ("Newcastle upon Tyne", "Isle of Wight", "Blackburn with Darwen"). A slug cannot tell which, so this is
 * a best guess that the officer is asked to check.
 */
const hyphenedSmallWords = new Set(["on", "in", "under", "super", "le", "la", "de", "en", "sur"]);
const spacedSmallWords = new Set(["and", "of", "the", "upon", "with", "by", "at"]);

/**
 * "stockton-on-tees" as English writes it: "Stockton-on-Tees"; "kingston-upon-hull": "Kingston upon Hull". It adds
 * no apostrophe the slug does not have ("kings-lynn" stays "Kings Lynn"): a name given as typed is used instead.
 */
export function nameFromSlug(slug: string): string {
  const words = slug.split("-");
  const inside = (at: number) => at > 0 && at < words.length - 1;
  const hyphened = (at: number) => inside(at) && hyphenedSmallWords.has(words[at] ?? "");
  return words
    .map((word, at) => {
      const small = inside(at) && (hyphenedSmallWords.has(word) || spacedSmallWords.has(word));
      const written = small ? word : word.charAt(0).toUpperCase() + word.slice(1);
      if (at === 0) return written;
      return (hyphened(at) || hyphened(at - 1) ? "-" : " ") + written;
    })
    .join("");
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
  const typed = options.name?.replace(/\s+/g, " ").trim();
  if (typed === "")
    return { problem: "The council's name is empty", hint: 'give it as typed, for example "King\'s Lynn and West Norfolk"' };
  const folder = join(options.contentDir, "councils", slug);
  // A name typed with "Council" in it is the full name ("Borough Council of King's Lynn and West Norfolk").
  const fullName = typed === undefined ? `${nameFromSlug(slug)} Council` : /\bCouncil\b/i.test(typed) ? typed : `${typed} Council`;
  const name = typed === undefined ? nameFromSlug(slug) : typed.replace(/\s+Council$/i, "");
  const startYear = financialYearOfDate(options.today).startYear;
  const from = financialYearText({ startYear });
  const to = financialYearText({ startYear: startYear + 2 });

  const council = [
    schemaModeline(folder, join(options.schemaDir, "council.schema.json")),
    '# Who the council is and how its pages look. Fill in each line, and remove the "#" from the lines you use.',
    '# Anything after a "#" is a note for editors: it is ignored when the site is built.',
    "",
    `name: ${yamlText(fullName)}`,
    `short_name: ${yamlText(name)}`,
    "# The nine-character code from the Government Statistical Service, for example E07000123",
    '#gss_code: "E07000123"',
    `# One of: ${councilTypes.join(", ")}`,
    '#type: "district"',
    "# The council's main website (required)",
    '#website: "https://www.your-council.gov.uk"',
    "",
    '# How residents can ask about the plan (required): remove the "#" from contact: and from at least one of email,',
    "# phone or page (a contact page's address).",
    "#contact:",
    '  #team: "Policy and Performance Team"',
    '  #email: "performance@your-council.gov.uk"',
    '  #phone: "01632 960 000"',
    '  #page: "https://www.your-council.gov.uk/contact"',
    '  #address: "Council Offices, High Street, Town"',
    "",
    "# The council's colour (a hex code dark enough for white text); without it the site's own dark blue is used.",
    '# To show a logo, put logo.svg in this folder and remove the "#" from the logo line.',
    "#brand:",
    '  #colour: "#1d5c4d"',
    '  #logo: "logo.svg"',
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
    '# Fill in what the plan says and remove the "#" from those lines; leave out what it does not say.',
    "",
    `title: ${yamlText(`Productivity Plan ${startYear} to ${startYear + 3}`)}`,
    "",
    '# Financial years run April to March and are written like "2024/25"',
    "period:",
    `  from: ${yamlText(from)}`,
    `  to: ${yamlText(to)}`,
    "",
    '# What the plan is for, in a short paragraph. A ">" lets a long piece of text carry on over several lines.',
    "#summary: >",
    "  #What the plan is for, in a short paragraph of plain English.",
    "",
    "# How the plan was agreed, as the council recorded it: who decided, their own word for it, and when.",
    "# Leave the date out while the decision is still to come, and give the date it is due instead.",
    `# kind, if known, is one of: ${approvalKinds.join(", ")}`,
    "#approval:",
    '  #by: "Cabinet"',
    '  #verb: "approved"',
    '  #date: "2024-07-10"',
    '  #due: "2024-07-10"',
    '  #kind: "cabinet resolution"',
    "",
    "# If the council's reports rate progress in their own words, list each word and the site's status it counts as",
    `# (one of: ${milestoneStatuses.join(", ")}).`,
    "#ratings:",
    '  #- word: "Green"',
    '    #means: "on track"',
    '    #definition: "On or above target"',
    "",
    "# The plan's themes: the four questions every productivity plan answers. Reword or replace them as the plan",
    "# does; each action names its theme by id.",
    "themes:",
    ...themes,
    "",
    '# Barriers the Government could help to remove, if the plan lists any. Remove the "#" from these lines to add one.',
    "#barriers:",
    '  #- id: "B1"',
    '    #title: "Short funding settlements"',
    '    #description: "One-year settlements make it hard to plan."',
    '    #ask: "Multi-year funding settlements."',
    '    #theme: "barriers"',
    "",
  ].join("\n");

  const councilFile = join(folder, "council.yaml");
  const check =
    typed === undefined
      ? `Check the name in council.yaml: "${fullName}" was worked out from the folder name, which cannot hold capitals, apostrophes or accents (to give a name as typed: npm run new -- council <slug> "<name>")`
      : `Check the full name "${fullName}" and the short name "${name}" in council.yaml`;
  return {
    files: [
      { path: councilFile, text: council },
      { path: join(folder, "plan.yaml"), text: plan },
    ],
    notes: [check],
  };
}
