/**
 * The filters templates may use, in small groups (a module each in this folder: dates, numbers, text, addresses,
 * charts, files), each registered as a plugin by .eleventy.ts, as x-govuk's govuk-eleventy-plugin and
 * eleventy-base-blog group theirs. A filter formats the value it is given: a date, an
 * amount, a word, an address, a chart of one council's figures, a file's text. What a page shows that is worked
 * out across the model (the A to Z, the comparison, the statements, the feeds, the search filters) is in its page
 * record (lib/site/pages.ts) instead; tests/filters/formats-only.test.ts keeps it so.
 * https://www.11ty.dev/docs/filters/ https://www.11ty.dev/docs/plugins/
 */
import * as dateFilters from "./dates.ts";
import * as numberFilters from "./numbers.ts";
import * as textFilters from "./text.ts";
import * as addressFilters from "./addresses.ts";
import * as chartFilters from "./charts.ts";
import * as fileFilters from "./files.ts";

export const filterGroups = { dateFilters, numberFilters, textFilters, addressFilters, chartFilters, fileFilters };

/** What a plugin needs of Eleventy's configuration: lib/ does not import Eleventy. */
interface FilterConfig {
  addFilter(name: string, filter: (...values: never[]) => unknown): void;
}

/** A group of filters as an Eleventy plugin. */
export function filterPlugin(group: Record<string, (...values: never[]) => unknown>): (config: FilterConfig) => void {
  return (config) => {
    for (const [name, filter] of Object.entries(group)) config.addFilter(name, filter);
  };
}
