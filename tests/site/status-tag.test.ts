/**
 * The status tag (_includes/components/status-tag.njk) writes GOV.UK Frontend's tag markup by hand, for speed. Here
 * every status, with and without the council's rating word and "overdue", is rendered both ways, and must match
 * the govukTag macro of the installed govuk-frontend, so that an upgrade that changes the tag cannot drift unseen.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { siteNunjucksEnvironment } from "../../lib/site/nunjucks-environment.ts";
import { milestoneStatuses } from "../../lib/schema/vocabulary.ts";

const environment = siteNunjucksEnvironment();

/** Whitespace between and inside tags is layout, not markup: one space where there was any, none beside a tag. */
const tidy = (html: string): string =>
  html
    .replace(/\s+/g, " ")
    .replace(/\s*(<|>)\s*/g, "$1")
    .trim();

function ours(params: Record<string, unknown>): string {
  return tidy(environment.renderString('{% from "components/status-tag.njk" import appStatusTag %}{{ appStatusTag(params) }}', { params }));
}

function govuk(...tags: { text: string; classes: string }[]): string {
  return tidy(
    tags
      .map((params) =>
        environment.renderString('{% from "govuk/components/tag/macro.njk" import govukTag %}{{ govukTag(params) }}', { params }),
      )
      .join(" "),
  );
}

const colours: Record<string, string> = {
  "not started": "govuk-tag--grey",
  "on track": "govuk-tag--blue",
  "at risk": "govuk-tag--yellow",
  delayed: "govuk-tag--orange",
  complete: "govuk-tag--green",
  cancelled: "govuk-tag--grey",
  "not rated": "govuk-tag--grey",
  "no progress reported": "govuk-tag--grey",
};
const sentence = (status: string): string => status.charAt(0).toUpperCase() + status.slice(1);

test("every status, alone, as GOV.UK's tag writes it", () => {
  const statuses = [...milestoneStatuses, "no progress reported"];
  assert.ok(statuses.length >= 8, statuses.join(", "));
  for (const status of statuses) {
    assert.ok(colours[status], `no colour is expected for ${status}`);
    assert.is(ours({ status }), govuk({ text: sentence(status), classes: colours[status]! }), status);
  }
});

test("with the council's rating word, extra classes and overdue, as GOV.UK's tags write them", () => {
  assert.is(
    ours({ status: "delayed", rating: "Amber", classes: "app-tag--small" }),
    govuk({ text: "Amber", classes: "govuk-tag--orange app-tag--small" }),
  );
  assert.is(
    ours({ status: "at risk", overdue: true }),
    govuk({ text: "At risk", classes: "govuk-tag--yellow" }, { text: "Overdue", classes: "govuk-tag--red" }),
  );
  assert.is(
    ours({ status: "no progress reported", overdue: true }),
    govuk({ text: "Date passed, no progress reported", classes: "govuk-tag--red" }),
  );
});

test("a rating word is escaped as GOV.UK's macro escapes text", () => {
  assert.is(ours({ status: "on track", rating: "<b>Green</b>" }), govuk({ text: "<b>Green</b>", classes: "govuk-tag--blue" }));
  assert.match(ours({ status: "on track", rating: "<b>Green</b>" }), "&lt;b&gt;Green&lt;/b&gt;");
});

test.run();
