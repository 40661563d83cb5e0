import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";

const typecheck = (project: string) =>
  spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", project], { encoding: "utf8" });

test("the whole project passes strict TypeScript (npm run typecheck)", () => {
  const result = typecheck(".");
  assert.is(result.stdout + result.stderr, "");
  assert.is(result.status, 0);
});

test("the search page's script passes strict TypeScript with the browser's types (pages/assets/search/tsconfig.json)", () => {
  const result = typecheck("pages/assets/search");
  assert.is(result.stdout + result.stderr, "");
  assert.is(result.status, 0);
});

test.run();
