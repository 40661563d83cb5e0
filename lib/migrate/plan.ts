/**
 * plan.yaml from the old format to the new (docs/fields.md): themes are required, so a plan that relied on the
 * site's four productivity themes gets them written in (lib/scaffold/default-themes.ts); and each theme's
 * `achieved: [list]` is now `done:`, Markdown, written as a "- item" list in a block scalar. The text is edited
 * line by line, so comments, quoting and field order stay as they were; the result is parsed again with lib/load
 * and must hold the same data, moved, or nothing is changed.
 */
import { fieldName } from "../errors.ts";
import { parseYaml } from "../load/yaml.ts";
import { defaultThemes } from "../scaffold/default-themes.ts";
import { yamlText } from "../scaffold/files.ts";
import {
  indentOf,
  isBlankOrComment,
  firstError,
  isRecord,
  joinSource,
  sameData,
  splitSource,
  trailingComment,
  valueBlockEnd,
  type Migrated,
} from "./source.ts";
import { pluralise } from "../format/numbers.ts";

/** One achievement as a line of Markdown: a list item on one line. */
const doneItem = (item: unknown): string => `- ${String(item).trim().replace(/\s+/g, " ")}`;

/** The Markdown `done` holds for a list of achievements, as the block scalar gives it back. */
export function doneMarkdown(achieved: readonly unknown[]): string {
  return `${achieved.map(doneItem).join("\n")}\n`;
}

function readPlan(text: string, file: string): { data: unknown } | { problem: string } {
  const parsed = parseYaml(splitSource(text).lines.join("\n"), file);
  if ("errors" in parsed) return { problem: `it is not valid YAML (${firstError(parsed.errors)})` };
  return { data: parsed.value };
}

/** What the new plan must hold: the old data with the themes written in and `achieved` moved to `done`. */
function migratedData(data: Record<string, unknown>): Record<string, unknown> {
  if (!("themes" in data)) return { ...data, themes: defaultThemes.map((theme) => ({ ...theme })) };
  if (!Array.isArray(data.themes)) return data;
  return {
    ...data,
    themes: data.themes.map((theme: unknown) => {
      if (!isRecord(theme) || !("achieved" in theme)) return theme;
      const { achieved, ...rest } = theme;
      return Array.isArray(achieved) && achieved.length === 0 ? rest : { ...rest, done: doneMarkdown(achieved as unknown[]) };
    }),
  };
}

const themeLines = (): string[] => [
  "# The plan's themes: the four questions every productivity plan answers, written in when the site stopped",
  "# supplying them. Reword or replace them as the plan does; each action names its theme by id.",
  "themes:",
  ...defaultThemes.flatMap((theme) => [
    `  - id: ${yamlText(theme.id)}`,
    `    title: ${yamlText(theme.title)}`,
    ...(theme.summary ? [`    summary: ${yamlText(theme.summary)}`] : []),
  ]),
];

/** Where the themes go: before `barriers:` and the comment lines just above it, or else at the end. */
function themesAt(lines: readonly string[]): number {
  const barriers = lines.findIndex((line) => /^barriers\s*:/.test(line));
  if (barriers !== -1) {
    let at = barriers;
    while (at > 0 && (lines[at - 1] ?? "").startsWith("#")) at -= 1;
    return at;
  }
  let end = lines.length;
  while (end > 0 && (lines[end - 1] ?? "").trim() === "") end -= 1;
  return end;
}

export function migratePlan(text: string, file = "plan.yaml"): Migrated {
  const read = readPlan(text, file);
  if ("problem" in read) return read;
  if (!isRecord(read.data)) return { text, changes: [] };
  const data = read.data;
  const source = splitSource(text);
  const lines = source.lines;
  const changes: string[] = [];

  if (!("themes" in data)) {
    const at = themesAt(lines);
    const block = themeLines();
    const before = at > 0 && (lines[at - 1] ?? "").trim() !== "" ? [""] : [];
    const after = at < lines.length && (lines[at] ?? "").trim() !== "" ? [""] : [];
    lines.splice(at, 0, ...before, ...block, ...after);
    if (at === lines.length - before.length - block.length - after.length) lines.push("");
    changes.push(`themes written in: the four productivity plan themes (${defaultThemes.map((theme) => theme.id).join(", ")})`);
  } else if (Array.isArray(data.themes)) {
    const withAchieved = data.themes.flatMap((theme: unknown, index) =>
      isRecord(theme) && "achieved" in theme ? [{ index, achieved: theme.achieved }] : [],
    );
    const themesLine = lines.findIndex((line) => /^themes\s*:/.test(line));
    const themesEnd = themesLine === -1 ? -1 : valueBlockEnd(lines, themesLine, 0);
    let line = themesLine + 1;
    for (const { index, achieved } of withAchieved) {
      if (!Array.isArray(achieved)) return { problem: `${fieldName(`/themes/${index}/achieved`)} is not a list: move it to done by hand` };
      while (line < themesEnd && !/^\s*(- )?achieved\s*:/.test(lines[line] ?? "")) line += 1;
      if (line >= themesEnd) return { problem: `${fieldName(`/themes/${index}/achieved`)} could not be found on a line of its own` };
      const first = lines[line] ?? "";
      const dash = /^\s*- /.test(first);
      const column = indentOf(first) + (dash ? 2 : 0);
      const end = valueBlockEnd(lines, line, column);
      const comments = [first, ...lines.slice(line + 1, end)].flatMap((text) => {
        const comment = text.trimStart().startsWith("#") ? text.trim() : trailingComment(text.slice(column));
        return comment ? [`${" ".repeat(column)}${comment.trim()}`] : [];
      });
      const lead = `${" ".repeat(indentOf(first))}${dash ? "- " : ""}`;
      if (dash && achieved.length === 0)
        return { problem: `${fieldName(`/themes/${index}/achieved`)} is an empty list: remove it by hand` };
      const replacement =
        achieved.length === 0
          ? comments
          : [...comments, `${lead}done: |`, ...achieved.map((item) => `${" ".repeat(column + 2)}${doneItem(item)}`)];
      if (dash && comments.length > 0 && achieved.length > 0) {
        // A comment cannot come between "- " and the key: keep it above the list item instead.
        replacement.splice(0, comments.length);
        replacement.unshift(...comments.map((comment) => comment.slice(2)));
      }
      lines.splice(line, end - line, ...replacement);
      line += replacement.length;
      changes.push(
        achieved.length === 0
          ? `${fieldName(`/themes/${index}/achieved`)} was empty and is removed`
          : `${fieldName(`/themes/${index}/achieved`)} (${pluralise(achieved.length, "item")}) is now done, a Markdown list`,
      );
    }
  }

  // Comments that name the old field still make sense once it is renamed: "achieved" lists ... -> "done" lists ...
  for (const [index, text] of lines.entries()) {
    if (text.trimStart().startsWith("#") && /"achieved"|\bachieved:/.test(text) && changes.length > 0) {
      lines[index] = text.replace(/"achieved"/g, '"done"').replace(/\bachieved:/g, "done:");
      changes.push(`comment on line ${index + 1} now names done rather than achieved`);
    }
  }

  if (changes.length === 0) return { text, changes };
  const migrated = joinSource(source);
  // Proof: lib/load reads the new plan as the old data, moved.
  const again = readPlan(migrated, file);
  if ("problem" in again || !sameData(again.data, migratedData(data))) {
    return { problem: "the migrated plan did not read back as the same data; it was left as it is (please report this)" };
  }
  return { text: migrated, changes };
}
