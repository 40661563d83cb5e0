import { test } from "uvu";
import * as assert from "uvu/assert";
import { contentSecurityPolicy, headersFile, headersFor, parseHeadersFile, patternMatches } from "../../lib/outputs/security-headers.ts";

const collection = [
  { url: "/" },
  { url: "/a-to-z/" },
  { url: "/search/" },
  { url: "/brackenfold/", data: { pagination: { hrefs: ["/brackenfold/", "/kestrelmouth/"] } } },
  { url: "/brackenfold/actions/br1/", data: { pagination: { hrefs: ["/brackenfold/actions/br1/", "/kestrelmouth/actions/km1/"] } } },
  { url: false as const },
];

test("the policy allows only the site's own files, and nothing inline", () => {
  assert.is(
    contentSecurityPolicy("/brackenfold/", "header"),
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  );
});

test("only the search page and Pagefind's files may compile WebAssembly", () => {
  assert.match(contentSecurityPolicy("/search/"), "script-src 'self' 'wasm-unsafe-eval';");
  assert.match(contentSecurityPolicy("/pagefind/pagefind-worker.js"), "'wasm-unsafe-eval'");
  assert.not.match(contentSecurityPolicy("/brackenfold/"), "wasm");
  assert.not.match(contentSecurityPolicy("/"), "wasm");
});

test("the editor's pages have their own policy, and it is given only to them", () => {
  const editorPolicy = contentSecurityPolicy("/admin/", "header");
  assert.match(editorPolicy, "script-src 'self' 'unsafe-eval';");
  assert.match(editorPolicy, "connect-src 'self' https://api.github.com;");
  assert.not.match(editorPolicy, /https?:\/\/(?!api\.github\.com)/);
  const withEditor = parseHeadersFile(headersFile(collection, { pathPrefix: "/", editor: { repo: "council/plans", branch: "main" } }));
  const without = parseHeadersFile(headersFile(collection, { pathPrefix: "/", editor: false }));
  assert.is(headersFor(withEditor, "/admin/")["Content-Security-Policy"], editorPolicy);
  assert.is(headersFor(without, "/admin/")["Content-Security-Policy"], undefined);
  for (const path of ["/", "/search/", "/brackenfold/", "/a-to-z/", "/assets/main.css"]) {
    assert.equal(headersFor(withEditor, path), headersFor(without, path), path);
  }
});

test("the <meta> policy leaves out frame-ancestors, which browsers ignore there", () => {
  assert.not.match(contentSecurityPolicy("/", "meta"), "frame-ancestors");
  assert.match(contentSecurityPolicy("/", "header"), "frame-ancestors 'none'");
});

test("the _headers file sends nosniff, a referrer policy, a permissions policy and no-framing to every address", () => {
  const rules = parseHeadersFile(headersFile(collection, { pathPrefix: "/" }));
  for (const path of ["/", "/brackenfold/", "/assets/main.css", "/feed.xml"]) {
    const headers = headersFor(rules, path);
    assert.is(headers["X-Content-Type-Options"], "nosniff", path);
    assert.is(headers["Referrer-Policy"], "strict-origin-when-cross-origin", path);
    assert.match(headers["Permissions-Policy"] ?? "", "camera=()", path);
    assert.is(headers["X-Frame-Options"], "DENY", path);
  }
});

test("each page gets exactly one policy, so search's is not joined to the strict one", () => {
  const rules = parseHeadersFile(headersFile(collection, { pathPrefix: "/" }));
  const policy = (path: string) => headersFor(rules, path)["Content-Security-Policy"];
  assert.is(policy("/search/"), contentSecurityPolicy("/search/", "header"));
  assert.is(policy("/pagefind/pagefind-worker.js"), contentSecurityPolicy("/pagefind/", "header"));
  for (const path of [
    "/",
    "/index.html",
    "/404.html",
    "/a-to-z/",
    "/brackenfold/",
    "/kestrelmouth/actions/km1/",
    "/assets/logos/brackenfold.svg",
  ]) {
    assert.is(policy(path), contentSecurityPolicy(path, "header"), path);
  }
});

test("under a path prefix every rule carries it", () => {
  const text = headersFile(collection, { pathPrefix: "/plans/" });
  const patterns = parseHeadersFile(text).map((rule) => rule.pattern);
  assert.ok(
    patterns.every((pattern) => pattern.startsWith("/plans/")),
    patterns.join(" "),
  );
  assert.ok(patterns.includes("/plans/search/*") && patterns.includes("/plans/kestrelmouth/*") && patterns.includes("/plans/"));
  const rules = parseHeadersFile(text);
  assert.match(headersFor(rules, "/plans/search/")["Content-Security-Policy"] ?? "", "'wasm-unsafe-eval'");
  assert.is(headersFor(rules, "/search/")["Content-Security-Policy"], undefined);
});

test("a host joins the values of a header two matching rules give, as Netlify and Cloudflare Pages do", () => {
  const rules = parseHeadersFile(
    "# comment\n/*\n  X-Robots-Tag: nosnippet\n\n/static/*\n  X-Robots-Tag: noindex\n  Cache-Control: max-age=60\n",
  );
  assert.equal(headersFor(rules, "/static/a.css"), { "X-Robots-Tag": "nosnippet, noindex", "Cache-Control": "max-age=60" });
  assert.equal(headersFor(rules, "/page/"), { "X-Robots-Tag": "nosnippet" });
});

test("a splat matches anything, slashes too, and a placeholder one segment", () => {
  assert.ok(patternMatches("/plans/*", "/plans/brackenfold/actions/br1/"));
  assert.ok(patternMatches("/:council/feed.xml", "/brackenfold/feed.xml"));
  assert.not.ok(patternMatches("/:council/feed.xml", "/a/b/feed.xml"));
  assert.not.ok(patternMatches("/", "/brackenfold/"));
  assert.not.ok(patternMatches("/a.b", "/axb"));
});

test.run();
