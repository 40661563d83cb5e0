/**
 * Each real council (tests/fixtures/real/councils) as a content folder of its own, for building a site of that
 * council alone. The copies live in a folder named by a hash of the fixture's files, under the temporary folder,
 * so every test file gets the same CONTENT_DIR for a council and buildExampleSite's cache is shared between them.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { load } from "js-yaml";

/** The folder of real councils' plans and reports, one folder per council. */
export const realCouncils = "tests/fixtures/real/councils";

export interface RealCouncilAlone {
  /** The council's folder name, which is its web address: "rotherham". */
  slug: string;
  /** council.yaml's name, for messages and for the header: "Rotherham Metropolitan Borough Council". */
  name: string;
  /** council.yaml's short name, or its name: "Rotherham Council", as the crumbs name it. */
  shortName: string;
  /** A content folder holding this council alone, for CONTENT_DIR. */
  contentDir: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** Every real council, each copied alone into its own content folder (once, however many test files ask). */
export function realCouncilsAlone(): RealCouncilAlone[] {
  const hash = createHash("sha256");
  for (const file of filesUnder(realCouncils)) hash.update(relative(realCouncils, file)).update(readFileSync(file));
  const root = join(tmpdir(), "plan-pages-real-alone", hash.digest("hex").slice(0, 24));
  return readdirSync(realCouncils)
    .filter((slug) => statSync(join(realCouncils, slug)).isDirectory())
    .sort()
    .map((slug) => {
      const contentDir = join(root, slug);
      if (!existsSync(contentDir)) {
        // Copied beside the final folder and renamed into place, so a test file running at the same time never
        // sees half a copy; if another got there first, theirs is identical.
        mkdirSync(root, { recursive: true });
        const copy = mkdtempSync(join(root, `.${slug}-`));
        cpSync(join(realCouncils, slug), join(copy, "councils", slug), { recursive: true });
        try {
          renameSync(copy, contentDir);
        } catch {
          rmSync(copy, { recursive: true, force: true });
        }
      }
      const council = load(readFileSync(join(realCouncils, slug, "council.yaml"), "utf8")) as { name: string; short_name?: string };
      return { slug, name: council.name, shortName: council.short_name ?? council.name, contentDir };
    });
}

/**
 * The three example councils and the nine real ones in one content folder, as a national site would hold them
 * (for the search corpus, tests/search/resident-queries.ts). Copied once, into a folder named by a hash of both
 * fixtures, so buildExampleSite's cache is shared.
 */
export function examplesAndRealCouncils(examples = "tests/fixtures/examples/councils"): string {
  const hash = createHash("sha256");
  for (const folder of [examples, realCouncils]) {
    for (const file of filesUnder(folder)) hash.update(relative(folder, file)).update(readFileSync(file));
  }
  const contentDir = join(tmpdir(), "plan-pages-examples-and-real", hash.digest("hex").slice(0, 24));
  if (!existsSync(contentDir)) {
    mkdirSync(join(contentDir, ".."), { recursive: true });
    const copy = mkdtempSync(`${contentDir}-`);
    for (const folder of [examples, realCouncils]) {
      for (const slug of readdirSync(folder).filter((name) => statSync(join(folder, name)).isDirectory())) {
        cpSync(join(folder, slug), join(copy, "councils", slug), { recursive: true });
      }
    }
    try {
      renameSync(copy, contentDir);
    } catch {
      rmSync(copy, { recursive: true, force: true });
    }
  }
  return contentDir;
}
