/**
 * The benchmark's baseline: plain Eleventy rendering the same number of plain Markdown pages through one
 * layout, then Pagefind indexing them. It shows what the plan model, its checks and its richer pages cost on top.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const layout = `<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main data-pagefind-body><h1>{{ title }}</h1>{{ content | safe }}</main></body>
</html>
`;

/** Writes `pages` Markdown files of about `words` words each, and the one layout, under `folder`. */
export function writeBaselineSource(folder: string, pages: number, words: number): void {
  mkdirSync(join(folder, "_includes"), { recursive: true });
  writeFileSync(join(folder, "_includes", "page.njk"), layout);
  const sentence = "The council continued work on the programme this quarter and reported progress to the scrutiny committee.";
  const sentenceWords = sentence.split(" ").length;
  for (let page = 0; page < pages; page += 1) {
    const folderName = join(folder, "pages", String(Math.floor(page / 1000)));
    if (page % 1000 === 0) mkdirSync(folderName, { recursive: true });
    const paragraphs = Array.from({ length: Math.ceil(words / sentenceWords / 4) }, (_, index) =>
      `${sentence} Page ${page}, part ${index}. `.repeat(4),
    );
    writeFileSync(join(folderName, `page-${page}.md`), `---\nlayout: page.njk\ntitle: Page ${page}\n---\n\n${paragraphs.join("\n\n")}\n`);
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
