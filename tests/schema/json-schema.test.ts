import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { jsonSchemaText } from "../../lib/schema/json-schema.ts";
import { contentSchemas, type ContentKind } from "../../lib/schema/index.ts";

test("the JSON Schema files in schema/ are the ones lib/schema defines (npm run schema writes them)", () => {
  for (const kind of Object.keys(contentSchemas) as ContentKind[]) {
    assert.is(readFileSync(`schema/${kind}.schema.json`, "utf8"), jsonSchemaText(kind), `schema/${kind}.schema.json is stale`);
  }
});

test("every example YAML file names its JSON Schema on its first line, by a path that exists", () => {
  for (const council of readdirSync("content/councils")) {
    const folder = join("content/councils", council);
    const files = [
      ["council.yaml", "council"],
      ["plan.yaml", "plan"],
      ...readdirSync(join(folder, "actions")).map((name) => [join("actions", name), "action"]),
    ];
    for (const [name, kind] of files) {
      const path = join(folder, name ?? "");
      const firstLine = readFileSync(path, "utf8").split("\n")[0] ?? "";
      const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(firstLine);
      assert.ok(match, `${path} does not start with a yaml-language-server line`);
      const target = join(path, "..", match?.[1] ?? "");
      assert.is(target, `schema/${kind}.schema.json`, path);
    }
  }
});

test("the schema refuses fields it does not define, so editors underline misspellings", () => {
  for (const kind of Object.keys(contentSchemas) as ContentKind[]) {
    const schema = JSON.parse(jsonSchemaText(kind)) as { additionalProperties?: boolean };
    assert.is(schema.additionalProperties, false, kind);
  }
});

test.run();
