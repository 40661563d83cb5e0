/**
 * Sass to CSS for Eleventy's "scss" template format. GOV.UK Frontend is compiled selectively: _site.scss
 * names only the components the pages use, which keeps the stylesheet inside its budget.
 * https://frontend.design-system.service.gov.uk/import-css/
 */
import { basename, dirname } from "node:path";
import * as sass from "sass";

export function compileStylesheet(inputContent: string, inputPath: string): (() => string) | undefined {
  if (basename(inputPath).startsWith("_")) return undefined;
  const result = sass.compileString(inputContent, {
    loadPaths: [dirname(inputPath), "_includes/styles", "node_modules/govuk-frontend/dist"],
    style: "compressed",
    quietDeps: true,
  });
  return () => result.css;
}
