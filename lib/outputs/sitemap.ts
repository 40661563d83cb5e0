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
  data?: { pagination?: { hrefs?: unknown }; redirect?: unknown };
}

/** Absolute URLs of the HTML pages, in address order, each once. Feeds, data files and styles are not pages. */
export function sitemapUrls(pages: readonly SitemapPage[], settings: UrlSettings): string[] {
  const paths = pages.flatMap((page) => {
    if (typeof page.url !== "string" || typeof page.outputPath !== "string" || !page.outputPath.endsWith(".html")) return [];
    // A page that only sends the reader on (the home page of a site of one council) is not one to list.
    if (page.data?.redirect) return [];
    const hrefs = page.data?.pagination?.hrefs;
    return Array.isArray(hrefs) ? hrefs.filter((href): href is string => typeof href === "string") : [page.url];
  });
  return [...new Set(paths)].sort().map((path) => absoluteUrl(path, settings));
}

/** Every crawler may read every page; the sitemap's absolute address. */
export function robotsTxt(settings: UrlSettings): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapUrl(), settings)}\n`;
}
