/**
 * Each status's colour as a GOV.UK tag class, once: the status tag macro (_includes/components/status-tag.njk, given
 * it as a Nunjucks global by .eleventy.ts) and the browser editor's preview (lib/editor/config.ts) both read it.
 * Colour is only a second cue: a tag always says its status in words (WCAG 1.4.1).
 */
import type { ProgressStatus } from "../schema/index.ts";

export const statusTagClasses: Record<ProgressStatus, string> = {
  "not started": "govuk-tag--grey",
  "on track": "govuk-tag--blue",
  "at risk": "govuk-tag--yellow",
  delayed: "govuk-tag--orange",
  complete: "govuk-tag--green",
  cancelled: "govuk-tag--grey",
  "not rated": "govuk-tag--grey",
  "no progress reported": "govuk-tag--grey",
};
