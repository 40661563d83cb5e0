/**
 * npm run new -- update <council> [period]    the next progress report, pre-filled (lib/scaffold/update.ts)
 * npm run new -- council <slug> [name]        a new council folder: council.yaml and plan.yaml
 * npm run new -- action <council> [theme]     a new action file with the next free id
 * Never overwrites a file. What it writes for an update or an action passes `npm run check` as it stands; a new
 * council needs its website and a way to contact it before it does, and the check says so.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadContent } from "../lib/load/content.ts";
import type { LoadedCouncil } from "../lib/load/loaded.ts";
import { displayPath } from "../lib/load/discover.ts";
import { hasErrors } from "../lib/errors.ts";
import { printContentErrors } from "../lib/report.ts";
import { readSettings } from "../lib/settings.ts";
import type { Scaffolded } from "../lib/scaffold/files.ts";
import { scaffoldAction } from "../lib/scaffold/action.ts";
import { scaffoldCouncil } from "../lib/scaffold/council.ts";
import { scaffoldUpdate } from "../lib/scaffold/update.ts";

const usage = `Usage:
  npm run new -- update <council> [period]    for example: npm run new -- update brackenfold "2026/27 Q3" (or "2026/27 H1", "2026/27")
  npm run new -- council <slug> [name]        for example: npm run new -- council kings-lynn-and-west-norfolk "King's Lynn and West Norfolk"
  npm run new -- action <council> [theme]     for example: npm run new -- action brackenfold waste`;

const settings = readSettings();
const schemaDir = fileURLToPath(new URL("../schema/", import.meta.url));
const [kind, name, ...rest] = process.argv.slice(2);
const extra = rest[0];

function stop(message: string, hint?: string): never {
  console.error(hint ? `${message} (${hint})` : message);
  process.exit(1);
}

function loadCouncil(slug: string | undefined): LoadedCouncil {
  if (!slug) stop(usage);
  const content = loadContent(settings.contentDir);
  if (hasErrors(content.errors)) {
    printContentErrors(content.errors, process.env);
    stop("Fix these mistakes first: the new file is worked out from the content as it stands.");
  }
  const council = content.councils.find((found) => found.slug === slug);
  if (!council)
    stop(
      `There is no council "${slug}" in ${displayPath(settings.contentDir)}`,
      `councils: ${content.councils.map((c) => c.slug).join(", ")}`,
    );
  return council;
}

let scaffolded: Scaffolded;
if (kind === "update") {
  scaffolded = scaffoldUpdate(loadCouncil(name), { ...(extra !== undefined && { period: extra }), today: settings.asOf });
} else if (kind === "action") {
  scaffolded = scaffoldAction(loadCouncil(name), {
    ...(extra !== undefined && { theme: extra }),
    today: settings.asOf,
    schemaFile: join(schemaDir, "action.schema.json"),
  });
} else if (kind === "council" && name) {
  scaffolded = scaffoldCouncil(name, {
    contentDir: settings.contentDir,
    today: settings.asOf,
    schemaDir,
    // The name as typed, quoted or not: `council newcastle-upon-tyne Newcastle upon Tyne` works too.
    ...(rest.length > 0 && { name: rest.join(" ") }),
  });
} else {
  stop(usage);
}

if ("problem" in scaffolded) stop(scaffolded.problem, scaffolded.hint);
const existing = scaffolded.files.filter((file) => existsSync(file.path));
if (existing.length > 0) {
  const one = existing.length === 1;
  stop(
    `Nothing was written: ${existing.map((file) => displayPath(file.path)).join(" and ")} already exist${one ? "s" : ""}`,
    `edit ${one ? "it" : "them"}, or remove ${one ? "it" : "them"} first`,
  );
}

for (const file of scaffolded.files) {
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.text, { flag: "wx" });
  console.log(`Wrote ${displayPath(file.path)}`);
}
for (const note of scaffolded.notes ?? []) console.log(note);
console.log(
  `Edit ${scaffolded.files.length === 1 ? "it" : "them"}, then run \`npm run check\` to check and \`npm start\` to preview. See docs/officers-guide.md.`,
);
