import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync } from "node:fs";
import { load } from "js-yaml";

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  strategy?: { matrix?: Record<string, unknown> };
  env?: Record<string, unknown>;
  if?: string;
  permissions?: Record<string, string>;
  "timeout-minutes"?: number;
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = (name: string): Workflow => load(readFileSync(`.github/workflows/${name}`, "utf8")) as Workflow;
const steps = (flow: Workflow): Step[] => Object.values(flow.jobs).flatMap((job) => job.steps);

test("every workflow is valid YAML and uses only GitHub's own actions, pinned to a major version", () => {
  const names = readdirSync(".github/workflows").filter((name) => name.endsWith(".yml"));
  assert.equal(names.sort(), ["check.yml", "deploy.yml", "national.yml"]);
  for (const name of names) {
    const uses = steps(workflow(name)).flatMap((step) => (step.uses ? [step.uses] : []));
    assert.ok(uses.length > 0, name);
    for (const action of uses) assert.match(action, /^actions\/[a-z-]+@v\d+$/, `${name}: ${action}`);
  }
});

const commandsOf = (job: Job | undefined): string[] => (job?.steps ?? []).flatMap((step) => (step.run ? [step.run] : []));

/** Where each command first appears among a job's steps, -1 when it does not. */
const positions = (job: Job | undefined, commands: readonly string[]): number[] =>
  commands.map((command) => commandsOf(job).findIndex((run) => run.includes(command)));

const inOrder = (order: number[]): boolean =>
  order.every((index, position) => index !== -1 && (position === 0 || index > (order[position - 1] ?? -1)));

test("a pull request that changes only the councils' content is told apart by the changed files, with git diff", () => {
  const check = workflow("check.yml");
  assert.ok("pull_request" in check.on);
  const scope = check.jobs["scope"];
  assert.is(scope?.outputs?.["content-only"], "${{ steps.files.outputs.content-only }}");
  assert.equal(scope?.steps[0]?.with, { "fetch-depth": 0 });
  const look = commandsOf(scope).join("\n");
  assert.match(look, 'git diff --name-only "origin/$GITHUB_BASE_REF...HEAD"');
  assert.match(look, "^content/councils/");
  assert.is(check.jobs["content"]?.needs, "scope");
  assert.is(check.jobs["content"]?.if, "needs.scope.outputs.content-only == 'true'");
  assert.is(check.jobs["full"]?.if, "needs.scope.outputs.content-only != 'true'");
});

test("a content change is checked, built, compared and its own changed pages checked (links, html-validate, axe, CSP), not the whole suite", () => {
  const content = workflow("check.yml").jobs["content"];
  const order = positions(content, [
    "apt-get install",
    "npm ci",
    "npm run check",
    "npm run build",
    "npm run --silent changes",
    "pr-comment",
    "npm run links",
    "npm run check-pages",
  ]);
  assert.ok(inOrder(order), `steps out of order or missing: ${commandsOf(content).join(" | ")}`);
  // The pages checked are the pull request's own, those the change report names.
  const changes = commandsOf(content).find((run) => run.startsWith("npm run --silent changes")) ?? "";
  assert.match(changes, "--json-file changes.json");
  assert.ok(commandsOf(content).includes("npm run check-pages -- --changed changes.json"), commandsOf(content).join(" | "));
  // A report held back goes online by itself later: its page is checked now, in a preview build.
  const steps = content?.steps ?? [];
  const preview = steps.find((step) => step.run === "npm run build" && step.env?.["PREVIEW"] === "true");
  const heldBack = steps.find((step) => step.run === "npm run check-pages -- --held-back changes.json");
  assert.ok(preview && heldBack, "no preview build and check of the reports held back");
  assert.is(heldBack?.env?.["OUTPUT_DIR"], preview?.env?.["OUTPUT_DIR"]);
  assert.not.ok(
    commandsOf(content).some((run) => run.startsWith("npm test")),
    "the test suite (over the fixtures) is for code changes",
  );
  assert.ok((content?.["timeout-minutes"] ?? 99) <= 15);
});

test("a code change installs, checks the content, builds, compares and runs every test, in that order", () => {
  const full = workflow("check.yml").jobs["full"];
  const order = positions(full, [
    "apt-get install",
    "npm ci",
    "npm run check",
    "npm run build",
    "npm run --silent changes",
    "pr-comment",
    "npm test",
  ]);
  assert.ok(inOrder(order), `steps out of order or missing: ${commandsOf(full).join(" | ")}`);
  assert.ok(commandsOf(full).includes("npm test"));
});

test("both jobs offer the built site for download, and keep one comment with no secret but the run's own token", () => {
  const check = workflow("check.yml");
  assert.equal(check.permissions, { contents: "read" });
  for (const name of ["content", "full"]) {
    const job = check.jobs[name];
    assert.equal(job?.permissions, { contents: "read", "pull-requests": "write" }, name);
    const upload = job?.steps.find((step) => step.uses?.startsWith("actions/upload-artifact@"));
    assert.equal(upload?.with?.["name"], "site", name);
    assert.equal(upload?.with?.["path"], "_site/", name);
    const comment = job?.steps.find((step) => step.run?.includes("pr-comment"));
    assert.is(comment?.env?.["GITHUB_TOKEN"], "${{ github.token }}", name);
    // The comment step runs even when a later or earlier step failed, as long as there is a report to post.
    assert.match(comment?.if ?? "", "always()", name);
    const changes = job?.steps.find((step) => step.run?.includes("npm run --silent changes"));
    assert.is(changes?.env?.["PREVIEW_URL"], "${{ vars.PREVIEW_URL }}", name);
    assert.not.match(JSON.stringify(job), "secrets.", `${name} needs no secret`);
  }
});

test("the deploy builds with the repository name as the path prefix and publishes with the Pages actions", () => {
  const deploy = workflow("deploy.yml");
  assert.equal(deploy.on["push"], { branches: ["main"] });
  const build = steps(deploy).find((step) => step.run === "npm run build");
  assert.is(build?.env?.["PATH_PREFIX"], "/${{ github.event.repository.name }}/");
  assert.is(build?.env?.["SITE_URL"], "${{ steps.pages.outputs.base_url }}");
  const actions = steps(deploy).flatMap((step) => (step.uses ? [step.uses.split("@")[0]] : []));
  for (const action of ["actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"])
    assert.ok(actions.includes(action), action);
});

test("the national build is a matrix of parts, each --shard K/N with N the matrix's size, then one merge of every part", () => {
  const national = workflow("national.yml");
  const part = national.jobs["part"];
  const shards = part?.strategy?.matrix?.["shard"] as number[];
  assert.equal(
    shards,
    Array.from({ length: shards.length }, (_, index) => index + 1),
  );
  assert.is(part?.env?.["SHARDS"], shards.length);
  const build = commandsOf(part).find((run) => run.includes("npm run build"));
  assert.match(build ?? "", "--shard ${{ matrix.shard }}/$SHARDS");
  const upload = part?.steps.find((step) => step.uses?.startsWith("actions/upload-artifact@"));
  assert.equal(upload?.with?.["include-hidden-files"], true, "the part's .plan-pages-part.json goes with it");
  const merge = national.jobs["merge"];
  assert.ok([merge?.needs].flat().includes("part"));
  assert.ok(inOrder(positions(merge, ["npm ci", "npm run build -- --merge parts/part-*"])));
  const download = merge?.steps.find((step) => step.uses?.startsWith("actions/download-artifact@"));
  assert.equal(download?.with, { pattern: "part-*", path: "parts" });
});

test.run();
