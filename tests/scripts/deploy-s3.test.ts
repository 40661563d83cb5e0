import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Runs scripts/deploy-s3.sh with a stand-in `aws` first on the PATH that records each command instead of calling
 * AWS, so the order of the uploads can be checked: the order is what keeps the live site whole.
 */
function deploy(env: Record<string, string>, failOn?: string): { status: number | null; stderr: string; commands: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-s3-"));
  const site = join(dir, "site");
  mkdirSync(join(site, "assets"), { recursive: true });
  writeFileSync(join(site, "index.html"), "<!DOCTYPE html>");
  writeFileSync(join(site, "assets/main.css"), "body{}");
  const bin = join(dir, "bin");
  mkdirSync(bin);
  const log = join(dir, "aws.log");
  writeFileSync(log, "");
  const fail = failOn ? `case "$*" in *${failOn}*) exit 1;; esac\n` : "";
  writeFileSync(join(bin, "aws"), `#!/usr/bin/env bash\n${fail}echo "$*" >> "${log}"\n`);
  chmodSync(join(bin, "aws"), 0o755);
  const result = spawnSync("bash", ["scripts/deploy-s3.sh", site], {
    env: { ...process.env, PATH: `${bin}:${process.env["PATH"]}`, ...env },
    encoding: "utf8",
  });
  const commands = readFileSync(log, "utf8")
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => line.replaceAll(site, "<site>"));
  return { status: result.status, stderr: result.stderr, commands };
}

test("assets go up first, the pages last, and stale files are deleted only after both", () => {
  const { status, commands } = deploy({ S3_BUCKET: "plans.example.gov.uk" });
  assert.is(status, 0);
  assert.equal(commands, [
    "s3 sync <site> s3://plans.example.gov.uk --exclude *.html --cache-control public, max-age=300 --no-progress --only-show-errors",
    "s3 sync <site> s3://plans.example.gov.uk --exclude * --include *.html --cache-control no-cache --no-progress --only-show-errors",
    "s3 sync <site> s3://plans.example.gov.uk --delete --no-progress --only-show-errors",
  ]);
});

test("if the pages fail to upload, nothing is deleted", () => {
  const { status, commands } = deploy({ S3_BUCKET: "plans.example.gov.uk" }, "--include");
  assert.is(status, 1);
  assert.is(commands.length, 1);
  assert.not.ok(commands.some((command) => command.includes("--delete")));
});

test("a folder in the bucket and a CloudFront cache are handled, the cache cleared last", () => {
  const { commands } = deploy({ S3_BUCKET: "council-sites", S3_PREFIX: "/plans/", CLOUDFRONT_DISTRIBUTION_ID: "E2EXAMPLE" });
  assert.ok(commands[0]?.startsWith("s3 sync <site> s3://council-sites/plans --exclude *.html"));
  assert.is(commands.at(-1), "cloudfront create-invalidation --distribution-id E2EXAMPLE --paths /*");
});

test("without a bucket, or before a build, it stops with a reason and uploads nothing", () => {
  const noBucket = deploy({ S3_BUCKET: "" });
  assert.is(noBucket.status, 1);
  assert.match(noBucket.stderr, /set S3_BUCKET to the bucket name/);
  assert.equal(noBucket.commands, []);
  const result = spawnSync("bash", ["scripts/deploy-s3.sh", "/nonexistent-site"], {
    env: { ...process.env, S3_BUCKET: "b" },
    encoding: "utf8",
  });
  assert.is(result.status, 1);
  assert.is(result.stderr.trim(), "/nonexistent-site/index.html is missing: run `npm run build` first");
});

test.run();
