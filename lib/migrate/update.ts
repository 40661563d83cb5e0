/**
 * An update file's front matter from the old format to the new (docs/fields.md): `quarter` is now `period`, and
 * `rag_summary: {green, amber, red}` is now `rating_counts: {counts: [{rating: "Green", count}, ...]}`. The text
 * is edited line by line, so comments, quoting, field order and the narrative stay as they were; the result is
 * parsed again with lib/load and must hold the same data, moved, or nothing is changed.
 */
import { parseYaml } from "../load/yaml.ts";
import { yamlText } from "../scaffold/files.ts";
import {
  indentOf,
  firstError,
  isRecord,
  joinSource,
  sameData,
  splitSource,
  trailingComment,
  valueBlockEnd,
  type Migrated,
} from "./source.ts";

/** The old RAG counts, in the order the new list keeps them, with the words as the site shows them. */
const ragWords = [
  ["green", "Green"],
  ["amber", "Amber"],
  ["red", "Red"],
] as const;

/** The front matter as data, or why it cannot be read; undefined when the file has no front matter at all. */
function readFrontMatter(lines: readonly string[], file: string): { closing: number; data: unknown } | { problem: string } | undefined {
  if (lines[0]?.trim() !== "---") return undefined;
  const closing = lines.findIndex((line, index) => index > 0 && line.trim() === "---");
  if (closing === -1) return undefined;
  const parsed = parseYaml(lines.slice(1, closing).join("\n"), file, 1);
  if ("errors" in parsed) return { problem: `its front matter is not valid YAML (${firstError(parsed.errors)})` };
  return { closing, data: parsed.value };
}

/** What the new front matter must hold: the old data with the fields moved. */
function migratedData(data: Record<string, unknown>): Record<string, unknown> {
  const moved: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === "quarter") moved.period = value;
    else if (key === "rag_summary" && isRecord(value)) moved.rating_counts = { counts: ratingCounts(value) };
    else moved[key] = value;
  }
  return moved;
}

function ratingCounts(rag: Record<string, unknown>): { rating: string; count: unknown }[] {
  return ragWords.flatMap(([key, word]) => (key in rag ? [{ rating: word, count: rag[key] }] : []));
}

const countText = (count: unknown): string => (typeof count === "number" ? String(count) : JSON.stringify(count));

export function migrateUpdate(text: string, file = "update.md"): Migrated {
  const source = splitSource(text);
  const lines = source.lines;
  const front = readFrontMatter(lines, file);
  // No front matter, or none that closes: there is nothing to move, and the check says what is wrong.
  if (front === undefined) return { text, changes: [] };
  if ("problem" in front) return front;
  if (!isRecord(front.data)) return { text, changes: [] };
  const data = front.data;
  const changes: string[] = [];
  let closing = front.closing;

  if ("quarter" in data) {
    if ("period" in data) return { problem: "it has both quarter and period: keep period and remove quarter" };
    const index = lines.findIndex((line, at) => at > 0 && at < closing && /^quarter\s*:/.test(line));
    if (index === -1) return { problem: "quarter could not be found on a line of its own" };
    lines[index] = (lines[index] ?? "").replace(/^quarter/, "period");
    changes.push(`quarter: ${JSON.stringify(data.quarter)} is now period`);
  }

  if ("rag_summary" in data) {
    if ("rating_counts" in data) return { problem: "it has both rag_summary and rating_counts: keep rating_counts and remove rag_summary" };
    const rag = data.rag_summary;
    if (!isRecord(rag) || Object.keys(rag).some((key) => !ragWords.some(([word]) => word === key))) {
      return { problem: "rag_summary is not a list of green, amber and red counts: move it to rating_counts by hand" };
    }
    const index = lines.findIndex((line, at) => at > 0 && at < closing && /^rag_summary\s*:/.test(line));
    if (index === -1) return { problem: "rag_summary could not be found on a line of its own" };
    const end = valueBlockEnd(lines, index, 0);
    const counts = ratingCounts(rag);
    const first = lines[index] ?? "";
    const inline = first.replace(/^rag_summary\s*:/, "").trim();
    const replacement: string[] = [];
    if (inline !== "" && !inline.startsWith("#")) {
      // Written on one line, as a flow mapping: the new field stays on one line, so no line below moves.
      const comment = trailingComment(first);
      const items = counts.map((count) => `{ rating: ${yamlText(count.rating)}, count: ${countText(count.count)} }`);
      replacement.push(`rating_counts: { counts: [${items.join(", ")}] }${comment ? `  ${comment}` : ""}`);
    } else {
      const block = lines.slice(index + 1, end);
      const indent = " ".repeat(Math.max(2, Math.min(...block.filter((line) => line.trim() !== "").map(indentOf))));
      // Comments within the old block are kept, above the new field, as YAML has nowhere to keep them inside it.
      const comments = [trailingComment(first), ...block.map((line) => trailingComment(line))].flatMap((comment) =>
        comment ? [comment.trim()] : [],
      );
      replacement.push(
        ...comments,
        "rating_counts:",
        `${indent}counts:`,
        ...counts.map((count) => `${indent}  - { rating: ${yamlText(count.rating)}, count: ${countText(count.count)} }`),
      );
    }
    lines.splice(index, end - index, ...replacement);
    closing += replacement.length - (end - index);
    changes.push(`rag_summary is now rating_counts (${counts.map((count) => `${count.rating} ${countText(count.count)}`).join(", ")})`);
  }

  if (changes.length === 0) return { text, changes };
  const migrated = joinSource(source);
  // Proof: lib/load reads the new front matter as the old data, moved.
  const again = readFrontMatter(splitSource(migrated).lines, file);
  if (!again || "problem" in again || !sameData(again.data, migratedData(data))) {
    return { problem: "the migrated front matter did not read back as the same data; it was left as it is (please report this)" };
  }
  return { text: migrated, changes };
}
