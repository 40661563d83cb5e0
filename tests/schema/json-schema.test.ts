import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { schemaModeline } from "../../lib/scaffold/files.ts";
import { jsonSchemaText } from "../../lib/schema/json-schema.ts";
import { contentSchemas, type ContentKind } from "../../lib/schema/index.ts";

test("the JSON Schema files in schema/ are the ones lib/schema defines (npm run schema writes them)", () => {
  for (const kind of Object.keys(contentSchemas) as ContentKind[]) {
    assert.is(readFileSync(`schema/${kind}.schema.json`, "utf8"), jsonSchemaText(kind), `schema/${kind}.schema.json is stale`);
  }
});

test("the line that names a file's JSON Schema leads from a council's folders to a schema file that exists", () => {
  const files: [folder: string, kind: ContentKind][] = [
    ["content/councils/x", "council"],
    ["content/councils/x", "plan"],
    ["content/councils/x/actions", "action"],
  ];
  for (const [folder, kind] of files) {
    const line = schemaModeline(folder, `schema/${kind}.schema.json`);
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(line);
    assert.ok(match, line);
    const target = join(folder, match?.[1] ?? "");
    assert.is(target, `schema/${kind}.schema.json`);
    assert.ok(existsSync(target), `${target} exists`);
  }
});

test("the schema refuses fields it does not define, so editors underline misspellings", () => {
  for (const kind of Object.keys(contentSchemas) as ContentKind[]) {
    const schema = JSON.parse(jsonSchemaText(kind)) as { additionalProperties?: boolean };
    assert.is(schema.additionalProperties, false, kind);
  }
});

test.run();
