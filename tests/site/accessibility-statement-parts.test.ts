/**
 * Every accessibility statement a build writes (the shared /accessibility/ and each council's), for the example
 * councils, the real councils and forty synthetic ones (whose shared statement leaves each council's contacts and
 * reply time to its own), has the parts regulation 8 of the No. 2 Regulations and the model statement ask for
 * (docs/domain.md, "Accessibility"): a compliance status that agrees with the failures listed; each failure with
 * its WCAG 2.2 success criterion and a planned date or the words that none is set; the dates prepared, reviewed and
 * tested exactly as council.yaml gives them, or said to be not stated, never another; how soon the council replies
 * to a request for another format, in its words or said to be unstated; and the enforcement procedure.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildExampleSite, examplesDir } from "../helpers/build.ts";
import { loadContent } from "../../lib/load/content.ts";
import { accessibilityStatement, sharedPagesStatement } from "../../lib/site/accessibility.ts";
import { councilsOnOnePage } from "../../lib/site/pages.ts";
import { splitSiteContent } from "../helpers/split-site.ts";
import { formatDate } from "../../lib/format/dates.ts";
import type { CouncilFile } from "../../lib/schema/council.ts";
import { pageText } from "../helpers/page-text.ts";

/** The HTML from a heading to the next heading of its level or above (an h2's section holds its h3s). */
function section(html: string, heading: string): string {
  const start = html.indexOf(`>${heading}</h`);
  assert.ok(start >= 0, `no "${heading}" section`);
  const level = Number(html.charAt(start + heading.length + 4));
  const rest = html.slice(start + heading.length + 6);
  const end = rest.search(new RegExp(`<h[1-${level}][\\s>]`));
  return end < 0 ? rest : rest.slice(0, end);
}

interface Statement {
  path: string;
  councils: CouncilFile[];
}

