/** Reading a content file as text: size limit, UTF-8, byte-order mark and line endings. */
import { readFileSync, statSync } from "node:fs";
import { contentError, type ContentError } from "../errors.ts";

/** Content files are short documents; anything larger is a mistake (or an attack) and would break page budgets. */
export const maxContentFileBytes = 1024 * 1024;

export interface SourceText {
  file: string;
  text: string;
}

/**
 * Reads a file as UTF-8 text, accepting a byte-order mark and Windows (CRLF) line endings, which editors on
 * council laptops often write. Lines and columns reported later count from this normalised text, which has
 * the same lines as the original.
 */
export function readContentText(path: string, displayPath: string): SourceText | ContentError {
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) {
      return contentError({
        file: displayPath,
        field: "",
        message: "is a folder, not a file",
        hint: "move what is in it elsewhere and remove the folder",
      });
    }
    size = stats.size;
  } catch (error) {
    return contentError({
      file: displayPath,
      field: "",
      message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "unknown error"})`,
    });
  }
  if (size > maxContentFileBytes) {
    return contentError({
      file: displayPath,
      field: "",
      message: `is ${(size / 1024 / 1024).toFixed(1)} MB, larger than the ${maxContentFileBytes / 1024 / 1024} MB a content file may be`,
      hint: "split long narrative into a shorter update and link to the full report",
    });
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return contentError({
      file: displayPath,
      field: "",
      message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "unknown error"})`,
    });
  }
  return decodeContentText(bytes, displayPath);
}

export function decodeContentText(bytes: Uint8Array, displayPath: string): SourceText | ContentError {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const { line, column } = firstInvalidUtf8(bytes);
    return contentError({
      file: displayPath,
      line,
      column,
      field: "",
      message: "is not UTF-8 text",
      hint: "save the file as UTF-8 (in most editors: Save with encoding, UTF-8)",
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") {
    return contentError({
      file: displayPath,
      line: 1,
      column: 1,
      field: "",
      message: "is empty",
      hint: "copy an example file to start from",
    });
  }
  return { file: displayPath, text };
}

function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let low = 0;
  let high = bytes.length;
  // Binary search for the longest prefix with no invalid sequence: a streaming decoder holds back an
  // incomplete character at the end but throws on a bad byte, so "decodes" only turns false once.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  // stream: true holds back a character left incomplete at the end, so the column is where it starts.
  const prefix = new TextDecoder("utf-8").decode(bytes.subarray(0, low), { stream: true });
  const lines = prefix.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
