/**
 * The filters templates may use, by name. Each is a pure function from lib/ (format or site); .eleventy.ts
 * registers them all in a loop. https://www.11ty.dev/docs/filters/
 */
export { formatDate, formatDateRange, formatDue, formatDueShort, formatFinancialQuarter, formatMonth, formatQuarterMonths } from "../format/dates.ts";
export { formatMoney } from "../format/money.ts";
export { formatCount, formatDays, formatMeasure, formatTimes } from "../format/numbers.ts";
export { renderMarkdown as markdown, renderInlineMarkdown as inlineMarkdown } from "../format/markdown.ts";
export { aboutUrl, actionUrl, barriersUrl, councilUrl, progressUrl, themeUrl, timelineUrl, updateUrl } from "../site/urls.ts";
