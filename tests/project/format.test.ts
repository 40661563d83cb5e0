import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";

test("every source file is formatted as Prettier would (npm run format fixes it)", () => {
  const result = spawnSync(process.execPath, ["node_modules/prettier/bin/prettier.cjs", "--check", "--log-level", "warn", "."], {
    encoding: "utf8",
  });
  assert.is(result.stdout + result.stderr, "", "run `npm run format`");
  assert.is(result.status, 0);
});

test.run();
