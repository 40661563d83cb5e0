/** Each page's and file's address. */
export {
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
export { accessibilityUrl } from "../site/accessibility.ts";
export { absoluteUrl as absoluteSiteUrl, councilFeedUrl, milestonesCalendarUrl, openDataCsvUrl, openDataJsonUrl } from "../outputs/urls.ts";
