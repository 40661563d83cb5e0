/**
 * The search index: Pagefind reads the built HTML (only the parts marked data-pagefind-body, which the base
 * layout puts on plan, theme, action and update pages) and writes its index to /pagefind/ in the same folder.
 * Every step returns an `errors` array rather than throwing; any error fails the build.
 * https://pagefind.app/docs/node-api/
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as pagefind from "pagefind";

export interface SearchIndexResult {
  /** How many HTML files Pagefind read. */
  filesRead: number;
  /** How many of them went into the index: those marked data-pagefind-body. */
  pages: number;
  /** Where the index was written: <site>/pagefind. */
  outputPath: string;
}

export class SearchIndexError extends Error {
  constructor(step: string, errors: readonly string[]) {
    super(`The search index could not be built (${step}):\n${errors.map((error) => `  ${error}`).join("\n")}`);
    this.name = "SearchIndexError";
  }
}

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(step, errors);
}

/** The number of pages in the written index, from the entry file the browser reads first. */
function indexedPages(outputPath: string): number {
  const entry = JSON.parse(readFileSync(join(outputPath, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

export async function buildSearchIndex(siteFolder: string): Promise<SearchIndexResult> {
  try {
    // The pages say lang="en-GB"; one English index keeps the download small and stemming English.
    const created = await pagefind.createIndex({ forceLanguage: "en" });
    check("createIndex", created.errors);
    if (!created.index) throw new SearchIndexError("createIndex", ["Pagefind returned no index"]);
    const { index } = created;

    const added = await index.addDirectory({ path: siteFolder });
    check("addDirectory", added.errors);
    if (added.page_count === 0) throw new SearchIndexError("addDirectory", [`no pages to index in ${siteFolder}`]);

    const outputPath = join(siteFolder, "pagefind");
    const written = await index.writeFiles({ outputPath });
    check("writeFiles", written.errors);
    return { filesRead: added.page_count, pages: indexedPages(outputPath), outputPath };
  } finally {
    // Stops Pagefind's background process, so that the build can exit.
    await pagefind.close();
  }
}
