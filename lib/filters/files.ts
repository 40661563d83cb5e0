/** Files that are not pages, as text: the sitemap, robots.txt, security headers, the open data's schema. */
export { openDataSchemaJson } from "../outputs/open-data.ts";
export { robotsTxt, sitemapXml } from "../outputs/sitemap.ts";
export { contentSecurityPolicy, headersFile } from "../outputs/security-headers.ts";
