import { test } from "uvu";
import * as assert from "uvu/assert";
import { robotsTxt, sitemapUrls, sitemapXml } from "../../lib/outputs/sitemap.ts";

const settings = { siteUrl: "https://example.github.io", pathPrefix: "/plans/" };

test("the sitemap lists every HTML page, each page of a paginated template included, once and in order", () => {
  const pages = [
    { url: "/", outputPath: "_site/index.html" },
    { url: "/brackenfold/", outputPath: "_site/brackenfold/index.html", data: { pagination: { hrefs: ["/brackenfold/", "/fernshire/"] } } },
    { url: "/data/", outputPath: "_site/data/index.html" },
    { url: "/brackenfold/", outputPath: "_site/brackenfold/index.html" },
  ];
  assert.equal(sitemapUrls(pages, settings), [
    "https://example.github.io/plans/",
    "https://example.github.io/plans/brackenfold/",
    "https://example.github.io/plans/data/",
    "https://example.github.io/plans/fernshire/",
  ]);
});

test("feeds, data files, styles and pages not written are not in the sitemap", () => {
  const pages = [
    { url: "/feed.xml", outputPath: "_site/feed.xml" },
    {
      url: "/data/all.json",
      outputPath: "_site/data/all.json",
      data: { pagination: { hrefs: ["/data/all.json", "/data/brackenfold.json"] } },
    },
    { url: "/assets/main.css", outputPath: "_site/assets/main.css" },
    { url: false as const, outputPath: false as const },
  ];
  assert.equal(sitemapUrls(pages, settings), []);
});

test("a home page that only redirects (a site of one council) is not in the sitemap", () => {
  const pages = [
    { url: "/", outputPath: "_site/index.html", data: { view: { redirect: "/brackenfold/" } } },
    { url: "/brackenfold/", outputPath: "_site/brackenfold/index.html" },
  ];
  assert.equal(sitemapUrls(pages, settings), ["https://example.github.io/plans/brackenfold/"]);
});

test("sitemap.xml lists the pages' addresses, escaped for XML, one to a line", () => {
  const pages = [
    { url: "/", outputPath: "_site/index.html" },
    { url: "/a&b/", outputPath: "_site/a&b/index.html" },
  ];
  assert.is(
    sitemapXml(pages, settings),
    '<?xml version="1.0" encoding="utf-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
      "  <url><loc>https://example.github.io/plans/</loc></url>\n" +
      "  <url><loc>https://example.github.io/plans/a&amp;b/</loc></url>\n</urlset>\n",
  );
});

test("robots.txt lets every crawler in and gives the sitemap's absolute address", () => {
  assert.is(robotsTxt(settings), "User-agent: *\nAllow: /\n\nSitemap: https://example.github.io/plans/sitemap.xml\n");
});

test.run();
