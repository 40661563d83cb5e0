/**
 * sitemap.xml and robots.txt. The sitemap lists every HTML page Eleventy writes, as absolute URLs
 * (https://www.sitemaps.org/protocol.html); robots.txt names it (https://www.rfc-editor.org/rfc/rfc9309).
 */
import { absoluteUrl, sitemapUrl, type UrlSettings } from "./urls.ts";

/**
 * What the sitemap needs of each item of Eleventy's `collections.all`. A paginated template is in the
 * collection once, as its first page; `pagination.hrefs` holds the address of every one of its pages.
 * https://www.11ty.dev/docs/pagination/#paging-an-array
 */
export interface SitemapPage {
  url: string | false;
  outputPath: string | false;
  /** `view` is the page's record (lib/site/pages.ts), of the first page of a paginated template. */
  data?: { pagination?: { hrefs?: unknown }; view?: { redirect?: unknown } };
}

/** Absolute URLs of the HTML pages, in address order, each once. Feeds, data files and styles are not pages. */
export function sitemapUrls(pages: readonly SitemapPage[], settings: UrlSettings): string[] {
  const paths = pages.flatMap((page) => {
    if (typeof page.url !== "string" || typeof page.outputPath !== "string" || !page.outputPath.endsWith(".html")) return [];
    // A page that only sends the reader on (the home page of a site of one council) is not one to list.
    if (page.data?.view?.redirect) return [];
    const hrefs = page.data?.pagination?.hrefs;
    return Array.isArray(hrefs) ? hrefs.filter((href): href is string => typeof href === "string") : [page.url];
  });
  return [...new Set(paths)].sort().map((path) => absoluteUrl(path, settings));
}

const xmlEscapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** sitemap.xml itself: every HTML page's absolute URL, one to a line. */
export function sitemapXml(pages: readonly SitemapPage[], settings: UrlSettings): string {
  const urls = sitemapUrls(pages, settings).map(
    (url) => `\n  <url><loc>${url.replace(/[&<>"']/g, (character) => xmlEscapes[character]!)}</loc></url>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join("")}\n</urlset>\n`;
}

/** Every crawler may read every page; the sitemap's absolute address. */
export function robotsTxt(settings: UrlSettings): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapUrl(), settings)}\n`;
}
