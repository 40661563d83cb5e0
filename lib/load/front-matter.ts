/**
 * Markdown files with YAML front matter between two "---" lines. Parsed here rather than by Eleventy, so that
 * update files get the same positions, safety limits and error messages as the YAML files.
 */
import { contentError, type ContentError } from "../errors.ts";
import { parseYaml, type SourceMap } from "./yaml.ts";

export type ParsedMarkdown = { frontMatter: unknown; sourceMap: SourceMap; body: string; bodyLine: number } | { errors: ContentError[] };

/** A mistake in how the file's front matter is marked off, reported at its first line. */
function frontMatterMistake(file: string, message: string, hint: string): { errors: ContentError[] } {
  return { errors: [contentError({ file, line: 1, column: 1, field: "", message, hint })] };
}

export function parseMarkdownWithFrontMatter(text: string, file: string): ParsedMarkdown {
  const lines = text.split("\n");
  if (lines[0]?.trim() !== "---") {
    return frontMatterMistake(
      file,
      'does not start with front matter (a line of "---", the fields, then another "---")',
      "copy the top of an earlier update to start from",
    );
  }
  const closing = lines.findIndex((line, index) => index > 0 && line.trim() === "---");
  if (closing === -1) {
    return frontMatterMistake(
      file,
      'has no closing "---" line after its front matter',
      'put a line of "---" between the fields and the narrative',
    );
  }
  const yamlText = lines.slice(1, closing).join("\n");
  const parsed = parseYaml(yamlText, file, 1);
  if ("errors" in parsed) return parsed;
  return {
    frontMatter: parsed.value,
    sourceMap: parsed.sourceMap,
    body: lines
      .slice(closing + 1)
      .join("\n")
      .trim(),
    bodyLine: closing + 2,
  };
}
