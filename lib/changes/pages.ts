/**
 * Which pages and files of the built site a change adds, removes or changes, by address, from two builds of the
 * same project at the same SOURCE_DATE_EPOCH. Two builds of one tree are byte-identical (tests/scripts/
 * deterministic-build.test.ts): pages carry no build time and assets no fingerprint. Only the search index
 * differs whenever any page does, its files named by hashes of their contents, so it is left out; the search
 * page itself is compared like any other.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";

export interface AddressChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

export interface SiteFileChanges {
  /** HTML pages, by address: "/wrenmoor/actions/cs1/", "/404.html". */
  pages: AddressChanges;
  /** Everything else the site offers (feeds, calendars, open data, styles), by address: "/data/all.json". */
  files: AddressChanges;
}

/** Folders whose file names and contents change with any page, whatever changed. */
const changesEveryBuild = ["pagefind/"];

/** "wrenmoor/actions/cs1/index.html" is shown at "/wrenmoor/actions/cs1/"; other files at their own path. */
export function addressOf(path: string): string {
  if (path === "index.html") return "/";
  return `/${path.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** Each file of a built site by its path within the site, "/"-separated, with a digest of its bytes. */
export function readSiteDigests(dir: string): Map<string, string> {
  const digests = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name)
      .slice(dir.length + 1)
      .split(sep)
      .join("/");
    if (changesEveryBuild.some((folder) => path.startsWith(folder))) continue;
    digests.set(
      path,
      createHash("sha256")
        .update(readFileSync(join(dir, path)))
        .digest("hex"),
    );
  }
  return digests;
}

const byAddress = (a: string, b: string): number => a.localeCompare(b, "en-GB");

/** The pages and files added, removed and changed between two sites' digests (readSiteDigests). */
export function compareSites(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): SiteFileChanges {
  const result: SiteFileChanges = {
    pages: { added: [], removed: [], changed: [] },
    files: { added: [], removed: [], changed: [] },
  };
  const listFor = (path: string): AddressChanges => (path.endsWith(".html") ? result.pages : result.files);
  for (const [path, digest] of after) {
    const was = before.get(path);
    if (was === undefined) listFor(path).added.push(addressOf(path));
    else if (was !== digest) listFor(path).changed.push(addressOf(path));
  }
  for (const path of before.keys()) if (!after.has(path)) listFor(path).removed.push(addressOf(path));
  for (const list of [result.pages, result.files]) {
    list.added.sort(byAddress);
    list.removed.sort(byAddress);
    list.changed.sort(byAddress);
  }
  return result;
}
