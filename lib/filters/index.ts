/**
 * The filters templates may use, by name. Each is a pure function from lib/ (format or site); .eleventy.ts
 * registers them all in a loop. https://www.11ty.dev/docs/filters/
 */
export {
  formatDate,
  formatDateRange,
  formatDue,
  formatDueShort,
  formatFinancialQuarter,
  formatMonth,
  formatPeriodMonths,
} from "../format/dates.ts";
export { formatMoney } from "../format/money.ts";
export { formatCount, formatDays, formatMeasure, formatTimes } from "../format/numbers.ts";
export { capitaliseFirst, lowerFirst, pluralise } from "../format/numbers.ts";
export { searchMeta } from "../outputs/search-meta.ts";
export { renderMarkdown as markdown, renderInlineMarkdown as inlineMarkdown } from "../format/markdown.ts";
export {
  aboutUrl,
  actionUrl,
  barriersUrl,
  brandStylesheetUrl,
  councilUrl,
  progressUrl,
  themeUrl,
  timelineUrl,
  updateUrl,
} from "../site/urls.ts";
export { statusDistributionChart as statusChart, statusDistributionTable as statusChartTable } from "../charts/status-distribution.ts";
export { savingsChart, savingsTable as savingsChartTable } from "../charts/savings.ts";
export { measureChart, measureTable as measureChartTable } from "../charts/measure.ts";
export { roadmapChart, roadmapTable as roadmapChartTable } from "../charts/roadmap.ts";
export { actionTimelineChart, actionTimelineTable as actionTimelineChartTable } from "../charts/action-timeline.ts";
export { absoluteUrl as absoluteSiteUrl, councilFeedUrl, milestonesCalendarUrl, openDataCsvUrl, openDataJsonUrl } from "../outputs/urls.ts";
export { councilFeed, siteFeed } from "../outputs/feed.ts";
export { openDataSchemaJson } from "../outputs/open-data.ts";
export { csvTableDescriptions } from "../outputs/csv.ts";
export { robotsTxt, sitemapUrls } from "../outputs/sitemap.ts";
export { actionsAToZ } from "../site/a-to-z.ts";
export { contentSecurityPolicy, headersFile } from "../outputs/security-headers.ts";
export { accessibilityStatement, accessibilityUrl, sharedPagesStatement } from "../site/accessibility.ts";
export { searchCouncils, searchFilterOptions } from "../outputs/search-filter-options.ts";
export { pageBreadcrumbs } from "../site/pages.ts";
export { councilsPlan, documentTitle, withCouncilName } from "../site/titles.ts";
