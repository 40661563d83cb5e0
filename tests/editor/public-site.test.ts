/**
 * The editor leaves the public site as it was: a build with it and one without differ only by the editor's folder,
 * its own rule in _headers, and the site's accessibility statement, which lists the editor's own known failures;
 * so every other public page's bytes, budget, policy and checks are unchanged.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { runBuild } from "../helpers/build.ts";
import { editorVersion } from "../../lib/site/known-failures.ts";
import { contentSecurityPolicy } from "../../lib/outputs/security-headers.ts";

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();
}

const without = runBuild({ BROWSER_EDITOR: "false" });
const withEditor = runBuild({ BROWSER_EDITOR: "true" });

test("both builds succeed", () => {
  assert.is(without.status, 0, without.stderr);
  assert.is(withEditor.status, 0, withEditor.stderr);
});

test("the editor adds only its own folder, and every other file is byte for byte the same but _headers and the site's statement", () => {
  const before = files(without.outputDir);
  const after = files(withEditor.outputDir);
  assert.equal(
    after.filter((path) => !before.includes(path)).filter((path) => !path.startsWith("admin/")),
    [],
  );
  assert.equal(
    before.filter((path) => !after.includes(path)),
    [],
  );
  for (const path of [
    "admin/index.html",
    "admin/config.json",
    "admin/editor.js",
    "admin/content-files.js",
    "admin/decap/decap-cms.js",
    "admin/yaml/index.js",
  ]) {
    assert.ok(after.includes(path), path);
  }
  const changed = before.filter(
    (path) => !readFileSync(join(without.outputDir, path)).equals(readFileSync(join(withEditor.outputDir, path))),
  );
  assert.equal(changed, ["_headers", "accessibility/index.html"]);
});

test("the site's accessibility statement names the editor's known failures, with its version, only when it is served", () => {
  const statement = (dir: string) => readFileSync(join(dir, "accessibility", "index.html"), "utf8");
  assert.match(statement(withEditor.outputDir), `Decap CMS ${editorVersion}`);
  assert.not.match(statement(without.outputDir), "Decap CMS");
});

test("_headers gains the editor's rule and nothing else", () => {
  const before = readFileSync(join(without.outputDir, "_headers"), "utf8");
  const after = readFileSync(join(withEditor.outputDir, "_headers"), "utf8");
  assert.is(after.replace(`/admin/*\n  Content-Security-Policy: ${contentSecurityPolicy("/admin/", "header")}\n\n`, ""), before);
});

test("the editor's page is marked noindex, carries its own policy, and is in neither the sitemap nor search", () => {
  const page = readFileSync(join(withEditor.outputDir, "admin/index.html"), "utf8");
  assert.match(page, '<meta name="robots" content="noindex, nofollow">');
  assert.match(page, `content="${contentSecurityPolicy("/admin/").replaceAll("'", "&#39;")}"`);
  assert.not.match(readFileSync(join(withEditor.outputDir, "sitemap.xml"), "utf8"), "/admin/");
  assert.not.match(page, "data-pagefind-body");
  assert.not.match(page, /(src|href)="https?:/);
});

test.run();
