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
  // markdown-it hands over the address percent-encoded; a browser ignores tabs, newlines and control characters
  // in it, so "java%09script:" would be "javascript:" to some readers. Judge the address as a browser would.
  const plain = decodeAddress(url).replace(/[\u0000-\u0020\u007f]/g, "");
  if (/^(https?:|mailto:|tel:)/i.test(plain)) return true;
  return !dangerousScheme.test(plain) && safeLink.test(plain);
};

function decodeAddress(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/**
 * An image would be a request to another site, and the site makes none (README: "Raw HTML in Markdown"); an
 * image is shown as a link to it instead, named by its description, or as the description alone inside a link.
 */
markdownIt.renderer.rules.image = (tokens, index, options, env, self) => {
  const token = tokens[index];
  const description = markdownIt.utils.escapeHtml(self.renderInlineAsText(token?.children ?? [], options, env) || "image");
  const insideLink =
    tokens
      .slice(0, index)
      .reduce((depth, earlier) => depth + (earlier.type === "link_open" ? 1 : earlier.type === "link_close" ? -1 : 0), 0) > 0;
  return insideLink ? description : `<a href="${markdownIt.utils.escapeHtml(String(token?.attrGet("src") ?? ""))}">${description}</a>`;
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
