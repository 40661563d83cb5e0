/**
 * npm run check: validates the content and prints every mistake, without building anything.
 * Exits 1 when there is any error (warnings alone do not fail).
 */
import { loadContent } from "../lib/load/content.ts";
import { pluralise } from "../lib/format/numbers.ts";
import { hasErrors } from "../lib/errors.ts";
import { printContentErrors } from "../lib/report.ts";
import { readSettings } from "../lib/settings.ts";

const settings = readSettings();
const started = performance.now();
const content = loadContent(settings.contentDir);
printContentErrors(content.errors, process.env);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (hasErrors(content.errors)) {
  process.exitCode = 1;
} else {
  const actions = content.councils.reduce((sum, council) => sum + council.actions.length, 0);
  const updates = content.councils.reduce((sum, council) => sum + council.updates.length, 0);
  console.log(
    `Content is valid: ${pluralise(content.councils.length, "council")}, ${pluralise(actions, "action")}, ${pluralise(updates, "update")}, checked in ${seconds} s.`,
  );
}
