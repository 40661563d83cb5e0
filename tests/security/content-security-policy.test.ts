/**
 * The strict Content Security Policy, in force: the example site built under PATH_PREFIX=/plans/, its output
 * scanned for anything inline the policy would refuse, then served on 127.0.0.1 with the headers its own
 * `_headers` file gives each address (as Netlify and Cloudflare Pages would), and every page opened in Chromium,
 * search with a query included, listening for policy violations. Then served with no headers at all (GitHub
 * Pages), where the <meta> policy alone must hold. A site of one council (tests/fixtures/one-council), whose home
 * page is a <meta http-equiv="refresh"> redirect, is checked in the same way.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import type { Browser, Page } from "playwright-core";
import { startTags } from "../../lib/checks/links.ts";
import { headersFor, parseHeadersFile } from "../../lib/outputs/security-headers.ts";
import { buildExampleSite } from "../helpers/build.ts";
import { launchBrowser, serveFolder, type ServedFolder } from "../../lib/checks/browser.ts";
import { sitePages } from "../../lib/checks/page-checks.ts";
import { realCouncilsAlone } from "../helpers/real-councils.ts";

const prefix = "/plans/";
const searchWithQuery = "search/?q=digital";
/** A word every real council's plan page has, for a search with results on each real council's site. */
const realSearchWithQuery = "search/?q=council";

/** A built site, its pages and the headers its own _headers file gives each address. */
function builtSite(name: string, env: Record<string, string>) {
  const { outputDir } = buildExampleSite({ ...env, PATH_PREFIX: prefix });
  const rules = parseHeadersFile(readFileSync(join(outputDir, "_headers"), "utf8"));
  const outputFiles = readdirSync(outputDir, { recursive: true, encoding: "utf8" })
    .map((file) => file.split(sep).join("/"))
    .filter((file) => /\.(html|svg)$/.test(file));
  return {
    name,
    outputDir,
    pages: sitePages(outputDir),
    outputFiles,
    headersAt: (sitePath: string) => headersFor(rules, `${prefix.replace(/\/$/, "")}${sitePath}`),
  };
}

const example = builtSite("the example site", {});
const oneCouncil = builtSite("a site of one council", { CONTENT_DIR: "tests/fixtures/one-council" });
/** Each real council (tests/fixtures/real/councils) alone: sites of one council with real plans' untidy shapes. */
const realAlone = realCouncilsAlone().map((council) => builtSite(`${council.name} alone`, { CONTENT_DIR: council.contentDir }));
const { outputDir, pages, headersAt } = example;

let browser: Browser;
test.before(async () => {
  browser = await launchBrowser();
});
test.after(async () => {
  await browser?.close();
});

test("no page or SVG file has an inline script, a style element, a style attribute or an event handler", () => {
  assert.ok(example.outputFiles.some((file) => file.endsWith(".svg")) && example.outputFiles.length > 80);
  assert.ok(oneCouncil.outputFiles.length > 30);
  const inline = [example, oneCouncil, ...realAlone].flatMap(({ name, outputDir, outputFiles }) =>
    outputFiles.flatMap((file) =>
      startTags(readFileSync(join(outputDir, file), "utf8")).flatMap((tag) => {
        const found: string[] = [];
        if (tag.name === "script" && !tag.attributes.has("src")) found.push("a <script> without src");
        if (tag.name === "style") found.push("a <style> element");
        if (tag.attributes.has("style")) found.push(`a style attribute on <${tag.name}>`);
        for (const name of tag.attributes.keys()) if (name.startsWith("on")) found.push(`an ${name} attribute on <${tag.name}>`);
        if ([...tag.attributes.values()].some((value) => /^\s*javascript:/i.test(value)))
          found.push(`a javascript: address on <${tag.name}>`);
        return found.map((what) => `${name}, ${file}: ${what}`);
      }),
    ),
  );
  assert.equal(inline, []);
});

test("every page gets one Content-Security-Policy from _headers, with frame-ancestors, and only search allows WebAssembly", () => {
  for (const { pages, headersAt } of [example, oneCouncil, ...realAlone])
    for (const page of pages) {
      const headers = headersAt(`/${page}`);
      const policy = headers["Content-Security-Policy"] ?? "";
      assert.ok(policy.includes("default-src 'self'"), `/${page} has no policy from _headers`);
      // Two matching rules would have joined two policies with a comma, and both would apply.
      assert.not.ok(policy.includes(","), `/${page} has two policies: ${policy}`);
      assert.ok(policy.includes("frame-ancestors 'none'"), `/${page}`);
      assert.is(policy.includes("'wasm-unsafe-eval'"), page.startsWith("search/"), `/${page}: ${policy}`);
      assert.not.ok(policy.includes("unsafe-inline"), `/${page}`);
      assert.is(headers["X-Content-Type-Options"], "nosniff", `/${page}`);
      assert.ok(headers["Referrer-Policy"] && headers["Permissions-Policy"], `/${page}`);
    }
  assert.match(headersAt("/pagefind/pagefind-worker.js")["Content-Security-Policy"] ?? "", "'wasm-unsafe-eval'");
});

