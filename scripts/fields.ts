/**
 * npm run fields: writes docs/fields.md, the officers' field reference, from the content schema (lib/schema).
 * Run it after changing a field or its description; a test fails while the file is stale.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fieldReference } from "../lib/schema/field-reference.ts";

mkdirSync("docs", { recursive: true });
writeFileSync("docs/fields.md", fieldReference());
console.log("Wrote docs/fields.md");
