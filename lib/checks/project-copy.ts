/**
 * A working copy of the project in a folder of its own, as an officer's branch would be: the files git would
 * commit (tracked, or new and not ignored), with the installed packages linked rather than copied. Without git
 * (a copy of a copy), every file but what .gitignore names: packages, built sites, screenshots and build folders.
 * `npm test` runs the suite in one, with a next progress report added to its content, so that a test depending on
 * what content/ holds fails here rather than on an officer's pull request (issue 14).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** Without git: what .gitignore names, by folder or file name at the top, and the build's own work folders. */
const leftOut = new Set(["node_modules", "_site", "_preview", ".git", "screenshots", "bench-output"]);
const buildWorkFolder = /^\._site\.|^\..*\.(building|previous)-/;

/** The project's files, relative to `from`, as git would commit them; undefined where git cannot say. */
function filesGitKeeps(from: string): string[] | undefined {
  if (!existsSync(join(from, ".git"))) return undefined;
  const listed = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: from, encoding: "utf8" });
  if (listed.status !== 0) return undefined;
  // A file deleted but not yet committed is listed as cached: only what is there is copied.
  return listed.stdout.split("\0").filter((file) => file !== "" && existsSync(join(from, file)));
}

/** Copies the project at `from` into `to` (which need not exist) and links its node_modules. */
export function copyProject(from: string, to: string): void {
  const files = filesGitKeeps(from);
  if (files) {
    for (const file of files) {
      if (file === "node_modules" || file.startsWith("node_modules/")) continue;
      mkdirSync(dirname(join(to, file)), { recursive: true });
      cpSync(join(from, file), join(to, file));
    }
  } else {
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from)) {
      if (leftOut.has(name) || buildWorkFolder.test(name)) continue;
      cpSync(join(from, name), join(to, name), { recursive: true });
    }
  }
  symlinkSync(resolve(from, "node_modules"), join(to, "node_modules"));
}
