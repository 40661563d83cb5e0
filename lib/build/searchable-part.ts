/**
 * The part of a built page that Pagefind reads: its language and the <main> element marked
 * data-pagefind-body, less the status tables marked data-pagefind-ignore. Pagefind indexes only that
 * element and skips the ignored tables anyway, so handing it this part builds the same index (checked on the
 * 317-council tree: byte-identical) from under half the HTML (211 to 93 MB there).
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
  return `<!DOCTYPE html><html lang="${language}"><head></head><body>${withoutIgnoredSections(html.slice(start, end + "</main>".length))}</body></html>`;
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
