/**
 * The filters templates may use, in small groups, each registered as a plugin by .eleventy.ts (as x-govuk's
 * govuk-eleventy-plugin and eleventy-base-blog group theirs). A filter formats the value it is given: a date, an
 * amount, a word, an address, a chart of one council's figures, a file's text. What a page shows that is worked
 * out across the model (the A to Z, the comparison, the statements, the feeds, the search filters) is in its page
 * record (lib/site/pages.ts) instead; tests/filters/formats-only.test.ts keeps it so.
 * https://www.11ty.dev/docs/filters/ https://www.11ty.dev/docs/plugins/
 */
import {
  formatDate,
  formatDateRange,
  formatDue,
  formatDueShort,
  formatFinancialQuarter,
  formatMonth,
  formatPeriodMonths,
} from "../format/dates.ts";
import { formatMoney } from "../format/money.ts";
import { capitaliseFirst, formatCount, formatDays, formatMeasure, formatTimes, lowerFirst, pluralise } from "../format/numbers.ts";
import { renderInlineMarkdown, renderMarkdown } from "../format/markdown.ts";
import {
  aboutUrl,
  actionUrl,
  barriersUrl,
  brandStylesheetUrl,
  councilDataUrl,
  councilUrl,
  progressUrl,
  themeUrl,
  timelineUrl,
  updateUrl,
} from "../site/urls.ts";
import { accessibilityUrl } from "../site/accessibility.ts";
import { statusDistributionChart, statusDistributionTable } from "../charts/status-distribution.ts";
import { savingsChart, savingsTable } from "../charts/savings.ts";
import { measureChart, measureTable } from "../charts/measure.ts";
import { roadmapChart, roadmapTable } from "../charts/roadmap.ts";
import { actionTimelineChart, actionTimelineTable } from "../charts/action-timeline.ts";
import { absoluteUrl, councilFeedUrl, milestonesCalendarUrl, openDataCsvUrl, openDataJsonUrl } from "../outputs/urls.ts";
import { openDataSchemaJson } from "../outputs/open-data.ts";
import { robotsTxt, sitemapXml } from "../outputs/sitemap.ts";
import { contentSecurityPolicy, headersFile } from "../outputs/security-headers.ts";
import { councilsPlan, documentTitle, withCouncilName } from "../site/titles.ts";

/** Dates, periods and financial quarters, as residents read them (lib/format/dates.ts). */
export const dateFilters = {
  formatDate,
  formatDateRange,
  formatDue,
  formatDueShort,
  formatFinancialQuarter,
  formatMonth,
  formatPeriodMonths,
};

/** Amounts, counts and measures (lib/format/money.ts, lib/format/numbers.ts). */
export const numberFilters = { formatMoney, formatCount, formatDays, formatMeasure, formatTimes };

/** Words and the council's own text: plurals, capitals, Markdown, and titles that name the council. */
export const textFilters = {
  capitaliseFirst,
  lowerFirst,
  pluralise,
  markdown: renderMarkdown,
  inlineMarkdown: renderInlineMarkdown,
  councilsPlan,
  documentTitle,
  withCouncilName,
};

/** Each page's and file's address. */
export const addressFilters = {
  aboutUrl,
  actionUrl,
  barriersUrl,
  brandStylesheetUrl,
  councilDataUrl,
  councilUrl,
  progressUrl,
  themeUrl,
  timelineUrl,
  updateUrl,
  accessibilityUrl,
  absoluteSiteUrl: absoluteUrl,
  councilFeedUrl,
  milestonesCalendarUrl,
  openDataCsvUrl,
  openDataJsonUrl,
};

/** The SVG charts and the tables beside them (lib/charts/). */
export const chartFilters = {
  statusChart: statusDistributionChart,
  statusChartTable: statusDistributionTable,
  savingsChart,
  savingsChartTable: savingsTable,
  measureChart,
  measureChartTable: measureTable,
  roadmapChart,
  roadmapChartTable: roadmapTable,
  actionTimelineChart,
  actionTimelineChartTable: actionTimelineTable,
};

/** Files that are not pages, as text: the sitemap, robots.txt, security headers, the open data's schema. */
export const fileFilters = { openDataSchemaJson, robotsTxt, sitemapXml, contentSecurityPolicy, headersFile };

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
