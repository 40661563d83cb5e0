/**
 * A working copy of the project in a folder of its own, as an officer's branch would be: every file but the
 * installed packages (linked, not copied), the built site and git's history. `npm test` runs the suite in one, with a
 * next progress report added to its content, so that a test depending on what content/ holds fails here rather than
 * on an officer's pull request (issue 14).
 */
import { cpSync, readdirSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";

/** What a copy leaves out: installed packages (linked instead), the built site, and git's history. */
const leftOut = new Set(["node_modules", "_site", ".git"]);

/** Copies the project at `from` into `to` (which need not exist) and links its node_modules. */
export function copyProject(from: string, to: string): void {
  for (const name of readdirSync(from)) {
    if (leftOut.has(name)) continue;
    cpSync(join(from, name), join(to, name), { recursive: true });
  }
  symlinkSync(resolve(from, "node_modules"), join(to, "node_modules"));
}
