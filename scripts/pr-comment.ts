/**
 * npm run pr-comment -- FILE: puts the Markdown in FILE (from `npm run changes -- --markdown`) in the job summary
 * (GITHUB_STEP_SUMMARY), and in the pull request's one comment from this check, edited on each push
 * (lib/github/comment.ts). A read-only token, as a pull request from a fork has, leaves the job summary to carry it;
 * no outcome of the comment fails the check.
 */
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { keepOneComment, pullRequestNumber } from "../lib/github/comment.ts";

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error("Usage: npm run pr-comment -- FILE, where FILE holds the Markdown from npm run changes -- --markdown");
  process.exit(1);
}
const body = readFileSync(file, "utf8").trim();
const env = process.env;

if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${body}\n`);

const event: unknown =
  env.GITHUB_EVENT_PATH && existsSync(env.GITHUB_EVENT_PATH) ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) : undefined;
const number = pullRequestNumber(event);
if (number === undefined || !env.GITHUB_TOKEN || !env.GITHUB_REPOSITORY) {
  console.log("Not a pull request with a token to comment with: the job summary carries the report.");
} else {
  const result = await keepOneComment({
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    repository: env.GITHUB_REPOSITORY,
    pullRequest: number,
    token: env.GITHUB_TOKEN,
    body,
  });
  switch (result.outcome) {
    case "created":
    case "updated":
      console.log(`The comment on pull request #${number} was ${result.outcome}${result.url ? `: ${result.url}` : ""}.`);
      break;
    case "not allowed":
      console.log(
        `::notice::This run may not comment on pull request #${number} (a pull request from a fork has a read-only token); the job summary carries the report.`,
      );
      break;
    case "failed":
      console.log(
        `::warning::The comment on pull request #${number} could not be written (${result.status ?? "no answer"}: ${result.message}); the job summary carries the report.`,
      );
  }
}
