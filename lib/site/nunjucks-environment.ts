/**
 * The site's Nunjucks environment, made in one place for the build (.eleventy.ts) and for tests that render a
 * component on its own: it finds our layouts and components in _includes/, and GOV.UK Frontend's macros under
 * "govuk/..." (https://frontend.design-system.service.gov.uk/use-nunjucks/), and gives macros what they read that
 * is not page data: each status's tag colour (lib/site/status-tag.ts).
 */
import nunjucks from "nunjucks";
import { statusTagClasses } from "./status-tag.ts";

export function siteNunjucksEnvironment(): nunjucks.Environment {
  const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader(["_includes", "node_modules/govuk-frontend/dist"]), {
    autoescape: true,
    throwOnUndefined: false,
  });
  environment.addGlobal("statusTagClasses", statusTagClasses);
  return environment;
}
