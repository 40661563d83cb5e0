/**
 * Building into a fresh folder beside the live one and swapping it in only when every step has succeeded,
 * so a failed or killed build leaves the previous site exactly as it was.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";

const workPrefix = (outputDir: string): string => `.${basename(outputDir)}.building-`;

/** A new, empty folder on the same file system as `outputDir` (so the swap is a rename). */
export function freshBuildFolder(outputDir: string): string {
  const parent = dirname(outputDir);
  mkdirSync(parent, { recursive: true });
  restoreInterruptedSwap(outputDir);
  // Folders left by builds that were killed part-way are no longer in use.
  for (const name of readdirSync(parent)) {
    if (name.startsWith(workPrefix(outputDir)) || name.startsWith(`.${basename(outputDir)}.previous-`)) {
      rmSync(join(parent, name), { recursive: true, force: true });
    }
  }
  const folder = join(parent, `${workPrefix(outputDir)}${process.pid}`);
  mkdirSync(folder);
  return folder;
}

/** Puts the finished build in place of the live site, then removes the old one. */
export function swapIntoPlace(buildFolder: string, outputDir: string): void {
  const previous = join(dirname(outputDir), `.${basename(outputDir)}.previous-${process.pid}`);
  const hadPrevious = existsSync(outputDir);
  if (hadPrevious) renameSync(outputDir, previous);
  try {
    renameSync(buildFolder, outputDir);
  } catch (error) {
    if (hadPrevious) renameSync(previous, outputDir);
    throw error;
  }
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
}

/**
 * A build killed between the two renames of a swap leaves the live site under its "previous" name and no
 * output folder at all; the next build puts it back before anything else, rather than clearing it away.
 */
export function restoreInterruptedSwap(outputDir: string): void {
  if (existsSync(outputDir)) return;
  const parent = dirname(outputDir);
  if (!existsSync(parent)) return;
  const newest = readdirSync(parent)
    .filter((name) => name.startsWith(`.${basename(outputDir)}.previous-`))
    .map((name) => join(parent, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (newest) renameSync(newest, outputDir);
}

export function discardBuildFolder(buildFolder: string): void {
  // Retried: a process that was just stopped (Pagefind's) may still be closing a file in it.
  rmSync(buildFolder, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}
