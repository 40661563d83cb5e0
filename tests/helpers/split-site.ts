/**
 * A site with too many councils and actions for its site-wide lists to fit one page each (lib/site/pages.ts): the
 * synthetic tree (lib/fixture/synthetic.ts) at 40 councils, whose 454 actions put 179 under R, so the A to Z has a
 * page per letter and R in two parts, the comparison a page per theme, the open data a page per council, and the
 * shared accessibility statement leaves each council's contacts to its own. The tree is written once to a folder
 * named by a hash of what makes it, so every test file gets the same CONTENT_DIR and buildExampleSite's cache.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { syntheticContent } from "../../lib/fixture/synthetic.ts";

export const splitSiteCouncils = 40;

/** The content folder of the split site, for CONTENT_DIR. */
export function splitSiteContent(): string {
  const files = syntheticContent({ councils: splitSiteCouncils, quarters: 1 });
  const hash = createHash("sha256");
  for (const file of files) hash.update(file.path).update(file.text);
  const dir = join(tmpdir(), "plan-pages-split-site", hash.digest("hex").slice(0, 24));
  if (existsSync(dir)) return dir;
  mkdirSync(dirname(dir), { recursive: true });
  const writing = mkdtempSync(`${dir}-`);
  for (const file of files) {
    mkdirSync(dirname(join(writing, file.path)), { recursive: true });
    writeFileSync(join(writing, file.path), file.text);
  }
  try {
    renameSync(writing, dir);
  } catch {
    // Another test file wrote the same tree first.
    rmSync(writing, { recursive: true, force: true });
  }
  return dir;
}

/** Whether a page, by its address below the site's root, is one of the site-wide pages the split makes or changes. */
export const isSplitPage = (path: string): boolean =>
  /^(a-to-z|compare)\//.test(path) || ["data/", "accessibility/"].includes(path) || /^[^/]+\/data\/$/.test(path);
