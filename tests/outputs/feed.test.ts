import { test } from "uvu";
import * as assert from "uvu/assert";
import { councilFeed, noonInLondon, siteFeed, siteFeedSize, updateSummary } from "../../lib/outputs/feed.ts";
import { deriveCouncil } from "../../lib/derive/council.ts";
import { report, settings, wrenmoor, wrenmoorLoaded } from "../helpers/wrenmoor.ts";

test("a council's feed has every published update, newest first, each with its page as its id", () => {
  const feed = councilFeed(wrenmoor({ more: true }), settings);
  assert.equal(
    feed.entries.map((entry) => entry.id),
    [
      "https://example.github.io/plans/wrenmoor/progress/2025-26-q1/",
      "https://example.github.io/plans/wrenmoor/progress/2024-25-q3/",
      "https://example.github.io/plans/wrenmoor/progress/2024-25-q2/",
    ],
  );
  assert.is(feed.entries[0]?.title, "Wrenmoor progress update: April to June 2025");
  assert.is(feed.selfUrl, "https://example.github.io/plans/wrenmoor/feed.xml");
  assert.is(feed.pageUrl, "https://example.github.io/plans/wrenmoor/");
});

test("on a site of one council the site-wide feed is that council's, under the site's address, not a directory's", () => {
  const council = wrenmoor({ more: true });
  const own = councilFeed(council, settings);
  const feed = siteFeed({ councils: [council], onlyCouncil: council }, settings);
  assert.is(feed.title, own.title);
  assert.not.match(feed.title + feed.subtitle + feed.authorName, /every council|councils/);
  assert.is(feed.authorName, council.council.name);
  assert.is(feed.selfUrl, "https://example.github.io/plans/feed.xml");
  assert.is(feed.id, feed.selfUrl);
  assert.is(feed.pageUrl, "https://example.github.io/plans/wrenmoor/");
  assert.equal(
    feed.entries.map((entry) => entry.id),
    own.entries.map((entry) => entry.id),
  );
});

test("a feed whose plan title names its council does not name it twice", () => {
  const council = wrenmoor({ more: true });
  const named = { ...council, plan: { ...council.plan, title: `${council.council.name} Productivity Plan` } };
  assert.is(councilFeed(named, settings).title, `${council.council.name} Productivity Plan progress updates`);
  assert.is(councilFeed(named, settings).subtitle.split(council.council.name).length, 2);
});

test("an entry is dated the day its update was published, at noon UK time, and the feed by its newest entry", () => {
  const feed = councilFeed(wrenmoor({ more: true }), settings);
  // 17 July 2025 is in British Summer Time (UTC+1); 11 February 2025 is in Greenwich Mean Time.
  assert.is(feed.entries[0]?.updated.toISOString(), "2025-07-17T11:00:00.000Z");
  assert.is(feed.entries[1]?.updated.toISOString(), "2025-02-11T12:00:00.000Z");
  assert.is(feed.updated.toISOString(), "2025-07-17T11:00:00.000Z");
});

test("a feed with no updates yet is dated the day the plan was agreed", () => {
  const council = wrenmoor();
  const feed = councilFeed({ ...council, updates: [] }, settings);
  assert.equal(feed.entries, []);
  assert.is(feed.updated.toISOString(), noonInLondon("2024-07-10").toISOString());
});

test("the summary says what changed and how things stand", () => {
  const council = wrenmoor();
  const [first, second] = council.updates;
  assert.ok(first && second);
  assert.is(
    updateSummary(second),
    "Progress in October to December 2024, published 11 February 2025. 1 milestone newly at risk or delayed, 1 due date revised and 1 measure changed. After this update: 4 milestones: 1 on track, 1 delayed, 1 complete, 1 with no progress reported.",
  );
  assert.match(
    updateSummary(first),
    /^Progress in July to September 2024, published 5 November 2024\. 1 milestone completed\. After this update:/,
  );
});

test("a half-year and a whole-year report are named by their months; a report by someone else names its author", () => {
  const loaded = wrenmoorLoaded();
  const council = deriveCouncil(
    {
      ...loaded,
      updates: [
        report("first-half", { period: "2025/26 H1", published: "2025-11-20" }, "Six months on."),
        report("year-review", { period: "2024/25", title: "End of year review 2024/25", published: "2025-06-12" }),
        report("commissioners", { period: "2024-04-01 to 2024-11-30", author: "the Commissioners", published: "2024-12-18" }),
      ],
    },
    "2025-12-01",
  );
  const feed = councilFeed(council, { ...settings, asOf: "2025-12-01" });
  assert.equal(
    feed.entries.map((entry) => [entry.title, entry.authorName]),
    [
      ["Wrenmoor progress update: April to September 2025", "Wrenmoor District Council"],
      ["Wrenmoor progress update: April 2024 to March 2025", "Wrenmoor District Council"],
      ["Wrenmoor progress report by the Commissioners: 1 April to 30 November 2024", "the Commissioners"],
    ],
  );
  assert.is(feed.entries[2]?.summary, "Progress in 1 April to 30 November 2024, published 18 December 2024. Report by the Commissioners.");
  // A report that rated nothing says nothing about changes or counts, rather than "nothing changed".
  assert.is(feed.entries[0]?.summary, "Progress in April to September 2025, published 20 November 2025.");
});

test("a report with no published date is not said to be published, and is dated by the end of its period", () => {
  const loaded = wrenmoorLoaded();
  const council = deriveCouncil({ ...loaded, updates: [report("undated", { period: "2024/25 H2" })] }, settings.asOf);
  const [entry] = councilFeed(council, settings).entries;
  assert.is(entry?.summary, "Progress in October 2024 to March 2025.");
  assert.is(entry?.updated.toISOString(), noonInLondon("2025-03-31").toISOString());
});

test("the site feed holds every council's updates, newest first", () => {
  const first = wrenmoor({ more: true });
  const second = {
    ...wrenmoor(),
    slug: "marshby",
    shortName: "Marshby",
    council: { ...wrenmoor().council, name: "Marshby Borough Council" },
  };
  const feed = siteFeed({ councils: [first, second] }, settings);
  assert.is(feed.entries.length, 5);
  assert.equal(
    feed.entries.map((entry) => entry.updated.toISOString().slice(0, 10)),
    ["2025-07-17", "2025-02-11", "2025-02-11", "2024-11-05", "2024-11-05"],
  );
  assert.is(feed.entries[1]?.authorName, "Marshby Borough Council");
  assert.is(feed.selfUrl, "https://example.github.io/plans/feed.xml");
});

test(`the site feed holds the newest ${siteFeedSize} updates when there are more`, () => {
  const councils = Array.from({ length: 60 }, (_, index) => ({ ...wrenmoor({ more: true }), slug: `council-${index}` }));
  const feed = siteFeed({ councils }, settings);
  assert.is(councils.flatMap((council) => council.updates).length, 180);
  assert.is(feed.entries.length, siteFeedSize);
  assert.is(feed.entries.filter((entry) => entry.updated.toISOString().startsWith("2025-07-17")).length, 60);
  assert.ok(feed.entries.every((entry, index) => index === 0 || entry.updated <= (feed.entries[index - 1]?.updated ?? entry.updated)));
});

test.run();
