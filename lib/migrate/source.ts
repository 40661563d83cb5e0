/**
 * A content file's text as lines, so that a migration can edit it line by line and give back the same bytes
 * everywhere else: its byte-order mark and line endings (CRLF from Windows editors) are kept as they were.
 */
import { isDeepStrictEqual } from "node:util";
import type { ContentError } from "../errors.ts";

export interface SourceLines {
  byteOrderMark: boolean;
  lineEnding: "\n" | "\r\n";
  /** The lines without their endings; a file ending in a newline has "" last. */
  lines: string[];
}

/** What a migration gives back: the new text and what it changed, or why it left the file as it was. */
export type Migrated = { text: string; changes: string[] } | { problem: string };

export function splitSource(text: string): SourceLines {
  const byteOrderMark = text.charCodeAt(0) === 0xfeff;
  const body = byteOrderMark ? text.slice(1) : text;
  return { byteOrderMark, lineEnding: body.includes("\r\n") ? "\r\n" : "\n", lines: body.split(/\r?\n/) };
}

export function joinSource(source: SourceLines): string {
  return `${source.byteOrderMark ? "\ufeff" : ""}${source.lines.join(source.lineEnding)}`;
}

/** The text as lib/load reads it: no byte-order mark, "\n" line endings. */
export function normalisedText(text: string): string {
  return joinSource({ ...splitSource(text), byteOrderMark: false, lineEnding: "\n" });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function sameData(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(a, b);
}

export const indentOf = (line: string): number => line.length - line.trimStart().length;
export const isBlankOrComment = (line: string): boolean => line.trim() === "" || line.trimStart().startsWith("#");

/**
 * The lines after `start` that belong to the value of the key on line `start`, whose key is at `column`: lines
 * indented further, or a "- " list item at the key's own column (YAML allows that for a mapping's value). Blank
 * lines and comments count only when more of the value follows them.
 */
export function valueBlockEnd(lines: readonly string[], start: number, column: number): number {
  let end = start + 1;
  for (let index = start + 1; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    if (isBlankOrComment(line)) continue;
    const indent = indentOf(line);
    if (indent > column || (indent === column && /^-(\s|$)/.test(line.trimStart()))) end = index + 1;
    else break;
  }
  return end;
}

/** A comment at the end of a line ("key: value  # note"), found outside quotes; undefined when there is none. */
export function trailingComment(line: string): string | undefined {
  let quote: string | undefined;
  for (let index = 0; index < line.length; index += 1) {
    const character = line[index];
    if (quote) {
      if (character === "\\" && quote === '"') index += 1;
      else if (character === quote) quote = undefined;
    } else if (character === '"' || character === "'") quote = character;
    else if (character === "#" && (index === 0 || /\s/.test(line[index - 1] ?? ""))) return line.slice(index);
  }
  return undefined;
}

/** The first of a file's YAML errors, for a one-line reason: "line 13: uses a YAML alias (*name)". */
export function firstError(errors: readonly ContentError[]): string {
  const [first] = errors;
  if (!first) return "unknown error";
  return `${first.line === undefined ? "" : `line ${first.line}: `}${first.message}`;
}
