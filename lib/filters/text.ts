/** Words and the council's own text: plurals, capitals, Markdown, and titles that name the council. */
export { capitaliseFirst, lowerFirst, pluralise } from "../format/numbers.ts";
export { renderMarkdown as markdown, renderInlineMarkdown as inlineMarkdown } from "../format/markdown.ts";
export { councilsPlan, documentTitle, withCouncilName } from "../site/titles.ts";
