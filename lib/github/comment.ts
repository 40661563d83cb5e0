/**
 * One comment on a pull request, kept up to date: found by a hidden marker and edited on each push, so a pull
 * request never collects a comment per push. Uses the REST API with the run's own GITHUB_TOKEN
 * (https://docs.github.com/en/rest/issues/comments); a pull request from a fork gets a read-only token, which
 * GitHub answers with 403, and then the job summary carries the report alone.
 */

/** Marks the comment as this check's, unseen in the rendered comment. */
export const commentMarker = "<!-- plan-pages: what this change does -->";

export interface CommentRequest {
  /** GITHUB_API_URL: https://api.github.com, or a GitHub Enterprise Server's. */
  apiUrl: string;
  /** GITHUB_REPOSITORY: "owner/name". */
  repository: string;
  pullRequest: number;
  token: string;
  /** The comment's Markdown, without the marker. */
  body: string;
  /** The fetch to use; a test may pass its own. */
  fetch?: typeof fetch;
}

export type CommentOutcome =
  | { outcome: "created" | "updated"; url?: string }
  /** The token may not write to the pull request: a fork's. */
  | { outcome: "not allowed"; status: number }
  | { outcome: "failed"; status?: number; message: string };

interface IssueComment {
  id: number;
  body?: string;
  html_url?: string;
}

/** The body as posted: the marker first, so that the next run finds it. */
export function markedBody(body: string): string {
  return `${commentMarker}\n${body}`;
}

export async function keepOneComment(request: CommentRequest): Promise<CommentOutcome> {
  const call = request.fetch ?? fetch;
  const api = request.apiUrl.replace(/\/+$/, "");
  const headers = {
    accept: "application/vnd.github+json",
    authorization: `Bearer ${request.token}`,
    "x-github-api-version": "2022-11-28",
    "content-type": "application/json",
  };
  try {
    let existing: IssueComment | undefined;
    for (let page = 1; !existing; page += 1) {
      const response = await call(`${api}/repos/${request.repository}/issues/${request.pullRequest}/comments?per_page=100&page=${page}`, {
        headers,
      });
      if (response.status === 403 || response.status === 404) return { outcome: "not allowed", status: response.status };
      if (!response.ok) return { outcome: "failed", status: response.status, message: await response.text() };
      const comments = (await response.json()) as IssueComment[];
      existing = comments.find((comment) => comment.body?.includes(commentMarker));
      if (comments.length < 100) break;
    }
    const body = JSON.stringify({ body: markedBody(request.body) });
    const response = existing
      ? await call(`${api}/repos/${request.repository}/issues/comments/${existing.id}`, { method: "PATCH", headers, body })
      : await call(`${api}/repos/${request.repository}/issues/${request.pullRequest}/comments`, { method: "POST", headers, body });
    if (response.status === 403 || response.status === 404) return { outcome: "not allowed", status: response.status };
    if (!response.ok) return { outcome: "failed", status: response.status, message: await response.text() };
    const written = (await response.json()) as IssueComment;
    return { outcome: existing ? "updated" : "created", ...(written.html_url && { url: written.html_url }) };
  } catch (error) {
    return { outcome: "failed", message: error instanceof Error ? error.message : String(error) };
  }
}

/** The pull request's number, from the event GitHub Actions wrote (GITHUB_EVENT_PATH's JSON). */
export function pullRequestNumber(event: unknown): number | undefined {
  if (typeof event !== "object" || event === null) return undefined;
  const pullRequest = (event as { pull_request?: { number?: unknown }; number?: unknown }).pull_request;
  const number = pullRequest?.number ?? (event as { number?: unknown }).number;
  return typeof number === "number" ? number : undefined;
}

/**
 * A host's preview address for a pull request, from a pattern the repository sets (PREVIEW_URL): "{number}" is the
 * pull request's number and "{branch}" its branch as Cloudflare Pages names it in addresses (lower case, each run
 * of other characters a hyphen, at most 28 characters). Netlify: "https://deploy-preview-{number}--SITE.netlify.app";
 * Cloudflare Pages: "https://{branch}.PROJECT.pages.dev".
 */
export function previewAddress(pattern: string, pullRequest: { number?: number; branch?: string }): string | undefined {
  if (pattern.includes("{number}") && pullRequest.number === undefined) return undefined;
  if (pattern.includes("{branch}") && !pullRequest.branch) return undefined;
  const branch = (pullRequest.branch ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 28)
    .replace(/^-+|-+$/g, "");
  return pattern
    .replaceAll("{number}", String(pullRequest.number ?? ""))
    .replaceAll("{branch}", branch)
    .replace(/\/+$/, "");
}
