/**
 * Loading a whole content folder: every file read, parsed and checked against its schema, then the council's
 * files checked against each other. Every mistake is collected; nothing is thrown for content.
 */
import { basename, join } from "node:path";
import { existsSync } from "node:fs";
import type { ActionFile, CouncilFile, PlanFile, UpdateFile } from "../schema/index.ts";
import type { LoadedContent, LoadedCouncil, LoadedUpdate, Located } from "./loaded.ts";
import { emptyGroups } from "../schema/update.ts";
import { checkShape } from "../validate/shape.ts";
import { checkCouncil, type RejectedReport } from "../validate/council.ts";
import { checkWarnings } from "../validate/warnings.ts";
import { contentError, fieldName, sortContentErrors, type ContentError } from "../errors.ts";
import { discoverContent, displayPath, type CouncilFiles } from "./discover.ts";
import { checkLogo } from "./logo.ts";
import { parseMarkdownWithFrontMatter } from "./front-matter.ts";
import { readContentText } from "./text.ts";
import { parseYaml, type SourceMap } from "./yaml.ts";

/** Every council's files, or only those of `only` (a part of a build that another process has validated whole). */
export function loadContent(contentDir: string, only?: ReadonlySet<string>): LoadedContent {
  const discovered = discoverContent(contentDir);
  const errors = [...discovered.errors];
  const councils: LoadedCouncil[] = [];
  for (const files of discovered.councils) {
    if (only && !only.has(files.slug)) continue;
    const council = loadCouncil(files, errors);
    if (council) councils.push(council);
  }
  return { councils, errors: sortContentErrors(errors) };
}

function loadCouncil(files: CouncilFiles, errors: ContentError[]): LoadedCouncil | undefined {
  const council = files.council && loadYamlFile<CouncilFile>(files.council, "council", errors);
  const plan = files.plan && loadYamlFile<PlanFile>(files.plan, "plan", errors);
  const actions = files.actions.map((path) => loadYamlFile<ActionFile>(path, "action", errors));
  const rejectedReports: RejectedReport[] = [];
  const updates = files.updates.map((path) => loadUpdateFile(path, errors, rejectedReports));
  if (!council || !plan) return undefined;

  const loaded: LoadedCouncil = {
    slug: files.slug,
    folder: files.folder,
    council,
    plan,
    actions: actions.filter((action) => action !== undefined),
    updates: updates.filter((update) => update !== undefined),
  };
  const logo = council.data.brand?.logo;
  if (logo) {
    const logoFile = join(files.folder, logo);
    if (existsSync(logoFile)) {
      const logoErrors = checkLogo(logoFile, files.folder);
      if (logoErrors.length === 0) loaded.logoFile = logoFile;
      errors.push(...logoErrors);
    } else {
      errors.push(
        contentError({
          file: council.file,
          ...council.sourceMap.valueAt("/brand/logo"),
          field: fieldName("/brand/logo"),
          message: `"${logo}" is not in the council's folder`,
          hint: `put the logo file beside council.yaml, in ${displayPath(files.folder)}`,
        }),
      );
    }
  }
  // Cross-file checks run on the files that did load, so every mistake shows at once; while an action file fails,
  // references to its milestones, measures and id would be knock-on mistakes, so those checks wait for it.
  errors.push(...checkCouncil(loaded, { references: actions.every(Boolean), rejectedReports }));
  errors.push(...checkWarnings(loaded));
  return loaded;
}

/**
 * Reads one content file, parses it with `parse` and checks the value `parse` found against the schema for `kind`.
 * Every mistake goes into `errors`; only a file that passes all three comes back, with what was parsed.
 */
function readParsedFile<Parsed extends { sourceMap: SourceMap }>(
  path: string,
  kind: "council" | "plan" | "action" | "update",
  parse: (text: string, file: string) => Parsed | { errors: ContentError[] },
  valueOf: (parsed: Parsed) => unknown,
  errors: ContentError[],
  onShapeErrors?: (file: string, parsed: Parsed) => void,
): { file: string; parsed: Parsed } | undefined {
  const file = displayPath(path);
  const source = readContentText(path, file);
  if ("message" in source) {
    errors.push(source);
    return undefined;
  }
  const parsed = parse(source.text, file);
  if ("errors" in parsed) {
    errors.push(...parsed.errors);
    return undefined;
  }
  const shapeErrors = checkShape(kind, valueOf(parsed), file, parsed.sourceMap);
  if (shapeErrors.length > 0) {
    errors.push(...shapeErrors);
    onShapeErrors?.(file, parsed);
    return undefined;
  }
  return { file, parsed };
}

function loadYamlFile<T>(path: string, kind: "council" | "plan" | "action", errors: ContentError[]): Located<T> | undefined {
  const read = readParsedFile(path, kind, parseYaml, (parsed) => parsed.value, errors);
  return read && { file: read.file, data: read.parsed.value as T, sourceMap: read.parsed.sourceMap };
}

function loadUpdateFile(path: string, errors: ContentError[], rejected: RejectedReport[]): LoadedUpdate | undefined {
  const read = readParsedFile(
    path,
    "update",
    parseMarkdownWithFrontMatter,
    (parsed) => parsed.frontMatter,
    errors,
    // A report whose front matter is wrong still says which milestones it meant, for the checks across files.
    (file, parsed) => rejected.push({ file, frontMatter: parsed.frontMatter, sourceMap: parsed.sourceMap }),
  );
  if (!read) return undefined;
  const { file, parsed } = read;
  // A group heading with nothing under it ("measures:" above lines still commented out) is the same as none.
  const frontMatter = parsed.frontMatter as Record<string, unknown>;
  for (const group of emptyGroups) if (frontMatter[group] === null) delete frontMatter[group];
  return {
    file,
    slug: basename(path, ".md").toLowerCase(),
    data: frontMatter as UpdateFile,
    sourceMap: parsed.sourceMap,
    narrative: parsed.body,
    narrativeLine: parsed.bodyLine,
  };
}
