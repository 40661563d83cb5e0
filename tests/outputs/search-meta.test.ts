import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadContent } from "../../lib/load/content.ts";
import { deriveSite } from "../../lib/derive/site.ts";
import { searchMeta } from "../../lib/outputs/search-meta.ts";
import { deriveCouncil, type CouncilView } from "../../lib/derive/council.ts";
import { report, wrenmoorLoaded } from "../helpers/wrenmoor.ts";
import { examplesDir } from "../helpers/build.ts";

const site = deriveSite(loadContent(examplesDir), "2026-11-23");
const brackenfold = site.councils.find((council) => council.slug === "brackenfold") as CouncilView;
const actionById = (id: string) => brackenfold.actions.find((action) => action.id === id);
const themeById = (id: string) => brackenfold.themes.find((theme) => theme.id === id);
const updateBySlug = (slug: string) => brackenfold.updates.find((update) => update.slug === slug);

test("an update is a progress update, dated and filed under the financial year it reports on", () => {
  const meta = searchMeta({ council: brackenfold, update: updateBySlug("2024-25-q2"), url: "/brackenfold/progress/2024-25-q2/" });
  assert.is(meta?.type, "update");
  assert.is(meta?.council, "Brackenfold District Council");
  assert.is(meta?.title, "Progress update: July to September 2024");
  assert.is(meta?.date, "2024-11-14");
  assert.is(meta?.dateText, "14 November 2024");
  assert.is(meta?.dateLabel, "Published");
  assert.equal(meta?.filters.type, ["Progress update"]);
  assert.equal(meta?.filters.year, ["2024/25"]);
  assert.equal(meta?.filters.council, ["Brackenfold District Council"]);
});

test("an update is filed under the themes and statuses of the milestones it said something new about", () => {
  // 2026/27 Q2 reports no news on the technology actions, so it is not filed under that theme.
  const meta = searchMeta({ council: brackenfold, update: updateBySlug("2026-27-q2") });
  assert.equal(meta?.filters.theme, ["Transforming services", "Reducing wasteful spend", "Barriers to progress"]);
  assert.equal(meta?.filters.status, ["At risk", "Delayed", "Complete"]);
});

test("an action is filed under its theme, its status and each of its milestones' statuses now, and the years its milestones are due in", () => {
  const meta = searchMeta({ council: brackenfold, action: actionById("WC1"), theme: themeById("services") });
  assert.is(meta?.type, "action");
  assert.is(meta?.title, "WC1: Redesign bin collection rounds and start food waste collections");
  assert.equal(meta?.filters.theme, ["Transforming services"]);
  assert.equal(meta?.filters.status, ["Delayed", "Complete"]);
  assert.equal(meta?.filters.year, ["2024/25", "2025/26", "2026/27"]);
  assert.equal(meta?.filters.type, ["Action"]);
});

test("an action is dated by the last update that reported on it", () => {
  // CS1's last open milestone was closed in the 2025/26 Q4 update, published 21 May 2026.
  const meta = searchMeta({ council: brackenfold, action: actionById("CS1") });
  assert.is(meta?.date, "2026-05-21");
  assert.is(meta?.dateText, "21 May 2026");
  assert.is(meta?.dateLabel, "Last updated");
  assert.equal(meta?.filters.status, ["Complete", "Cancelled"]);
});

test("a theme is filed under no status: it is not delayed because one of its actions is, which the filter finds instead", () => {
  const meta = searchMeta({ council: brackenfold, theme: themeById("waste") });
  assert.is(meta?.type, "theme");
  assert.is(meta?.title, "Reducing wasteful spend");
  assert.equal(meta?.filters.theme, ["Reducing wasteful spend"]);
  assert.equal(meta?.filters.status, []);
});

test("the about and barriers pages are indexed as what residents look for there; list pages are not", () => {
  const about = searchMeta({ council: brackenfold, url: "/brackenfold/about/", title: "About the plan" });
  assert.is(about?.type, "about");
  assert.equal(about?.filters.type, ["About the plan"]);
  assert.equal(about?.filters.status, []);
  const barriers = searchMeta({ council: brackenfold, url: "/brackenfold/barriers/", title: "Barriers to progress" });
  assert.is(barriers?.type, "barriers");
  assert.equal(barriers?.filters.type, ["Barriers"]);
  assert.is(searchMeta({ council: brackenfold, url: "/brackenfold/timeline/" }), undefined);
  assert.is(searchMeta({ url: "/a-to-z/" }), undefined);
  assert.is(searchMeta({ url: "/compare/" }), undefined);
});

