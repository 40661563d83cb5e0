/** How much a built folder weighs on disk, for `npm run size`. */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export interface FolderSize {
  bytes: number;
  files: number;
}

/** Every file under `dir`, or only those `include` accepts (given the path relative to `dir`, with "/"). */
export function folderSize(dir: string, include: (path: string) => boolean = () => true): FolderSize {
  const size: FolderSize = { bytes: 0, files: 0 };
  for (const path of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const stats = statSync(join(dir, path));
    if (!stats.isFile() || !include(path.split("\\").join("/"))) continue;
    size.bytes += stats.size;
    size.files += 1;
  }
  return size;
}

/** "123,456 bytes (120.6 KB)", with 1 KB = 1,024 bytes as the budgets count them. */
export function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString("en-GB")} bytes (${(bytes / 1024).toFixed(1)} KB)`;
}
