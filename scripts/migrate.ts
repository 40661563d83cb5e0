/**
 * npm run migrate [-- --content DIR] [--check]: moves a content folder (CONTENT_DIR, or --content) from the old
 * format to the new (lib/migrate/), printing what changed in each file. Running it again changes nothing. With
 * --check it writes nothing and exits 1 if any file would change.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { displayPath } from "../lib/load/discover.ts";
import { migrateContent } from "../lib/migrate/content.ts";
import { readSettings } from "../lib/settings.ts";

const { values } = parseArgs({ options: { content: { type: "string" }, check: { type: "boolean", default: false } } });
const contentDir = values.content ? resolve(values.content) : readSettings().contentDir;
const check = values.check ?? false;

const results = migrateContent(contentDir);
const changed = results.filter((result) => result.after !== undefined);
for (const result of results) {
  if (result.problem) console.log(`${displayPath(result.path)}: left as it is, because ${result.problem}`);
  if (result.after === undefined) continue;
  console.log(`${displayPath(result.path)}${check ? " would change" : ""}:`);
  for (const change of result.changes) console.log(`  ${change}`);
  if (!check) writeFileSync(result.path, result.after);
}

const skipped = results.filter((result) => result.problem).length;
const counts = `${results.length} files looked at, ${changed.length} ${check ? "to change" : "changed"}${skipped > 0 ? `, ${skipped} left as they are` : ""}`;
if (check && changed.length > 0) {
  console.error(`${counts}: ${displayPath(contentDir)} is in the old format (run \`npm run migrate\` to move it to the new one)`);
  process.exit(1);
}
console.log(changed.length === 0 && !check ? `${counts}: already in the new format` : counts);
