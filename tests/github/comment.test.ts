import { test } from "uvu";
import * as assert from "uvu/assert";
import { commentMarker, keepOneComment, markedBody, previewAddress, pullRequestNumber } from "../../lib/github/comment.ts";

test("a Netlify deploy preview's address takes the pull request's number", () => {
  assert.is(
    previewAddress("https://deploy-preview-{number}--plans.netlify.app/", { number: 7 }),
    "https://deploy-preview-7--plans.netlify.app",
  );
});

test("a Cloudflare Pages preview's address takes the branch as Cloudflare writes it: lower case, hyphens, 28 characters", () => {
  assert.is(
    previewAddress("https://{branch}.plans.pages.dev", { branch: "Officer/Brackenfold Q3_report-2026-27" }),
    "https://officer-brackenfold-q3-repor.plans.pages.dev",
  );
});

test("no preview address without the number or branch it needs", () => {
  assert.is(previewAddress("https://deploy-preview-{number}--plans.netlify.app", {}), undefined);
});

test("the pull request's number is read from the event GitHub wrote", () => {
  assert.is(pullRequestNumber({ pull_request: { number: 12 } }), 12);
  assert.is(pullRequestNumber({ ref: "refs/heads/main" }), undefined);
});

test("the body starts with the hidden marker", () => {
  assert.ok(markedBody("report").startsWith(`${commentMarker}\n`));
});

test("a network failure is an outcome, not a thrown error, so the check does not fail on it", async () => {
  const outcome = await keepOneComment({
    apiUrl: "http://127.0.0.1:9",
    repository: "council/plans",
    pullRequest: 1,
    token: "t",
    body: "b",
    fetch: () => Promise.reject(new Error("connection refused")),
  });
  assert.equal(outcome, { outcome: "failed", message: "connection refused" });
});

test.run();
