/** The minimal fixture (tests/fixtures/minimal) copied to a temporary folder, with edits, for validation tests. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatContentError, type ContentError } from "../../lib/errors.ts";

/**
 * Copies the fixture and replaces one piece of text in each named file of its council (a new file when `from`
 * is ""). Throws when a `from` is not in its file, so a test cannot pass on an edit that never happened.
 */
export function editedMinimalCopy(edits: Record<string, [from: string, to: string]>): string {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-minimal-"));
  cpSync("tests/fixtures/minimal", dir, { recursive: true });
  for (const [file, [from, to]] of Object.entries(edits)) {
    const path = join(dir, "councils/wrenmoor", file);
    if (from === "") {
      writeFileSync(path, to);
      continue;
    }
    const text = readFileSync(path, "utf8");
    if (!text.includes(from)) throw new Error(`test set-up: ${JSON.stringify(from)} is not in ${file}`);
    writeFileSync(path, text.replace(from, to));
  }
  return dir;
}

/** An error or warning as printed, with paths from the council folder. */
export function printedFrom(dir: string, error: ContentError): string {
  return formatContentError(error).replaceAll(`${dir}/councils/wrenmoor/`, "");
}
