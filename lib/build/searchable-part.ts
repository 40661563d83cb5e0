/**
 * The part of a built page that Pagefind reads: its language and the <main> element marked
 * data-pagefind-body, less the status tables marked data-pagefind-ignore. Pagefind indexes only that
 * element and skips the ignored tables anyway, so handing it this part builds the same index (checked on the
 * 317-council tree: byte-identical) from under half the HTML (211 to 93 MB there). The differences are on
 * purpose: block elements and table cells are set apart by spaces, and a term from its value by ": "; and charts
 * (inline SVG) are left out, as their words only repeat the figures in the table or text beside them, and a page
 * that says "£9.5 million" once in its prose would otherwise rank below one whose chart repeats it.
 */

/** A page whose <main> is marked is indexed; Pagefind drops every other page once any page is marked. */
export function isSearchable(html: string): boolean {
  return html.includes("data-pagefind-body");
}

export function searchablePart(html: string): string {
  const start = html.indexOf("<main");
  const end = html.indexOf("</main>", start);
  const language = /<html[^>]*\blang="([^"]+)"/.exec(html.slice(0, 500))?.[1];
  // Anything unexpected: hand over the whole page, which Pagefind reads the same way.
  if (start < 0 || end < 0 || !language) return html;
  const main = withoutCharts(withoutIgnoredSections(html.slice(start, end + "</main>".length)));
  return `<!DOCTYPE html><html lang="${language}"><head></head><body>${withWordBreaks(main)}</body></html>`;
}

/**
 * Block elements and table cells whose tags stand next to each other: Pagefind reads the text of the page as it
 * is written, so "<dt>Owner</dt><dd>Head of Waste</dd>" would be indexed, and shown in excerpts, as "OwnerHead of
 * Waste", and a table's header row as "yearPlannedDelivered". A browser sets them apart by their layout instead.
 */
const blockTag =
  /<\/?(?:address|article|aside|blockquote|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)\b[^>]*>(?=([^<\s])?)/g;

/**
 * The searchable part with a space before every block and cell element, and after an end tag that text follows
 * at once,
 * and ": " after each term of a description list, so that "Owner: Head of Waste" is indexed as a reader would say
 * it. Only the copy handed to Pagefind changes; on the page, the layout sets a term apart from its value. No space
 * goes before an end tag: Pagefind ends a block with a full stop only when its text ends in neither punctuation nor
 * a space.
 */
function withWordBreaks(main: string): string {
  return main.replace(blockTag, (tag: string, textFollows: string | undefined) => {
    if (tag === "</dt>") return "</dt>: ";
    if (!tag.startsWith("</")) return ` ${tag}`;
    return textFollows === undefined ? tag : `${tag} `;
  });
}

/** Drops each <section ... data-pagefind-ignore> that holds no other section, so that it ends at the first </section>. */
function withoutIgnoredSections(main: string): string {
  const marker = " data-pagefind-ignore>";
  let kept = "";
  let from = 0;
  for (let at = main.indexOf(marker); at >= 0; at = main.indexOf(marker, at + marker.length)) {
    const open = main.lastIndexOf("<section", at);
    const close = main.indexOf("</section>", at);
    const isSectionTag = open >= from && !main.slice(open, at).includes(">");
    if (!isSectionTag || close < 0 || main.slice(at, close).includes("<section")) continue;
    kept += main.slice(from, open);
    from = close + "</section>".length;
    at = from - marker.length;
  }
  return kept + main.slice(from);
}

/** Drops every inline <svg>...</svg>: a chart's title and description repeat the figures shown beside it. */
function withoutCharts(main: string): string {
  return main.replace(/<svg\b[\s\S]*?<\/svg>/g, "");
}
