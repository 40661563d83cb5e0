import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";

test("the whole project passes strict TypeScript (npm run typecheck)", () => {
  const result = spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "."], { encoding: "utf8" });
  assert.is(result.stdout + result.stderr, "");
  assert.is(result.status, 0);
});

test.run();
