/**
 * The site's security headers: a strict Content Security Policy, sent in a `_headers` file for hosts that read one
 * (Netlify https://docs.netlify.com/routing/headers/, Cloudflare Pages
 * https://developers.cloudflare.com/pages/configuration/headers/) and as a <meta> element for hosts that cannot
 * set headers (GitHub Pages). Pages carry no inline script, style element or style attribute, so no policy needs
 * 'unsafe-inline'; only search needs 'wasm-unsafe-eval', for Pagefind's WebAssembly.
 */
import type { Settings } from "../settings.ts";
import { editorFolder } from "../editor/paths.ts";

/** Where a policy is delivered: a <meta> element cannot carry frame-ancestors (browsers ignore it there, and say so). */
export type PolicyDelivery = "header" | "meta";

/** Pages whose scripts compile WebAssembly: the search page, and Pagefind's own files (its worker runs under theirs). */
export const searchPaths = ["/search/", "/pagefind/"] as const;

/** The search page is the one page with a script; page.url (without the path prefix) ends "/search/". */
export const isSearchPage = (url: string): boolean => url.endsWith("/search/");

/** The browser editor's pages (lib/editor), which have a policy of their own. */
export const editorPath = `/${editorFolder}`;

/**
 * The editor's policy, as strict as Decap CMS allows: its scripts only from the site, but allowed to compile
 * code ('unsafe-eval'), since Decap checks its configuration with Ajv, which compiles each schema to a function
 * (without it the editor stops with "Error loading the CMS configuration"); styles inline,
 * since its components set them as they render (Emotion); pictures the site has, or the editor makes (data:, blob:);
 * and requests to the site (the local backend under `npm run edit`) and to GitHub's API, where the content is.
 */
function editorPolicy(delivery: PolicyDelivery): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self' https://api.github.com",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(delivery === "header" ? ["frame-ancestors 'none'"] : []),
  ].join("; ");
}

/**
 * The Content Security Policy for a page: everything from the site itself, nothing inline, no plugins, no
 * framing, forms only to the site. https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy
 */
export function contentSecurityPolicy(url: string, delivery: PolicyDelivery = "meta"): string {
  if (url.startsWith(editorPath)) return editorPolicy(delivery);
  const scripts = isSearchPage(url) || url.startsWith("/pagefind/") ? "'self' 'wasm-unsafe-eval'" : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self'",
    "img-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(delivery === "header" ? ["frame-ancestors 'none'"] : []),
  ].join("; ");
}

/** The headers every response gets, besides the Content Security Policy. */
export const commonHeaders: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // No page uses any of these browser features; nothing embedded may ask for them either.
  "Permissions-Policy": "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
  // For browsers older than frame-ancestors.
  "X-Frame-Options": "DENY",
};

/** What the headers file needs of each item of Eleventy's `collections.all` (as for the sitemap). */
export interface SitePage {
  url: string | false;
  data?: { pagination?: { hrefs?: unknown } };
}

/** "/brackenfold/" for "/brackenfold/actions/br1/", "/" for "/" and "/404.html": the rule a page falls under. */
function topLevel(path: string): string {
  const folder = /^\/[^/]+\//.exec(path);
  return folder ? folder[0] : path === "/" ? "/" : path;
}

/**
 * The `_headers` file. The common headers go on every address (`/*`). The policy goes on each top-level folder
 * and root page by a rule of its own, none overlapping: where two rules match an address, Netlify and Cloudflare
 * join the two values of a header with a comma, and for a Content Security Policy that means both policies
 * apply, so a strict one on `/*` would block search's WebAssembly whatever the search rule said. (A mistyped
 * address outside every folder, answered with 404.html, has the <meta> policy only.)
 */
export function headersFile(
  pages: readonly SitePage[],
  settings: Pick<Settings, "pathPrefix"> & Partial<Pick<Settings, "editor">>,
): string {
  const paths = pages.flatMap((page) => {
    const hrefs = page.data?.pagination?.hrefs;
    if (Array.isArray(hrefs)) return hrefs.filter((href): href is string => typeof href === "string");
    return typeof page.url === "string" ? [page.url] : [];
  });
  // The root index, the not-found page hosts serve for any missing address, the styles, logos and scripts.
  const places = new Set(["/", "/index.html", "/404.html", "/assets/", ...searchPaths, ...paths.map(topLevel)]);
  // The editor's pages are in no collection (pages/admin/), so not among the pages above.
  if (settings.editor) places.add(editorPath);
  const prefix = settings.pathPrefix.replace(/\/+$/, "");
  const rule = (place: string): string => `${prefix}${place}${place.endsWith("/") && place !== "/" ? "*" : ""}`;
  const block = (pattern: string, headers: Record<string, string>): string =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n");

  return (
    [
      "# Security headers, for hosts that read a _headers file (Netlify, Cloudflare Pages). Made by the build from\n" +
        "# lib/outputs/security-headers.ts. Each address gets one Content-Security-Policy rule: rules never overlap.",
      block(`${prefix}/*`, { ...commonHeaders }),
      ...[...places].sort().map((place) => block(rule(place), { "Content-Security-Policy": contentSecurityPolicy(place, "header") })),
    ].join("\n\n") + "\n"
  );
}

/** One block of a `_headers` file: an address pattern and the headers it adds. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Reads a `_headers` file: an address on its own line, then indented "Name: value" lines; "#" starts a comment. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: trimmed, headers: [] });
      continue;
    }
    const colon = trimmed.indexOf(":");
    const rule = rules.at(-1);
    if (colon > 0 && rule) rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a pattern matches an address: "*" matches anything (slashes too), ":name" one path segment. */
export function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a host sends for an address: those of every rule that matches it, in file order, and where two
 * rules give the same header, their values joined with ", " (as Netlify and Cloudflare Pages do).
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}