/** Opens each address in turn, a few at once, and returns every violation and console error, by page. */
async function visit(
  site: ServedFolder,
  paths: readonly string[],
): Promise<{ problems: string[]; searchStatus: string; headersSeen: number }> {
  const context = await browser.newContext();
  // Added by the browser, not the page, so the policy does not apply to it.
  await context.addInitScript(`document.addEventListener("securitypolicyviolation", (event) =>
    console.error("Content Security Policy violation: " + event.violatedDirective + " refused " + (event.blockedURI || "inline") + " in " + event.sourceFile));`);
  const problems: string[] = [];
  let searchStatus = "";
  let headersSeen = 0;
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const page: Page = await context.newPage();
        page.on("console", (message) => {
          if (message.type() === "error") problems.push(`/${path}: ${message.text()}`);
        });
        page.on("pageerror", (error) => problems.push(`/${path}: ${error.message}`));
        const response = await page.goto(site.url + path);
        if (response?.headers()["content-security-policy"]) headersSeen += 1;
        if (path.startsWith("search/?q=")) {
          await page.locator("[data-search-status]").filter({ hasText: "result" }).waitFor();
          searchStatus = await page.locator("[data-search-status]").innerText();
        }
        // Bounded: under a heavily loaded machine, closing a page whose meta refresh was still under way once never
        // returned; the page is abandoned to the context's close rather than hanging the test.
        await Promise.race([page.close(), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
      }
    }),
  );
  await context.close();
  return { problems, searchStatus, headersSeen };
}

test("served with its _headers, no page reports a policy violation or console error, and search finds results", async () => {
  const site = await serveFolder(outputDir, { prefix, headers: headersAt });
  try {
    const { problems, searchStatus, headersSeen } = await visit(site, [...pages, searchWithQuery]);
    assert.equal(problems, []);
    assert.match(searchStatus, /^\d[\d,]* results? for ‘digital’/);
    assert.is(headersSeen, pages.length + 1);
  } finally {
    await site.close();
  }
});

test("a site of one council, served with its _headers and then with none, reports no violation or console error", async () => {
  for (const headers of [oneCouncil.headersAt, undefined]) {
    const site = await serveFolder(oneCouncil.outputDir, { prefix, ...(headers && { headers }) });
    try {
      const paths = headers ? [...oneCouncil.pages, searchWithQuery] : ["", "brackenfold/", "search/", searchWithQuery];
      const { problems, searchStatus, headersSeen } = await visit(site, paths);
      assert.equal(problems, []);
      assert.match(searchStatus, /^\d[\d,]* results? for ‘digital’/);
      assert.is(headersSeen, headers ? paths.length : 0);
    } finally {
      await site.close();
    }
  }
});

test("each real council's site alone, served with its _headers, reports no violation or console error", async () => {
  for (const { name, outputDir, pages, headersAt } of realAlone) {
    const site = await serveFolder(outputDir, { prefix, headers: headersAt });
    try {
      const { problems, searchStatus, headersSeen } = await visit(site, [...pages, realSearchWithQuery]);
      assert.equal(problems, [], name);
      assert.match(searchStatus, /^\d[\d,]* results? for ‘council’/, name);
      assert.is(headersSeen, pages.length + 1, name);
    } finally {
      await site.close();
    }
  }
});

test("served with no headers at all (GitHub Pages), the <meta> policy alone lets search work", async () => {
  const site = await serveFolder(outputDir, { prefix });
  try {
    const { problems, searchStatus, headersSeen } = await visit(site, ["", "brackenfold/", "search/", searchWithQuery]);
    assert.equal(problems, []);
    assert.match(searchStatus, /^\d[\d,]* results? for ‘digital’/);
    assert.is(headersSeen, 0);
  } finally {
    await site.close();
  }
});

test("the policy is in force: a style or script added inline is refused and reported, by the header and by the <meta>", async () => {
  for (const headers of [headersAt, undefined]) {
    const site = await serveFolder(outputDir, { prefix, ...(headers && { headers }) });
    const page = await browser.newPage();
    const violations: string[] = [];
    await page.exposeFunction("reportViolation", (directive: string) => violations.push(directive));
    await page.addInitScript(`document.addEventListener("securitypolicyviolation", (event) => reportViolation(event.effectiveDirective));`);
    await page.goto(`${site.url}brackenfold/`);
    await page.addStyleTag({ content: "body { background: red; }" }).catch(() => undefined);
    await page.addScriptTag({ content: "document.title = 'changed';" }).catch(() => undefined);
    // The violation events are queued; wait for them, up to 5 seconds on a busy machine (waitForFunction would
    // need eval, which the policy refuses too).
    for (
      let waited = 0;
      waited < 5000 && !(violations.includes("style-src-elem") && violations.includes("script-src-elem"));
      waited += 50
    ) {
      await page.waitForTimeout(50);
    }
    assert.ok(violations.includes("style-src-elem"), `style not refused (${headers ? "header" : "meta"}): ${violations.join(", ")}`);
    assert.ok(violations.includes("script-src-elem"), `script not refused (${headers ? "header" : "meta"}): ${violations.join(", ")}`);
    assert.is.not(await page.title(), "changed");
    await page.close();
    await site.close();
  }
});

test.run();
