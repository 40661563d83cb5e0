import { test } from "uvu";
import * as assert from "uvu/assert";
import { absoluteUrl, councilFeedUrl, milestonesCalendarUrl, openDataCsvUrl, openDataJsonUrl, siteHost } from "../../lib/outputs/urls.ts";

test("an absolute URL is the site address, then the path prefix, then the page's address", () => {
  assert.is(
    absoluteUrl("/brackenfold/feed.xml", { siteUrl: "https://example.github.io", pathPrefix: "/plans/" }),
    "https://example.github.io/plans/brackenfold/feed.xml",
  );
  assert.is(absoluteUrl("/", { siteUrl: "https://plans.example.gov.uk", pathPrefix: "/" }), "https://plans.example.gov.uk/");
  assert.is(absoluteUrl("/sitemap.xml", { siteUrl: "http://localhost:8080", pathPrefix: "/" }), "http://localhost:8080/sitemap.xml");
});

test("a site address that already ends with the path prefix keeps it once", () => {
  assert.is(
    absoluteUrl("/feed.xml", { siteUrl: "https://example.github.io/plans", pathPrefix: "/plans/" }),
    "https://example.github.io/plans/feed.xml",
  );
});

test("the files people subscribe to and download have fixed addresses", () => {
  assert.is(councilFeedUrl("brackenfold"), "/brackenfold/feed.xml");
  assert.is(milestonesCalendarUrl("brackenfold"), "/brackenfold/milestones.ics");
  assert.is(openDataJsonUrl("brackenfold"), "/data/brackenfold.json");
  assert.is(openDataJsonUrl(), "/data/all.json");
  assert.is(openDataCsvUrl("milestones", "brackenfold"), "/data/brackenfold/milestones.csv");
  assert.is(openDataCsvUrl("savings"), "/data/savings.csv");
});

test("calendar event ids use the site's host name", () => {
  assert.is(siteHost({ siteUrl: "https://plans.example.gov.uk" }), "plans.example.gov.uk");
  assert.is(siteHost({ siteUrl: "http://localhost:8080" }), "localhost");
});

test.run();