function checkStatement(html: string, { path, councils }: Statement): void {
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? "";
  const words = pageText(main);
  // The shared pages' statement (/accessibility/) takes no council's test or dates on a site of several councils.
  const views = councils.map((council) => ({ council }));
  // With more councils than one page lists, each council's reply time is on its own statement, which it links.
  const councilLinesApart = councils.length > councilsOnOnePage;
  const expected =
    path === "accessibility/" ? sharedPagesStatement(views, undefined, { councilLinesApart }) : accessibilityStatement(views);
  const notTested = councils.length > 1 ? "No test by hand of the pages the councils share" : "has not yet been tested by hand";

  // Compliance status, agreeing with the failures listed.
  const statuses = ["is fully compliant with", "is partially compliant with", "is not compliant with"].filter((status) =>
    words.includes(status),
  );
  assert.equal(statuses, [`is ${expected.compliance} with`], `${path}: compliance status`);
  const nonCompliance = section(main, "Non-compliance with the accessibility regulations");
  const items = [...nonCompliance.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((match) => pageText(match[1] ?? ""));
  assert.is(items.length, expected.failures.length, `${path}: one item per failure`);
  if (expected.compliance === "fully compliant") {
    assert.is(items.length, 0, `${path}: fully compliant lists no failure`);
    assert.match(words, "This website was last tested by hand on", path);
  }
  if (expected.compliance === "partially compliant") assert.ok(items.length > 0, `${path}: partially compliant lists its failures`);
  if (expected.compliance === "not compliant") assert.match(words, notTested, path);

  // Each failure with its success criterion, and a planned date or the words that none is set.
  expected.failures.forEach((failure, index) => {
    const item = items[index] ?? "";
    assert.match(item, `This fails WCAG 2.2 success criterion ${failure.criterion}.`, `${path}: ${item}`);
    assert.match(
      item,
      failure.fixBy ? `We plan to fix this by ${formatDate(failure.fixBy)}.` : "No date has been set to fix this yet.",
      path,
    );
  });

  // The dates, only as council.yaml gives them.
  const preparation = pageText(section(main, "Preparation of this accessibility statement"));
  const given = new Set(
    councils.flatMap((council) => [council.accessibility?.prepared, council.accessibility?.reviewed, council.accessibility?.tested]),
  );
  for (const time of section(main, "Preparation of this accessibility statement").matchAll(/<time datetime="([^"]+)"/g)) {
    assert.ok(given.has(time[1]), `${path}: ${time[1]} is not a date any council.yaml gives`);
  }
  if (expected.prepared) assert.match(preparation, `This statement was prepared on ${formatDate(expected.prepared)}.`, path);
  else
    assert.match(
      preparation,
      /(dates this statement was prepared and last reviewed have|date this statement was first prepared has) not been stated/,
      path,
    );
  if (expected.reviewed) assert.match(preparation, `last reviewed on ${formatDate(expected.reviewed)}.`, path);
  else assert.match(preparation, /(last reviewed (have|has) not been stated|When it was last reviewed has not been stated)/, path);
  if (expected.tested) assert.match(preparation, `This website was last tested by hand on ${formatDate(expected.tested)}.`, path);
  else assert.match(preparation, notTested, path);

  // How soon a request for another format is answered, in the council's words or said to be unstated.
  const feedback = pageText(section(main, "Feedback and contact information"));
  if (councilLinesApart && path === "accessibility/") {
    assert.is(expected.replies.length, 0);
    assert.match(feedback, "Its own accessibility statement, in the list at the start of this page, gives its contact details.", path);
    assert.match(
      feedback,
      "The council will consider your request and get back to you. Its own accessibility statement says how soon.",
      path,
    );
  }
  for (const reply of expected.replies) {
    if (reply.responseTime)
      assert.match(feedback, expected.replies.length > 1 ? `${reply.council}: ${reply.responseTime}` : reply.responseTime, path);
    else if (expected.replies.length === 1) assert.match(feedback, `${reply.council} has not stated how soon it replies.`, path);
    else
      assert.match(
        feedback,
        /(The other councils have not stated how soon they reply|None of the councils has stated how soon it replies)\./,
        path,
      );
  }

  // The enforcement procedure, with a link to it.
  const enforcement = section(main, "Enforcement procedure");
  assert.ok(
    enforcement.includes("Equality and Human Rights Commission (EHRC)") || enforcement.includes("Equality Commission for Northern Ireland"),
    `${path}: names who enforces the regulations`,
  );
  assert.match(enforcement, /<a class="govuk-link" href="https:\/\/www\.(equalityadvisoryservice\.com|equalityni\.org)\//, path);
}

const builds = [
  { name: "the example councils", contentDir: examplesDir, site: buildExampleSite() },
  { name: "the real councils", contentDir: "tests/fixtures/real", site: buildExampleSite({ CONTENT_DIR: "tests/fixtures/real" }) },
  // More councils than one page lists (tests/helpers/split-site.ts).
  { name: "forty councils", contentDir: splitSiteContent(), site: buildExampleSite({ CONTENT_DIR: splitSiteContent() }) },
];

for (const { name, contentDir, site } of builds) {
  test(`every statement on ${name}' site has the regulation's parts`, () => {
    const councils = loadContent(contentDir).councils.map((council) => ({ slug: council.slug, file: council.council.data as CouncilFile }));
    const statements: Statement[] = [
      { path: "accessibility/", councils: councils.map((council) => council.file) },
      ...councils.map((council) => ({ path: `${council.slug}/accessibility/`, councils: [council.file] })),
    ];
    for (const statement of statements) checkStatement(site.page(statement.path), statement);
    assert.ok(statements.length > 3);
  });
}

test("a council's own dates, test, failures and reply time are on its statement; another's, not stated, are said to be", () => {
  const example = builds[0]?.site;
  assert.ok(example);
  const brackenfold = pageText(example.page("brackenfold/accessibility/"));
  assert.match(brackenfold, "This statement was prepared on 20 September 2024. It was last reviewed on 15 September 2026.");
  assert.match(brackenfold, "We’ll consider your request and get back to you within 10 working days.");
  assert.match(brackenfold, "This website has not yet been tested by hand.");
  const kestrelmouth = pageText(example.page("kestrelmouth/accessibility/"));
  assert.match(
    kestrelmouth,
    "The savings table's row headers are not announced by VoiceOver on iOS. This fails WCAG 2.2 success criterion 1.3.1. We plan to fix this by 31 January 2027.",
  );
  assert.match(
    kestrelmouth,
    "This website was last tested by hand on 10 June 2026. The test was carried out by Kestrelmouth Council's digital team.",
  );
  const fernshire = pageText(example.page("fernshire/accessibility/"));
  assert.match(fernshire, "The dates this statement was prepared and last reviewed have not been stated.");
  assert.match(fernshire, "Fernshire County Council has not stated how soon it replies.");
  const shared = pageText(example.page("accessibility/"));
  assert.match(shared, "The dates this statement was prepared and last reviewed have not been stated.");
  assert.match(shared, "(found by Kestrelmouth Council)");
  assert.match(
    shared,
    "The council will consider your request and get back to you: Brackenfold District Council: within 10 working days Kestrelmouth Council: within 5 working days The other councils have not stated how soon they reply.",
  );
});

test("no statement claims what a hand test found untrue: that focus always shows clearly, or that spaced text is never cut off", () => {
  for (const { site } of builds) {
    const shared = pageText(site.page("accessibility/"));
    assert.not.match(shared, "shows clearly when it has the keyboard focus");
    assert.not.match(shared, "no text is cut off");
  }
});

test.run();
