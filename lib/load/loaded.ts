/**
 * Content as loaded: each council's files, parsed and past their schemas, with where each value came from. Its own
 * module so that the checks (lib/validate) and the loader (content.ts, which runs them) both use it without
 * importing each other.
 */
import type { ActionFile, CouncilFile, PlanFile, UpdateFile } from "../schema/index.ts";
import type { ContentError } from "../errors.ts";
import type { SourceMap } from "./yaml.ts";

/** A content file that passed its schema, with where each of its values came from. */
export interface Located<T> {
  file: string;
  data: T;
  sourceMap: SourceMap;
}

export interface LoadedUpdate extends Located<UpdateFile> {
  /** The file's name without ".md": the report's web address within the council. */
  slug: string;
  /** The narrative: the Markdown after the front matter. */
  narrative: string;
  narrativeLine: number;
}

export interface LoadedCouncil {
  slug: string;
  folder: string;
  council: Located<CouncilFile>;
  plan: Located<PlanFile>;
  actions: Located<ActionFile>[];
  /** In file-name order; the model puts them in the order of the periods they cover. */
  updates: LoadedUpdate[];
  /** Absolute path of the logo file, when there is one. */
  logoFile?: string;
}

export interface LoadedContent {
  councils: LoadedCouncil[];
  errors: ContentError[];
}
