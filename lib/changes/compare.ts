/**
 * `npm run changes`: the content at a git commit against the working tree, both judged as of one date. Each tree
 * is loaded and derived (lib/changes/model.ts compares the models) and built with scripts/build.ts into a folder
 * of its own at the same SOURCE_DATE_EPOCH (lib/changes/pages.ts compares the sites). Builds may be kept in a
 * cache folder, keyed by everything they read, so that a series of comparisons builds each tree once.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadContent } from "../load/content.ts";
import type { LoadedContent } from "../load/loaded.ts";
import { deriveSite } from "../derive/site.ts";
import { hasErrors, type ContentError } from "../errors.ts";
import { readSettings, type Environment } from "../settings.ts";
import { updateUrl } from "../site/urls.ts";
import { findBase, repositoryOf, writeContentAt, type Base } from "./git.ts";
import { modelChanges, type SiteChange } from "./model.ts";
import { compareSites, readSiteDigests, type SiteFileChanges } from "./pages.ts";

/** A report in the working tree that the site holds back until the day it is published. */
export interface HeldBackReport {
  council: string;
  report: string;
  address: string;
  published: string;
}

export interface ChangeReport {
  base: Base;
  /** The date both trees are judged on. */
  asOf: string;
  changes: SiteChange[];
  /** Each council's name, by folder name, from either tree. */
  councilNames: Record<string, string>;
  /** Undefined when the site at the base did not build, so there was nothing to compare the pages with. */
  site?: SiteFileChanges;
  /** Why the pages could not be compared, when they could not. */
  siteProblem?: string;
  /** The working tree's warnings, for the reviewer. */
  warnings: ContentError[];
  heldBack: HeldBackReport[];
  /** Seconds taken, for the closing line. */
  seconds: number;
}

export type ChangeOutcome = { report: ChangeReport } | { problem: string } | { errors: ContentError[] };

export interface CompareOptions {
  /** The working tree's content folder (CONTENT_DIR). */
  contentDir: string;
  /** The commit, branch or tag to compare with; by default the merge base with the default branch. */
  base?: string;
  env: Environment;
  /** The project whose scripts/build.ts builds both trees. */
  projectDir: string;
  /** Keep builds here, by what they were built from, and reuse them. */
  buildCache?: string;
}

export async function compareWithBase(options: CompareOptions): Promise<ChangeOutcome> {
  const started = performance.now();
  const repo = repositoryOf(options.contentDir);
  if (!repo) return { problem: `${options.contentDir} is not in a git repository, so there is nothing to compare it with` };
  const base = findBase(repo, options.base, options.env);
  if ("problem" in base) return base;

  // One moment for both trees and both builds: SOURCE_DATE_EPOCH as given, or now.
  const epoch = options.env.SOURCE_DATE_EPOCH?.trim() || String(Math.floor(Date.now() / 1000));
  const env: Environment = { ...options.env, SOURCE_DATE_EPOCH: epoch };
  const { asOf } = readSettings(env);

  const workspace = mkdtempSync(join(tmpdir(), "plan-pages-changes-"));
  try {
    const baseDir = writeContentAt(repo, base.commit, join(workspace, "base"));
    const after = loadContent(options.contentDir);
    if (hasErrors(after.errors)) return { errors: after.errors };
    // The content at the base is compared as far as it loaded: a mistake there is no reason not to say what this change does.
    const before = loadContent(baseDir);
    let changes: SiteChange[];
    const councilNames: Record<string, string> = {};
    try {
      const [beforeModel, afterModel] = [deriveSite(before, asOf), deriveSite(after, asOf)];
      for (const council of [...beforeModel.councils, ...afterModel.councils]) councilNames[council.slug] = council.council.name;
      changes = modelChanges(beforeModel, afterModel);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { problem: `the content at ${base.ref} has mistakes that stop it being compared (${reason}); run npm run check there` };
    }

    // Both at once: each build waits on its own child process much of the time.
    const build = (contentDir: string, name: string) =>
      buildSite({ contentDir, env, projectDir: options.projectDir, outputDir: join(workspace, name), cache: options.buildCache });
    const [beforeSite, afterSite] = await Promise.all([build(baseDir, "site-before"), build(options.contentDir, "site-after")]);
    const siteProblem = "problem" in beforeSite ? beforeSite : "problem" in afterSite ? afterSite : undefined;
    const site =
      "dir" in beforeSite && "dir" in afterSite ? compareSites(readSiteDigests(beforeSite.dir), readSiteDigests(afterSite.dir)) : undefined;
    return {
      report: {
        base,
        asOf,
        changes,
        councilNames,
        ...(site && { site }),
        ...(siteProblem && { siteProblem: siteProblem.problem }),
        warnings: after.errors.filter((error) => error.severity === "warning"),
        heldBack: heldBackReports(after, asOf),
        seconds: (performance.now() - started) / 1000,
      },
    };
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

export function heldBackReports(content: Pick<LoadedContent, "councils">, asOf: string): HeldBackReport[] {
  return content.councils.flatMap((council) =>
    council.updates
      .filter((update) => update.data.published !== undefined && update.data.published > asOf)
      .map((update) => ({
        council: council.slug,
        report: update.slug,
        address: updateUrl(council.slug, update.slug),
        published: update.data.published ?? "",
      })),
  );
}

/** Everything in the project a build reads besides the content, for the cache key. */
const projectInputs = ["lib", "_includes", "pages", "scripts/build.ts", "scripts/render-part.ts", ".eleventy.ts", "package-lock.json"];

/** A digest of the files under each root, by their paths within it, so the same files anywhere give the same digest. */
function digestOf(roots: readonly string[], hash = createHash("sha256")): string {
  const add = (root: string, path: string): void => {
    const full = join(root, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) for (const name of readdirSync(full).sort()) add(root, join(path, name));
    else hash.update(`${roots.indexOf(root)}:${path}\0`).update(readFileSync(full));
  };
  for (const root of roots) add(root, "");
  return hash.digest("hex").slice(0, 32);
}

interface BuildRequest {
  contentDir: string;
  env: Environment;
  projectDir: string;
  outputDir: string;
  cache: string | undefined;
}

/** Builds one tree, or finds the same build in the cache. */
async function buildSite(request: BuildRequest): Promise<{ dir: string } | { problem: string }> {
  const { env, projectDir } = request;
  const key = request.cache
    ? digestOf(
        [join(request.contentDir, "councils"), ...projectInputs.map((input) => join(projectDir, input))],
        createHash("sha256").update(JSON.stringify([env.SOURCE_DATE_EPOCH, env.PATH_PREFIX, env.SITE_URL])),
      )
    : undefined;
  const cached = request.cache && key ? join(request.cache, key) : undefined;
  if (cached && existsSync(cached)) return { dir: cached };

  const result = await new Promise<{ status: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
      cwd: projectDir,
      env: { ...env, CONTENT_DIR: request.contentDir, OUTPUT_DIR: request.outputDir, GITHUB_ACTIONS: "" },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (status) => resolve({ status, output }));
  });
  if (result.status !== 0) return { problem: `the site at ${request.contentDir} did not build:\n${result.output.trim()}` };
  if (!cached) return { dir: request.outputDir };
  mkdirSync(request.cache ?? "", { recursive: true });
  cpSync(request.outputDir, cached, { recursive: true });
  return { dir: cached };
}
