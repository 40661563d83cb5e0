/**
 * `npm run new -- action <council> [theme]`: a new action file with the next free id, and commented-out owner,
 * summary, milestones, measures and savings to fill in as the plan gives them (a plan need not name an owner or
 * list milestones). The file passes `npm run check` as written; the officer replaces the title.
 *
 * Lines to uncomment have the "#" where their indentation ends ("  #- id: ..."), so removing the "#", by hand or
 * with an editor's toggle-comment, leaves the line correctly indented.
 */
import { dirname, join } from "node:path";
import type { LoadedCouncil } from "../load/loaded.ts";
import { financialYearOfDate, financialYearText } from "../time/financial-quarter.ts";
import { schemaModeline, yamlText, type Scaffolded } from "./files.ts";

export interface ActionOptions {
  /** The theme id from plan.yaml; by default the plan's first theme. */
  theme?: string;
  /** Today, "2026-11-23": the first milestone is due by the end of this financial year. */
  today: string;
  /** Absolute path of schema/action.schema.json, for the editor's schema line. */
  schemaFile: string;
}

const numberedId = /^([A-Za-z]+)(\d+)$/;

/**
 * The next action id in a theme: the letters its actions already use ("WS" for WS1, WS2, WS3), else the theme's
 * first two letters, then one more than the highest number with those letters. Ids are unique across actions,
 * milestones and measures, so any of those already taken is skipped.
 */
export function nextActionId(council: LoadedCouncil, themeId: string): string {
  const themeActions = council.actions
    .map((action) => action.data)
    .filter((action) => action.theme.toLowerCase() === themeId.toLowerCase());
  const prefixes = themeActions.flatMap((action) => numberedId.exec(action.id)?.[1] ?? []);
  const prefix =
    mostCommon(prefixes) ??
    (themeId
      .replace(/[^A-Za-z]/g, "")
      .slice(0, 2)
      .toUpperCase() ||
      "A");
  const taken = new Set(
    council.actions
      .flatMap(({ data: action }) => [
        action.id,
        ...(action.milestones ?? []).map((milestone) => milestone.id),
        ...(action.measures ?? []).map((measure) => measure.id),
      ])
      .map((id) => id.toLowerCase()),
  );
  const numbers = [...taken].flatMap((id) => {
    const match = numberedId.exec(id);
    return match && match[1] === prefix.toLowerCase() ? [Number(match[2])] : [];
  });
  let number = Math.max(0, ...numbers) + 1;
  while (taken.has(`${prefix}${number}`.toLowerCase())) number += 1;
  return `${prefix}${number}`;
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

export function scaffoldAction(council: LoadedCouncil, options: ActionOptions): Scaffolded {
  const themes = council.plan.data.themes;
  const themeIds = themes.map((theme) => theme.id);
  const theme = options.theme === undefined ? themes[0] : themes.find((t) => t.id.toLowerCase() === options.theme?.toLowerCase());
  if (!theme) {
    return { problem: `"${options.theme}" is not a theme in ${council.slug}'s plan`, hint: `themes: ${themeIds.join(", ")}` };
  }
  const id = nextActionId(council, theme.id);
  const path = join(council.folder, "actions", `${id}.yaml`);
  const year = financialYearText(financialYearOfDate(options.today));
  const text = [
    schemaModeline(dirname(path), options.schemaFile),
    `# One action in the plan. The file name must match the id below (${id}.yaml for id ${id}).`,
    '# Replace each value in quotes with your own words. Anything after a "#" is a note for editors.',
    "",
    `id: ${yamlText(id)}`,
    `title: ${yamlText("Replace with the action in a few words, for example: Move council tax online")}`,
    `# The theme id from plan.yaml: ${themeIds.join(", ")}`,
    `theme: ${yamlText(theme.id)}`,
    '# Who is responsible, as a role, if the plan says. To give one, remove the "#" and fill it in.',
    `#owner: ${yamlText("Head of Customer Services")}`,
    `#lead_member: ${yamlText("Cabinet Member for Resources")}`,
    '# What the action will do and why, in plain English, if the plan says. A ">" lets it run over several lines.',
    "#summary: >",
    "  #What the action will do and why, in a short paragraph.",
    "",
    '# Milestones, if the plan lists any. To add one, remove the "#" from the "milestones:" line and from the lines',
    '# of each milestone. A due date can be a day "2025-03-31", a month "2025-03", a quarter "2025/26 Q2", a financial',
    '# year "2025/26", a year "2025", "by 2025-03-31", "ongoing" or "every quarter"; leave it out if the plan gives none.',
    "#milestones:",
    `  #- id: ${yamlText(`${id}-M1`)}`,
    `    #title: ${yamlText("New online form live")}`,
    `    #due: ${yamlText(year)}`,
    "",
    '# Measures show whether the action is working. To add one, remove the "#" from these lines and fill them in.',
    "#measures:",
    `  #- id: ${yamlText(`${id}-K1`)}`,
    '    #title: "Council tax transactions completed online"',
    '    #unit: "%"',
    '    #direction: "higher is better"',
    '    #baseline: { value: 38, date: "2024-03-31" }',
    '    #target: { value: 70, date: "2027-03-31" }',
    "",
    "# Savings in pounds, as plain numbers with no £ sign or commas, one line per financial year.",
    "#savings:",
    `  #- year: ${yamlText(year)}`,
    "    #amount: 40000",
    "",
  ].join("\n");
  return { files: [{ path, text }] };
}
