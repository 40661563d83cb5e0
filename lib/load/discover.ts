/**
 * Finding the content files: one folder per council under <content>/councils/<slug>/, holding council.yaml,
 * plan.yaml, actions/*.yaml and updates/*.md. Nothing outside the content folder is read, even through a link.
 */
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { contentError, type ContentError } from "../errors.ts";

/** Paths the site itself uses at the top level; a council folder with one of these names would collide. */
export const reservedSlugs = [
  "assets",
  "search",
  "compare",
  "a-to-z",
  "data",
  "feeds",
  "feed",
  "schema",
  "pagefind",
  "accessibility",
  "about",
  "404",
  "sitemap",
  "robots",
  "councils",
] as const;

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface CouncilFiles {
  slug: string;
  folder: string;
  /** Undefined when the file is missing or unreadable; an error says so. */
  council: string | undefined;
  plan: string | undefined;
  actions: string[];
  updates: string[];
}

export interface DiscoveredContent {
  councils: CouncilFiles[];
  errors: ContentError[];
}

/** A path as it is best shown to the person running the command: relative to where they are, when inside it. */
export function displayPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith("..") ? path : fromHere.split(sep).join("/");
}

export function discoverContent(contentDir: string): DiscoveredContent {
  const errors: ContentError[] = [];
  const councilsDir = join(contentDir, "councils");
  if (!existsSync(councilsDir)) {
    errors.push(
      contentError({
        file: displayPath(councilsDir),
        field: "",
        message: "does not exist",
        hint: "content lives in <content folder>/councils/<council>/; set CONTENT_DIR to the content folder",
      }),
    );
    return { councils: [], errors };
  }
  const root = realpathSync.native(contentDir);
  const councils: CouncilFiles[] = [];
  // A link that leads outside the content folder could publish any file on the build machine.
  // The native realpath: Node's own makes a system call for every folder on the way, for every file.
  const insideContent = (path: string): boolean => {
    let target: string;
    try {
      target = realpathSync.native(path);
    } catch {
      errors.push(contentError({ file: displayPath(path), field: "", message: "is a link to nothing", hint: "remove the link" }));
      return false;
    }
    if (target.startsWith(root + sep)) return true;
    errors.push(
      contentError({
        file: displayPath(path),
        field: "",
        message: "is a link to a file outside the content folder",
        hint: "copy the file into the content folder instead of linking to it",
      }),
    );
    return false;
  };

  for (const slug of sortedEntries(councilsDir)) {
    const folder = join(councilsDir, slug);
    let isFolder: boolean;
    try {
      isFolder = statSync(folder).isDirectory();
    } catch {
      errors.push(contentError({ file: displayPath(folder), field: "", message: "is a link to nothing", hint: "remove the link" }));
      continue;
    }
    if (!isFolder) continue;
    if (!insideContent(folder)) continue;
    if (!slugPattern.test(slug)) {
      errors.push(
        contentError({
          file: displayPath(folder),
          field: "",
          message: `"${slug}" cannot be a council folder name`,
          hint: 'use lowercase letters, digits and hyphens only, for example "north-brackenfold"; it becomes the web address',
        }),
      );
      continue;
    }
    if ((reservedSlugs as readonly string[]).includes(slug)) {
      errors.push(
        contentError({
          file: displayPath(folder),
          field: "",
          message: `"${slug}" is a name the site itself uses`,
          hint: `choose another folder name; these are taken: ${reservedSlugs.join(", ")}`,
        }),
      );
      continue;
    }
    const required = (name: string): string | undefined => {
      const path = join(folder, name);
      if (!existsSync(path)) {
        errors.push(
          contentError({ file: displayPath(path), field: "", message: "is missing", hint: `every council folder needs ${name}` }),
        );
        return undefined;
      }
      return insideContent(path) ? path : undefined;
    };
    const listed = (subfolder: string, extension: string, what: string): string[] => {
      const dir = join(folder, subfolder);
      if (!existsSync(dir)) return [];
      const files: string[] = [];
      for (const name of sortedEntries(dir)) {
        const path = join(dir, name);
        if (name.startsWith(".")) continue;
        if (!name.endsWith(extension)) {
          errors.push(
            contentError({
              file: displayPath(path),
              field: "",
              message: `is not ${what}`,
              hint: `files in ${subfolder}/ must end in ${extension}`,
              severity: name.endsWith(".yml") || name.endsWith(".markdown") ? "error" : "warning",
            }),
          );
          continue;
        }
        // A report's file name is its web address, so it is held to the same rule as a council's folder name.
        if (subfolder === "updates" && !slugPattern.test(name.slice(0, -extension.length))) {
          errors.push(
            contentError({
              file: displayPath(path),
              field: "",
              message: `"${name}" cannot be a report's file name`,
              hint: 'use lowercase letters, digits and hyphens only, for example "2024-25-q2.md"; it becomes the web address',
            }),
          );
          continue;
        }
        if (insideContent(path)) files.push(path);
      }
      return files;
    };
    councils.push({
      slug,
      folder,
      council: required("council.yaml"),
      plan: required("plan.yaml"),
      actions: listed("actions", ".yaml", "an action file"),
      updates: listed("updates", ".md", "an update file"),
    });
  }

  return { councils, errors };
}

function sortedEntries(dir: string): string[] {
  return readdirSync(dir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
