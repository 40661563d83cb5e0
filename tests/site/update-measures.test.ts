/**
 * The measures table on a report's page (_includes/components/update-measures.njk), rendered with the site's own
 * filters: a figure where the report gave one, and the report's reason where it said why there is none.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { siteNunjucksEnvironment } from "../../lib/site/nunjucks-environment.ts";
import { filterGroups, filterPlugin } from "../../lib/filters/index.ts";

const environment = siteNunjucksEnvironment();
// The site's filter plugins, each given this environment as Eleventy's configuration would be.
for (const group of Object.values(filterGroups))
  filterPlugin(group)({ addFilter: (name, filter) => environment.addFilter(name, filter as (...args: unknown[]) => unknown) });

const measure = {
  actionId: "CS1",
  slug: "cs1-k1",
  title: "Accounts opened online",
  unit: "%",
  target: { value: 50, date: "2027-03-31" },
};

function rendered(values: unknown[]): string {
  const html = environment.renderString(
    '{% from "components/update-measures.njk" import appUpdateMeasures %}{{ appUpdateMeasures({ values: values, councilSlug: "wrenmoor", caption: "Measures" }) }}',
    { values },
  );
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

test("a measure the report gave a figure for shows the figure", () => {
  assert.match(rendered([{ measure, value: 21 }]), "Accounts opened online 21%");
});

test("a measure the report gave no figure for shows the report's reason where the figure would be", () => {
  const text = rendered([{ measure, noFigure: "The survey runs once a year, in March." }]);
  assert.match(text, "Accounts opened online No figure: The survey runs once a year, in March. 50%");
  assert.not.match(text, "undefined");
});

test.run();
