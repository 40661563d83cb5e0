/**
 * The editor's files in a built site (/admin/): its configuration, generated from the schema and the content as
 * it is built, and the module that reads and writes content files, compiled from lib/editor/front-matter.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import ts from "typescript";
import { load } from "js-yaml";
import { loadContent } from "../load/content.ts";
import { hasErrors } from "../errors.ts";
import type { LoadedCouncil } from "../load/loaded.ts";
import { scaffoldUpdate } from "../scaffold/update.ts";
import type { Settings } from "../settings.ts";
import { editorConfiguration, type EditorConfiguration } from "./config.ts";

/** The folder holding `.git` above `dir` (a worktree's `.git` is a file), else `dir` itself. */
export function repositoryRoot(dir: string): string {
  for (let folder = dir; ; folder = dirname(folder)) {
    if (existsSync(join(folder, ".git"))) return folder;
    if (dirname(folder) === folder) return dir;
  }
}

/** A council's next report, as `npm run new -- update` writes it, as values: what a new report in the editor starts with. */
export function nextReportValues(council: LoadedCouncil, today: string): { data: Record<string, unknown>; body: string } | undefined {
  const scaffolded = scaffoldUpdate(council, { today });
  if ("problem" in scaffolded) return undefined;
  const text = scaffolded.files[0]?.text ?? "";
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) return undefined;
  const data = load(match[1] ?? "");
  return { data: data !== null && typeof data === "object" ? (data as Record<string, unknown>) : {}, body: match[2] ?? "" };
}

export function editorSiteConfiguration(settings: Settings): EditorConfiguration | undefined {
  if (!settings.editor) return undefined;
  const content = loadContent(settings.contentDir);
  // A content mistake is printed by the build, once; the editor is left as it was until it is fixed (npm start).
  if (hasErrors(content.errors)) return undefined;
  const contentPath = relative(repositoryRoot(settings.contentDir), settings.contentDir).split(sep).join("/") || ".";
  return editorConfiguration(content.councils, {
    contentPath,
    repo: settings.editor.repo,
    branch: settings.editor.branch,
    ...(settings.editor.authUrl ? { authUrl: settings.editor.authUrl } : {}),
    siteUrl: `${settings.siteUrl}${settings.pathPrefix}`,
    nextReports: Object.fromEntries(content.councils.map((council) => [council.slug, nextReportValues(council, settings.asOf)])),
  });
}

/** What the editor's pages are made from, or undefined when the editor is off. */
export function editorSiteFiles(settings: Settings): { configuration: EditorConfiguration; contentFilesModule: string } | undefined {
  const configuration = editorSiteConfiguration(settings);
  return configuration ? { configuration, contentFilesModule: frontMatterModule() } : undefined;
}

/**
 * The files copied into /admin/ as they are: our page script, Decap CMS's bundle with the parts it loads when
 * needed (its source maps left out), and the `yaml` package's browser build.
 */
export function editorCopies(): Record<string, string> {
  return {
    "pages/admin/editor.js": "admin/editor.js",
    "node_modules/decap-cms/dist/decap-cms.js": "admin/decap/decap-cms.js",
    "node_modules/decap-cms/dist/*.decap-cms.js": "admin/decap",
    "node_modules/yaml/browser/dist": "admin/yaml",
  };
}

/** lib/editor/front-matter.ts as a browser module: the types taken out, nothing else changed. */
export function frontMatterModule(): string {
  const source = readFileSync(new URL("./front-matter.ts", import.meta.url), "utf8");
  return ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
}
