/**
 * npm run schema: writes the JSON Schema for each kind of content file to schema/<kind>.schema.json, from the
 * one definition in lib/schema. Content files point editors at these for completion and checking.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { jsonSchemaText } from "../lib/schema/json-schema.ts";
import { contentSchemas, type ContentKind } from "../lib/schema/index.ts";

mkdirSync("schema", { recursive: true });
for (const kind of Object.keys(contentSchemas) as ContentKind[]) {
  writeFileSync(`schema/${kind}.schema.json`, jsonSchemaText(kind));
  console.log(`Wrote schema/${kind}.schema.json`);
}
