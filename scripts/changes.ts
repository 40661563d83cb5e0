/**
 * npm run changes -- [BASE] [--json | --markdown] [--preview-url URL or pattern] [--run-url URL] [--build-cache DIR]
 *                     [--json-file FILE]
 * What the content in the working tree (CONTENT_DIR) changes on the public site, against the content at BASE (by
 * default where this branch left the default branch), both judged as of SOURCE_DATE_EPOCH or today.
 * lib/changes/ does the work; this prints it. `--json-file` also writes the JSON form to a file, for
 * `npm run check-pages -- --changed FILE`, without comparing twice. Exits 1 when the working tree has mistakes or
 * BASE is not a commit.
 */
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { compareWithBase } from "../lib/changes/compare.ts";
import { describeReport, reportJson, reportMarkdown } from "../lib/changes/describe.ts";
import { printContentErrors } from "../lib/report.ts";
import { readSettings } from "../lib/settings.ts";
import { previewAddress, pullRequestNumber } from "../lib/github/comment.ts";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: "boolean", default: false },
    markdown: { type: "boolean", default: false },
    "preview-url": { type: "string" },
    "run-url": { type: "string" },
    "build-cache": { type: "string" },
    "json-file": { type: "string" },
  },
});

const settings = readSettings(process.env);
const outcome = await compareWithBase({
  contentDir: settings.contentDir,
  ...(positionals[0] !== undefined && { base: positionals[0] }),
  env: process.env,
  projectDir: fileURLToPath(new URL("..", import.meta.url)),
  ...(values["build-cache"] !== undefined && { buildCache: values["build-cache"] }),
});

if ("problem" in outcome) {
  console.error(`Cannot say what the change does: ${outcome.problem}.`);
  process.exitCode = 1;
} else if ("errors" in outcome) {
  printContentErrors(outcome.errors, process.env);
  console.error("Cannot say what the change does until the content passes npm run check.");
  process.exitCode = 1;
} else {
  const { report } = outcome;
  // --preview-url may be a pattern with {number} and {branch}, filled in from the pull request being checked.
  const event: unknown =
    process.env.GITHUB_EVENT_PATH && existsSync(process.env.GITHUB_EVENT_PATH)
      ? JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, "utf8"))
      : undefined;
  const number = pullRequestNumber(event);
  const previewUrl =
    values["preview-url"] &&
    previewAddress(values["preview-url"], {
      ...(number !== undefined && { number }),
      ...(process.env.GITHUB_HEAD_REF && { branch: process.env.GITHUB_HEAD_REF }),
    });
  if (values["json-file"] !== undefined) writeFileSync(values["json-file"], `${JSON.stringify(reportJson(report), null, 2)}\n`);
  if (values.json) console.log(JSON.stringify(reportJson(report), null, 2));
  else if (values.markdown)
    console.log(
      reportMarkdown(report, {
        ...(previewUrl && { previewUrl }),
        ...(values["run-url"] && { runUrl: values["run-url"] }),
        pathPrefix: settings.pathPrefix,
      }),
    );
  else console.log(describeReport(report));
  console.error(`Compared in ${report.seconds.toFixed(1)} s.`);
}
