/** A copy of a content folder in a temporary folder, for scaffolding into and loading back. */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { formatContentError } from "../../lib/errors.ts";
import { loadContent } from "../../lib/load/content.ts";
import type { LoadedCouncil } from "../../lib/load/loaded.ts";
import type { Scaffolded } from "../../lib/scaffold/files.ts";

export const schemaDir = join(process.cwd(), "schema");

/** Copies `from` (a folder holding councils/) and returns the copy's path. */
export function copyContent(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-scaffold-"));
  cpSync(join(from, "councils"), join(dir, "councils"), { recursive: true });
  return dir;
}

export function councilIn(dir: string, slug: string): LoadedCouncil {
  const council = loadContent(dir).councils.find((found) => found.slug === slug);
  if (!council) throw new Error(`test set-up: no council ${slug} in ${dir}`);
  return council;
}

/** The scaffolded files, or a test failure naming the problem. */
export function filesOf(scaffolded: Scaffolded): { path: string; text: string }[] {
  if ("problem" in scaffolded) throw new Error(`scaffolding was refused: ${scaffolded.problem}`);
  return scaffolded.files;
}

/** Writes the files, loads the folder again, and returns its errors and warnings as printed. */
export function writeAndCheck(dir: string, scaffolded: Scaffolded): { errors: string[]; warnings: string[] } {
  for (const file of filesOf(scaffolded)) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.text, { flag: "wx" });
  }
  const problems = loadContent(dir).errors;
  const printed = (severity: string) =>
    problems.filter((problem) => problem.severity === severity).map((problem) => formatContentError(problem).replaceAll(`${dir}/`, ""));
  return { errors: printed("error"), warnings: printed("warning") };
}
