/**
 * Eleventy wiring only: where things are, which engines and filters, and the model as global data.
 * The plan model is built in lib/ and handed over by _data/site.ts. https://www.11ty.dev/docs/config/
 */
import { HtmlBasePlugin, type UserConfig } from "@11ty/eleventy";
import nunjucks from "nunjucks";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import * as filters from "./lib/filters/index.ts";
import { forgetSiteData, logoCopies, siteData } from "./_data/site.ts";
import { settings } from "./_data/settings.ts";
import { siteFeedSize } from "./lib/outputs/feed.ts";
import { pageUrls } from "./lib/site/pages.ts";
import { compileStylesheet } from "./_includes/styles/compile.ts";
import { tidyWhitespace } from "./lib/site/tidy-whitespace.ts";
import { withCharacterReferences } from "./lib/site/character-references.ts";
import { offerPageToSearchIndex } from "./lib/build/search-index.ts";
import { writeDownloads } from "./lib/build/downloads.ts";
import { editorSiteFiles, editorCopies } from "./lib/editor/site-files.ts";

export default function (eleventyConfig: UserConfig) {
  // Nunjucks finds our layouts and components, and GOV.UK Frontend's macros under "govuk/...".
  // https://frontend.design-system.service.gov.uk/use-nunjucks/
  const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader(["_includes", "node_modules/govuk-frontend/dist"]), {
    autoescape: true,
    throwOnUndefined: false,
  });
  eleventyConfig.setLibrary("njk", environment);

  // Filters: one module each in lib/filters, registered from the barrel.
  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter);

  // The model and the settings, as global data. https://www.11ty.dev/docs/data-global-custom/
  eleventyConfig.addGlobalData("site", siteData);
  eleventyConfig.addGlobalData("settings", settings);
  eleventyConfig.addGlobalData("siteFeedSize", siteFeedSize);
  // The same functions as the URL filters, for permalinks written as functions: a permalink written as a
  // template string is rendered by Nunjucks for every page, three times over (3 s at 317 councils).
  eleventyConfig.addGlobalData("urls", pageUrls);

  // Serve from a sub-folder (GitHub Pages project sites): every absolute URL in the HTML gets the prefix.
  // https://www.11ty.dev/docs/plugins/html-base/
  eleventyConfig.pathPrefix = settings.pathPrefix;
  eleventyConfig.addPlugin(HtmlBasePlugin);

  // Atom feeds: dateToRfc3339 for their dates (pages/feed-*.njk). https://www.11ty.dev/docs/plugins/rss/
  eleventyConfig.addPlugin(rssPlugin);

  // Sass, compiled by Eleventy so that `npm start` rebuilds styles too. https://www.11ty.dev/docs/languages/custom/
  eleventyConfig.addTemplateFormats("scss");
  eleventyConfig.addExtension("scss", { outputFileExtension: "css", useLayouts: false, compile: compileStylesheet });

  // Built pages without the blank lines and trailing spaces the macros leave (lib/site/tidy-whitespace.ts).
  // Then characters beyond Latin-1 as character references, which halves the memory each held page takes (lib/site/character-references.ts).
  eleventyConfig.addTransform("tidyWhitespace", (html, outputPath) =>
    String(outputPath).endsWith(".html") ? withCharacterReferences(tidyWhitespace(html)) : html,
  );

  // Each finished page goes to the search index that `npm run build` is writing alongside (lib/build/search-index.ts).
  eleventyConfig.addTransform("searchIndex", (html, outputPath) => {
    offerPageToSearchIndex(String(outputPath), html);
    return html;
  });

  // Open data and calendars are not Eleventy templates (lib/build/downloads.ts): `npm run build` writes them
  // itself, and under `npm start` they are written again after each rebuild, from the reloaded content.
  eleventyConfig.on("eleventy.before", () => forgetSiteData());
  eleventyConfig.on("eleventy.after", ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    if (runMode !== "build") writeDownloads(directories.output, siteData(), settings);
  });

  // Council logos live beside council.yaml, wherever the content folder is.
  eleventyConfig.addPassthroughCopy(logoCopies());
  // The edit distance the search page's "Did you mean" uses, loaded only when a word typed is not found.
  eleventyConfig.addPassthroughCopy({ "node_modules/fastest-levenshtein/esm/mod.js": "assets/levenshtein.js" });

  // The browser editor at /admin/ (lib/editor), unless BROWSER_EDITOR=false: its configuration from the schema and
  // the content, and Decap CMS's own files from node_modules. https://decapcms.org/docs/install-decap-cms/
  eleventyConfig.addGlobalData("editor", () => editorSiteFiles(settings));
  if (settings.editor) eleventyConfig.addPassthroughCopy(editorCopies());

  // Officers' content is read by lib/, not rendered as templates; rebuild when it changes.
  eleventyConfig.addWatchTarget(settings.contentDir);
  eleventyConfig.addWatchTarget("lib");
  eleventyConfig.setQuietMode(true);

  return {
    // The site's page templates live in pages/; officers' files in content/councils are read by lib/ instead.
    dir: { input: "pages", includes: "../_includes", data: "../_data" },
    templateFormats: ["njk", "scss"],
    htmlTemplateEngine: "njk",
    pathPrefix: settings.pathPrefix,
  };
}
