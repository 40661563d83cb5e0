/**
 * npm run pr-comment against a stand-in for GitHub's REST API: a local server on 127.0.0.1 at a random port, holding
 * a pull request's comments in memory, that closes itself when the tests end (or after a minute at most).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawn } from "node:child_process";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { commentMarker } from "../../lib/github/comment.ts";

interface StoredComment {
  id: number;
  body: string;
  html_url: string;
}

const stand = {
  comments: [] as StoredComment[],
  /** Answer every write with 403, as GitHub does a fork's read-only token. */
  readOnly: false,
  requests: [] as string[],
};

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = "";
    request.on("data", (chunk) => (text += chunk));
    request.on("end", () => resolve(text));
  });
}

function answer(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  stand.requests.push(`${request.method} ${url.pathname}`);
  if (request.headers.authorization !== "Bearer test-token") return answer(response, 401, { message: "Bad credentials" });
  const body = await readBody(request);
  const list = /^\/repos\/council\/plans\/issues\/7\/comments$/.test(url.pathname);
  const one = /^\/repos\/council\/plans\/issues\/comments\/(\d+)$/.exec(url.pathname);
  if (request.method === "GET" && list) return answer(response, 200, stand.comments);
  if (stand.readOnly) return answer(response, 403, { message: "Resource not accessible by integration" });
  if (request.method === "POST" && list) {
    const id = 100 + stand.comments.length;
    const comment = { id, body: JSON.parse(body).body, html_url: `https://github.example/council/plans/pull/7#issuecomment-${id}` };
    stand.comments.push(comment);
    return answer(response, 201, comment);
  }
  const found = one && stand.comments.find((comment) => comment.id === Number(one[1]));
  if (request.method === "PATCH" && found) {
    found.body = JSON.parse(body).body;
    return answer(response, 200, found);
  }
  answer(response, 404, { message: "Not Found" });
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
server.unref();
const stopAnyway = setTimeout(() => server.close(), 60_000);
stopAnyway.unref();
const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const workspace = mkdtempSync(join(tmpdir(), "plan-pages-pr-comment-"));
const eventPath = join(workspace, "event.json");
writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 7 } }));
// A comment someone else wrote, which must be left alone.
stand.comments.push({ id: 1, body: "Looks good to me.", html_url: "https://github.example/council/plans/pull/7#issuecomment-1" });

function prComment(markdown: string, summary: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const file = join(workspace, "changes.md");
  writeFileSync(file, markdown);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/pr-comment.ts", file], {
      env: {
        ...process.env,
        GITHUB_API_URL: apiUrl,
        GITHUB_REPOSITORY: "council/plans",
        GITHUB_TOKEN: "test-token",
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_STEP_SUMMARY: summary,
      },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

const ours = (): StoredComment[] => stand.comments.filter((comment) => comment.body.includes(commentMarker));

test("the first run creates one comment, with the report and the hidden marker, and writes the job summary", async () => {
  const summary = join(workspace, "summary-1.md");
  const run = await prComment("## What this change does to the public site\n\n- CS1-M2: status on track, now complete.\n", summary);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, "The comment on pull request #7 was created: https://github.example/council/plans/pull/7#issuecomment-101.");
  assert.is(ours().length, 1);
  assert.match(ours()[0]?.body ?? "", "CS1-M2: status on track, now complete.");
  assert.match(readFileSync(summary, "utf8"), "CS1-M2: status on track, now complete.");
});

test("a second push edits the same comment, and no second comment is made", async () => {
  const run = await prComment(
    "## What this change does to the public site\n\n- CS1-M2: status on track, now delayed.\n",
    join(workspace, "summary-2.md"),
  );
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, "was updated");
  assert.is(ours().length, 1);
  assert.is(stand.comments.length, 2, "the other comment is still there and no new one was added");
  assert.match(ours()[0]?.body ?? "", "now delayed");
  assert.not.match(ours()[0]?.body ?? "", "now complete");
  assert.is(stand.comments[0]?.body, "Looks good to me.");
});

test("a read-only token (403, a pull request from a fork) leaves the report in the job summary, and does not fail", async () => {
  stand.readOnly = true;
  stand.comments.splice(1);
  const summary = join(workspace, "summary-3.md");
  const run = await prComment("## What this change does to the public site\n\nNo change to the public site.\n", summary);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, "::notice::This run may not comment on pull request #7");
  assert.is(ours().length, 0);
  assert.match(readFileSync(summary, "utf8"), "No change to the public site.");
  stand.readOnly = false;
});

test.after(() => {
  server.close();
  rmSync(workspace, { recursive: true, force: true });
});

test.run();
