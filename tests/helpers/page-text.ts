/**
 * The words of some built HTML as a reader takes them in, for tests to match against: tags dropped (each a space,
 * visually hidden text kept), the character references the pages use read, spaces closed up, and no space left
 * before a comma, full stop, colon, semicolon or closing bracket that a tag boundary put there.
 */
export function pageText(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .replace(/ ([,.:;)])/g, "$1")
    .trim();
}
