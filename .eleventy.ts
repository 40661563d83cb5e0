/**
 * Eleventy wiring only: where things are, which engines and filters, and the model as global data.
 * The plan model is built in lib/ and handed over by the build (lib/build/site-build.ts), which scripts/build.ts
 * and scripts/start.ts make and pass here. https://www.11ty.dev/docs/config/
 */
import Eleventy, { HtmlBasePlugin, type UserConfig } from "@11ty/eleventy";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import { filterGroups, filterPlugin } from "./lib/filters/index.ts";
import { siteNunjucksEnvironment } from "./lib/site/nunjucks-environment.ts";
import { brandStylesheetUrl } from "./lib/site/pages.ts";
import { compileStylesheet } from "./_includes/styles/compile.ts";
import { tidyWhitespace } from "./lib/site/tidy-whitespace.ts";
import { withCharacterReferences } from "./lib/site/character-references.ts";
import { searchScript, searchScriptEntry } from "./lib/build/search-script.ts";
import type { CollectionPage, SiteBuild } from "./lib/build/site-build.ts";
import { editorSiteFiles, editorCopies } from "./lib/editor/site-files.ts";

/** Renders the site's templates into `outputFolder`, as `build` says: every page, a part of the councils', or the site-wide ones. */
export async function renderPages(build: SiteBuild, outputFolder: string): Promise<CollectionPage[]> {
  const eleventy = new Eleventy("pages", outputFolder, {
    config: eleventyConfigFor(build),
    quietMode: true,
    pathPrefix: build.settings.pathPrefix,
  });
  await eleventy.write();
  return build.renderedCollection();
}

/** `npm start`: renders every page into the output folder, then serves it and rebuilds on each change. */
export async function servePages(build: SiteBuild, port: number): Promise<void> {
  const eleventy = new Eleventy("pages", build.settings.outputDir, {
    config: eleventyConfigFor(build),
    quietMode: true,
    runMode: "serve",
    pathPrefix: build.settings.pathPrefix,
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(port);
  // Stopped by Ctrl+C, or by whatever started it, the watcher and server close first.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void eleventy.stopWatch().finally(() => process.exit(0)));
  }
}

export function eleventyConfigFor(build: SiteBuild): (eleventyConfig: UserConfig) => void {
  return (eleventyConfig) => siteConfig(eleventyConfig, build);
}

function siteConfig(eleventyConfig: UserConfig, build: SiteBuild): void {
  const { settings } = build;
  // Nunjucks finds our layouts and components, and GOV.UK Frontend's macros (lib/site/nunjucks-environment.ts).
  eleventyConfig.setLibrary("njk", siteNunjucksEnvironment());

  // Filters, a plugin for each group in lib/filters: dates, numbers, text, addresses, charts, files.
  for (const group of Object.values(filterGroups)) eleventyConfig.addPlugin(filterPlugin(group));

  // The model and the settings, as global data. https://www.11ty.dev/docs/data-global-custom/
  eleventyConfig.addGlobalData("site", () => build.siteData());
  eleventyConfig.addGlobalData("settings", settings);
  // A page's permalink is its record's address (lib/site/pages.ts); a council's stylesheet's is this function's.
  // A permalink written as a template string is rendered by Nunjucks for every page, three times over (3 s at 317 councils).
  eleventyConfig.addGlobalData("urls", { brandStylesheetUrl });

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

  // A build in several processes renders a council's own templates in the process of its part, the site-wide ones
  // once (lib/build/site-build.ts); a template skipped here writes nothing. https://www.11ty.dev/docs/config-preprocessors/
  eleventyConfig.addPreprocessor("partOfTheBuild", "*", (data: { pagination?: { data?: unknown } }) =>
    build.rendersTemplate(data.pagination?.data) ? undefined : false,
  );
  // collections.all, which the sitemap and _headers list, holds the pages the other parts rendered too.
  eleventyConfig.addCollection("all", (collections: { getAllSorted: () => CollectionPage[] }) =>
    build.collection(collections.getAllSorted()),
  );

  // Open data and calendars are not Eleventy templates (lib/build/downloads.ts): `npm run build` writes them
  // itself, and under `npm start` they are written again after each rebuild, from the reloaded content.
  eleventyConfig.on("eleventy.before", () => build.beforeRender());
  eleventyConfig.on("eleventy.after", ({ directories, runMode }: { directories: { output: string }; runMode: string }) =>
    build.afterRender(directories.output, runMode),
  );

  // Council logos live beside council.yaml, wherever the content folder is.
  eleventyConfig.addPassthroughCopy(build.logoCopies());
  // The edit distance the search page's "Did you mean" uses, loaded only when a word typed is not found.
  // The search page's script, bundled from pages/assets/search/ (lib/build/search-script.ts), with the site-wide pages.
  // https://www.11ty.dev/docs/virtual-templates/
  if (build.renders !== "council pages") {
    eleventyConfig.addPassthroughCopy({ "node_modules/fastest-levenshtein/esm/mod.js": "assets/levenshtein.js" });
    eleventyConfig.addTemplateFormats("11ty.js");
    eleventyConfig.addTemplate("assets/search.11ty.js", {
      data: { permalink: "/assets/search.js", eleventyExcludeFromCollections: true },
      render: searchScript,
    });
  }
  eleventyConfig.addWatchTarget(searchScriptEntry.replace(/[^/]+$/, ""));

  // The browser editor at /admin/ (lib/editor), unless BROWSER_EDITOR=false: its configuration from the schema and
  // the content, and Decap CMS's own files from node_modules, with the site-wide pages.
  // https://decapcms.org/docs/install-decap-cms/
  const writesEditor = settings.editor && build.renders !== "council pages";
  eleventyConfig.addGlobalData("editor", () => (writesEditor ? editorSiteFiles(settings) : undefined));
  if (writesEditor) eleventyConfig.addPassthroughCopy(editorCopies());

  // Officers' content is read by lib/, not rendered as templates; rebuild when it changes.
  eleventyConfig.addWatchTarget(settings.contentDir);
  eleventyConfig.addWatchTarget("lib");
  eleventyConfig.setQuietMode(true);

  // The site's page templates live in pages/ (the input folder each run is given); officers' files in
  // content/councils are read by lib/ instead. https://www.11ty.dev/docs/config/#configuration-options
  eleventyConfig.setIncludesDirectory("../_includes");
  eleventyConfig.setTemplateFormats(["njk", "scss"]);
}
