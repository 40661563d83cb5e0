/**
 * Markdown from officers, rendered safely. Raw HTML is escaped, not passed through (markdown-it `html: false`;
 * Eleventy's own setting is `html: true`, which is why narratives do not go through Eleventy's renderer).
 * Links are kept only for web, mail and telephone addresses and links within the site; anything else, such
 * as `javascript:` or `data:`, is shown as plain text.
 */
import MarkdownIt from "markdown-it";

const safeLink = /^(https?:|mailto:|tel:|\/|#|\.{0,2}\/?[\w-])/i;
const dangerousScheme = /^\s*[a-z][a-z0-9+.-]*:/i;

const markdownIt = new MarkdownIt({ html: false, linkify: false, typographer: false });
markdownIt.validateLink = (url: string): boolean => {
  const trimmed = url.trim();
  if (/^(https?:|mailto:|tel:)/i.test(trimmed)) return true;
  return !dangerousScheme.test(trimmed) && safeLink.test(trimmed);
};

/** Narrative headings start at level 2, under the page's one h1; a "# Heading" is moved down a level. */
markdownIt.core.ruler.push("demote-h1", (state) => {
  for (const token of state.tokens) {
    if ((token.type === "heading_open" || token.type === "heading_close") && token.tag === "h1") token.tag = "h2";
  }
  return true;
});

export function renderMarkdown(text: string | undefined): string {
  return text ? markdownIt.render(text) : "";
}

/** Inline Markdown only (emphasis and links, no paragraphs), for one-line notes. */
export function renderInlineMarkdown(text: string | undefined): string {
  return text ? markdownIt.renderInline(text) : "";
}
