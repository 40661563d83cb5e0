/**
 * A whole content folder from the old format to the new: each council's council.yaml, plan.yaml and every update
 * file, worked out file by file (lib/migrate/council.ts, plan.ts, update.ts) without writing anything; scripts/migrate.ts writes the result.
 * Links are not followed and files that are not UTF-8 are left alone, as the check refuses both.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { maxContentFileBytes } from "../load/text.ts";
import { migrateCouncil } from "./council.ts";
import { migratePlan } from "./plan.ts";
import { migrateUpdate } from "./update.ts";
import type { Migrated } from "./source.ts";

export interface FileMigration {
  /** Absolute path of the file. */
  path: string;
  /** The file as it is. */
  before: string;
  /** The file in the new format, when anything changes. */
  after?: string;
  changes: string[];
  /** Why the file was left as it is, when it could not be migrated. */
  problem?: string;
}

const isPlainFile = (path: string): boolean => existsSync(path) && lstatSync(path).isFile();

function folders(path: string): string[] {
  if (!existsSync(path) || !lstatSync(path).isDirectory()) return [];
  return readdirSync(path)
    .sort()
    .map((name) => join(path, name))
    .filter((folder) => lstatSync(folder).isDirectory());
}

function migrateFile(path: string, migrate: (text: string, file: string) => Migrated): FileMigration {
  const bytes = readFileSync(path);
  if (bytes.length > maxContentFileBytes) return { path, before: "", changes: [], problem: "it is larger than a content file may be" };
  let before: string;
  try {
    before = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { path, before: "", changes: [], problem: "it is not UTF-8 text" };
  }
  const migrated = migrate(before, path);
  if ("problem" in migrated) return { path, before, changes: [], problem: migrated.problem };
  return { path, before, changes: migrated.changes, ...(migrated.text !== before && { after: migrated.text }) };
}

/** Every council, plan and update file in the folder, with what migrating it would change. Reads only. */
export function migrateContent(contentDir: string): FileMigration[] {
  const results: FileMigration[] = [];
  for (const council of folders(join(contentDir, "councils"))) {
    const councilFile = join(council, "council.yaml");
    if (isPlainFile(councilFile)) results.push(migrateFile(councilFile, migrateCouncil));
    const plan = join(council, "plan.yaml");
    if (isPlainFile(plan)) results.push(migrateFile(plan, migratePlan));
    const updates = join(council, "updates");
    if (!existsSync(updates) || !lstatSync(updates).isDirectory()) continue;
    for (const name of readdirSync(updates).sort()) {
      const path = join(updates, name);
      if (name.toLowerCase().endsWith(".md") && isPlainFile(path)) results.push(migrateFile(path, migrateUpdate));
    }
  }
  return results;
}
