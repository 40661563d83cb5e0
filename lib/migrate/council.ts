/**
 * council.yaml from the old format to the new (docs/fields.md): each problem under `accessibility: issues:` was a
 * line of text, "Some table headers are not announced in VoiceOver on iOS (WCAG 1.3.1)."; it is now a group with
 * the WCAG success criterion apart, so the accessibility statement can list each failure against its criterion:
 *
 *     - criterion: "1.3.1"
 *       description: "Some table headers are not announced in VoiceOver on iOS"
 *
 * The criterion is taken only from a number written in the text; a problem without one cannot be moved, and the
 * file is left as it is, with the reason. As for plan.yaml (lib/migrate/plan.ts), the text is edited line by line,
 * and the result must read back as the same data, moved, or nothing is changed.
 */
import { fieldName } from "../errors.ts";
import { parseYaml } from "../load/yaml.ts";
import { yamlText } from "../scaffold/files.ts";
import {
  firstError,
  indentOf,
  isRecord,
  joinSource,
  sameData,
  splitSource,
  trailingComment,
  valueBlockEnd,
  type Migrated,
} from "./source.ts";

// "1.3.1", "WCAG 1.3.1", "WCAG 2.2 1.3.1", "success criterion 1.3.1", in brackets or not.
const criterionNumber = /\b([1-4]\.[1-9]\.\d{1,2})\b/;
const criterionMention = /\s*\(?\s*(?:WCAG(?:\s+2\.[0-2])?\s*)?(?:(?:success\s+)?criterion\s*)?[1-4]\.[1-9]\.\d{1,2}\s*\)?/i;

/** A problem written as text, as a criterion and a description; undefined when the text gives no criterion. */
export function issueFromText(text: string): { criterion: string; description: string } | undefined {
  const criterion = criterionNumber.exec(text)?.[1];
  if (criterion === undefined) return undefined;
  const description = text
    .replace(criterionMention, "")
    .replace(/\s*[.;:,]\s*$/, "")
    .trim();
  return { criterion, description: description === "" ? text.trim() : description };
}

function read(text: string, file: string): { data: unknown } | { problem: string } {
  const parsed = parseYaml(splitSource(text).lines.join("\n"), file);
  if ("errors" in parsed) return { problem: `it is not valid YAML (${firstError(parsed.errors)})` };
  return { data: parsed.value };
}

export function migrateCouncil(text: string, file = "council.yaml"): Migrated {
  const before = read(text, file);
  if ("problem" in before) return before;
  const accessibility = isRecord(before.data) ? before.data.accessibility : undefined;
  const issues = isRecord(accessibility) && Array.isArray(accessibility.issues) ? (accessibility.issues as unknown[]) : [];
  if (!issues.some((issue) => typeof issue === "string")) return { text, changes: [] };

  const moved = issues.map((issue) => (typeof issue === "string" ? issueFromText(issue) : issue));
  const unmoved = moved.findIndex((issue) => issue === undefined);
  if (unmoved !== -1) {
    return {
      problem: `${fieldName(`/accessibility/issues/${unmoved}`)} gives no WCAG success criterion ("1.3.1"): write it as criterion and description by hand`,
    };
  }

  const source = splitSource(text);
  const lines = source.lines;
  const accessibilityLine = lines.findIndex((line) => /^accessibility\s*:\s*(#.*)?$/.test(line));
  const issuesLine = lines.findIndex((line, index) => index > accessibilityLine && /^\s+issues\s*:\s*(#.*)?$/.test(line));
  if (accessibilityLine === -1 || issuesLine === -1)
    return { problem: `${fieldName("/accessibility/issues")} could not be found on a line of its own` };
  let end = valueBlockEnd(lines, issuesLine, indentOf(lines[issuesLine] ?? ""));
  const changes: string[] = [];
  let item = -1;
  for (let line = issuesLine + 1; line < end; line += 1) {
    const text = lines[line] ?? "";
    if (!/^\s*- /.test(text)) continue;
    item += 1;
    const issue = moved[item];
    if (typeof issues[item] !== "string" || !isRecord(issue)) continue;
    const dash = indentOf(text);
    const comment = trailingComment(text.slice(dash + 2));
    const replacement = [
      `${" ".repeat(dash)}- criterion: ${yamlText(String(issue.criterion))}${comment ? `  ${comment.trim()}` : ""}`,
      `${" ".repeat(dash + 2)}description: ${yamlText(String(issue.description))}`,
    ];
    lines.splice(line, 1, ...replacement);
    line += replacement.length - 1;
    end += replacement.length - 1;
    changes.push(`${fieldName(`/accessibility/issues/${item}`)} is now a criterion (${String(issue.criterion)}) and a description`);
  }

  const migrated = joinSource(source);
  const after = read(migrated, file);
  const expected =
    isRecord(before.data) && isRecord(accessibility) ? { ...before.data, accessibility: { ...accessibility, issues: moved } } : undefined;
  // Compared as JSON: the loader's objects have no prototype, and the moved problems are plain objects.
  if ("problem" in after || !sameData(JSON.parse(JSON.stringify(after.data)), JSON.parse(JSON.stringify(expected)))) {
    return { problem: "the migrated council.yaml did not read back as the same data; it was left as it is (please report this)" };
  }
  return { text: migrated, changes };
}
