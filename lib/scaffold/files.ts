/**
 * What a scaffolder gives back: the files to write, or why it will not write them. Scaffolders are pure: they take
 * the loaded content and the arguments, and never touch the disk; scripts/new.ts writes the files.
 */
import { relative, sep } from "node:path";

export interface ScaffoldFile {
  /** Absolute path of the file to write. */
  path: string;
  text: string;
}

/** The files, and anything the officer should check in them, printed after they are written. */
export type Scaffolded = { files: ScaffoldFile[]; notes?: string[] } | { problem: string; hint?: string };

/** A value as a YAML double-quoted string. JSON's string escapes are a subset of YAML's, so this is always valid. */
export function yamlText(value: string): string {
  return JSON.stringify(value);
}

/** Text for a comment: on one line, whatever the value held. */
export function commentText(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/**
 * The first line of a YAML file that tells editors (VS Code's YAML extension) which schema it follows, as the
 * example content does: `# yaml-language-server: $schema=../../../schema/council.schema.json`.
 */
export function schemaModeline(fileFolder: string, schemaFile: string): string {
  return `# yaml-language-server: $schema=${relative(fileFolder, schemaFile).split(sep).join("/")}`;
}
