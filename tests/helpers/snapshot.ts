/** A folder's contents for byte-for-byte comparison: every folder, file and link, with a hash of each file's bytes. */
import { createHash } from "node:crypto";
import { lstatSync, readFileSync, readdirSync, readlinkSync } from "node:fs";
import { join } from "node:path";

export function snapshot(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (folder: string, prefix: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const key = `${prefix}${name}`;
      const stats = lstatSync(path);
      if (stats.isSymbolicLink()) entries[key] = `link to ${readlinkSync(path)}`;
      else if (stats.isDirectory()) {
        entries[`${key}/`] = "folder";
        walk(path, `${key}/`);
      } else entries[key] = createHash("sha256").update(readFileSync(path)).digest("hex");
    }
  };
  walk(dir, "");
  return entries;
}
