/**
 * The content as it stood at a git commit, for `npm run changes`: which commit to compare with, and its
 * councils/ folder written out to a folder of its own with `git archive`, leaving the working tree alone.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, realpathSync } from "node:fs";
import { join, relative, sep } from "node:path";

type Environment = Record<string, string | undefined>;

function git(cwd: string, args: readonly string[]): { ok: boolean; stdout: string; stderr: string } {
  const result = spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 });
  return { ok: result.status === 0, stdout: result.stdout?.trim() ?? "", stderr: result.stderr?.trim() ?? "" };
}

export interface ContentRepository {
  /** The repository's top folder. */
  root: string;
  /** The content folder within it, "/"-separated: "content", or "" when the content is the repository itself. */
  contentPath: string;
}

/** The repository that holds a content folder; undefined when it is in none. */
export function repositoryOf(contentDir: string): ContentRepository | undefined {
  const top = git(contentDir, ["rev-parse", "--show-toplevel"]);
  if (!top.ok) return undefined;
  const root = realpathSync.native(top.stdout);
  const contentPath = relative(root, realpathSync.native(contentDir)).split(sep).join("/");
  return { root, contentPath };
}

/**
 * The branches that may be the default one, most likely first: on a pull request GitHub names the branch it
 * merges into (GITHUB_BASE_REF); else the remote's own default (origin/HEAD), then the usual names.
 */
export function defaultBranchCandidates(env: Environment, remoteHead: string | undefined): string[] {
  const candidates = [
    ...(env.GITHUB_BASE_REF ? [`origin/${env.GITHUB_BASE_REF}`, env.GITHUB_BASE_REF] : []),
    ...(remoteHead ? [remoteHead] : []),
    "origin/main",
    "origin/master",
    "main",
    "master",
  ];
  return [...new Set(candidates)];
}

export interface Base {
  /** As asked for, or as found: "origin/main", "HEAD~1". */
  ref: string;
  commit: string;
  /** How it was chosen, for the report's first line. */
  how: "given" | "merge base" | "HEAD";
}

/**
 * The commit to compare with: the one given; else where this branch left the default branch (the merge base);
 * else, with no default branch to be found (a new repository, a shallow clone), the last commit, HEAD.
 * A problem, in words, when the ref is not a commit or the repository has none.
 */
export function findBase(repo: ContentRepository, given: string | undefined, env: Environment): Base | { problem: string } {
  if (given !== undefined) {
    const commit = git(repo.root, ["rev-parse", "--verify", "--quiet", `${given}^{commit}`]);
    if (!commit.ok) return { problem: `"${given}" is not a commit, branch or tag in ${repo.root}` };
    return { ref: given, commit: commit.stdout, how: "given" };
  }
  const head = git(repo.root, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  if (!head.ok) return { problem: `the repository in ${repo.root} has no commit to compare with yet` };
  const remoteHead = git(repo.root, ["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"]);
  for (const branch of defaultBranchCandidates(env, remoteHead.ok ? remoteHead.stdout : undefined)) {
    if (!git(repo.root, ["rev-parse", "--verify", "--quiet", `${branch}^{commit}`]).ok) continue;
    const mergeBase = git(repo.root, ["merge-base", branch, "HEAD"]);
    // On the default branch itself the merge base is HEAD, and is named so.
    if (mergeBase.ok && mergeBase.stdout !== head.stdout) return { ref: branch, commit: mergeBase.stdout, how: "merge base" };
    if (mergeBase.ok) break;
  }
  return { ref: "HEAD", commit: head.stdout, how: "HEAD" };
}

/**
 * Writes the content folder's councils/ as it was at `commit` into `into`, and returns the content folder there.
 * A commit from before there were any councils gives an empty councils/ folder.
 */
export function writeContentAt(repo: ContentRepository, commit: string, into: string): string {
  const councils = repo.contentPath === "" ? "councils" : `${repo.contentPath}/councils`;
  const contentDir = repo.contentPath === "" ? into : join(into, ...repo.contentPath.split("/"));
  mkdirSync(join(contentDir, "councils"), { recursive: true });
  if (!git(repo.root, ["cat-file", "-e", `${commit}:${councils}`]).ok) return contentDir;
  const archive = spawnSync("git", ["archive", "--format=tar", commit, "--", councils], {
    cwd: repo.root,
    maxBuffer: 4 * 1024 * 1024 * 1024,
  });
  if (archive.status !== 0) throw new Error(`git archive failed: ${archive.stderr.toString().trim()}`);
  const unpacked = spawnSync("tar", ["-x", "-f", "-", "-C", into], { input: archive.stdout });
  if (unpacked.status !== 0) throw new Error(`tar could not unpack the content at ${commit}: ${unpacked.stderr.toString().trim()}`);
  return contentDir;
}