test("the plan overview is filed under every financial year the plan covers", () => {
  const meta = searchMeta({ council: brackenfold, url: "/brackenfold/" });
  assert.is(meta?.type, "plan");
  assert.is(meta?.title, "Productivity Plan 2024 to 2027");
  assert.equal(meta?.filters.year, ["2024/25", "2025/26", "2026/27"]);
  assert.equal(meta?.filters.theme, []);
  assert.is(meta?.date, "2026-11-12");
});

test("a page's own title is used when it sets one", () => {
  assert.is(
    searchMeta({ council: brackenfold, theme: themeById("waste"), title: "Spending less on waste" })?.title,
    "Spending less on waste",
  );
});

test("a pagination entry holding the council and the view is read like the view itself", () => {
  const entry = { council: brackenfold, update: updateBySlug("2024-25-q2") };
  assert.is(searchMeta({ update: entry })?.title, "Progress update: July to September 2024");
  assert.is(
    searchMeta({ council: brackenfold, theme: { council: brackenfold, theme: themeById("waste") } })?.title,
    "Reducing wasteful spend",
  );
});

test("other pages of a council, and pages of no council, are not indexed", () => {
  assert.is(searchMeta({ council: brackenfold, url: "/brackenfold/timeline/" }), undefined);
  assert.is(searchMeta({ url: "/search/", title: "Search plans and progress updates" }), undefined);
  assert.is(searchMeta({ url: "/" }), undefined);
});

test("a report's status filter holds only the statuses it rated itself, not ones carried over or never given", () => {
  const loaded = wrenmoorLoaded();
  const council = deriveCouncil(
    {
      ...loaded,
      updates: [
        ...loaded.updates,
        report("notes-only", {
          period: "2025/26 Q1",
          milestones: { "CS1-M2": { note: "Forms still in use." }, "CS1-M3": { note: "Not begun." } },
        }),
      ],
    },
    "2025-08-01",
  );
  const notesOnly = council.updates.find((update) => update.slug === "notes-only");
  const meta = searchMeta({ council, update: notesOnly });
  assert.equal(meta?.filters.status, []);
  assert.equal(meta?.filters.theme, ["Transforming services"]);
  assert.is(meta?.date, undefined, "no published date, so none is shown");
  const rated = searchMeta({ council, update: council.updates.find((update) => update.slug === "2024-25-q3") });
  assert.equal(rated?.filters.status, ["On track", "Delayed"]);
});

test("a half-year report is filed under its financial year, and a report over two dates under every year it spans", () => {
  const loaded = wrenmoorLoaded();
  const council = deriveCouncil(
    {
      ...loaded,
      updates: [
        report("h1", { period: "2025/26 H1", published: "2025-11-01" }),
        report("span", { period: "2024-10-01 to 2025-06-30", published: "2025-07-20" }),
      ],
    },
    "2025-12-01",
  );
  const year = (slug: string) => searchMeta({ council, update: council.updates.find((update) => update.slug === slug) })?.filters.year;
  assert.equal(year("h1"), ["2025/26"]);
  assert.equal(year("span"), ["2024/25", "2025/26"]);
});

test("a plan's search result says what its date is: agreed, published or sent to Government by, never 'last updated'", () => {
  const loaded = wrenmoorLoaded();
  const withPlan = (plan: Partial<typeof loaded.plan.data>) =>
    deriveCouncil({ ...loaded, plan: { ...loaded.plan, data: { ...loaded.plan.data, ...plan } }, updates: [] }, "2025-12-01");
  const label = (council: CouncilView) => {
    const meta = searchMeta({ council, url: `/${council.slug}/` });
    return `${meta?.dateLabel} ${meta?.dateText}`;
  };
  const { approval: _approval, ...unagreed } = loaded.plan.data;
  const sentOnly = deriveCouncil(
    { ...loaded, plan: { ...loaded.plan, data: { ...unagreed, submitted: "by 2024-07-19" } }, updates: [] },
    "2025-12-01",
  );
  assert.is(label(sentOnly), "Sent to Government by 19 July 2024");
  assert.is(label(withPlan({ approval: { by: "Cabinet", verb: "approved", date: "2024-07-17" } })), "Agreed 17 July 2024");
});

test.run();
