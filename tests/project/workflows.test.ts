import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { load } from "js-yaml";

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[] }>;
}

const workflow = (name: string): Workflow => load(readFileSync(`.github/workflows/${name}`, "utf8")) as Workflow;
const steps = (flow: Workflow): Step[] => Object.values(flow.jobs).flatMap((job) => job.steps);

test("every workflow is valid YAML and uses only GitHub's own actions, pinned to a major version", () => {
  for (const name of ["check.yml", "deploy.yml"]) {
    const uses = steps(workflow(name)).flatMap((step) => (step.uses ? [step.uses] : []));
    assert.ok(uses.length > 0, name);
    for (const action of uses) assert.match(action, /^actions\/[a-z-]+@v\d+$/, `${name}: ${action}`);
  }
});

test("the pull-request check installs, checks the content, builds and tests, in that order", () => {
  const check = workflow("check.yml");
  assert.ok("pull_request" in check.on);
  const commands = steps(check).flatMap((step) => (step.run ? [step.run] : []));
  const order = ["apt-get install", "npm ci", "npm run check", "npm run build", "npm test"].map((command) =>
    commands.findIndex((run) => run.includes(command)),
  );
  assert.ok(
    order.every((index) => index !== -1),
    `missing a step: ${commands.join(" | ")}`,
  );
  assert.equal(
    order,
    [...order].sort((a, b) => a - b),
  );
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

test.run();
