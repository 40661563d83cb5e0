import { test } from "uvu";
import * as assert from "uvu/assert";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { accessibilityStatement, accessibilityUrl, sharedPagesStatement } from "../../lib/site/accessibility.ts";
import { knownFailures } from "../../lib/site/known-failures.ts";
import { buildExampleSite, runBuild } from "../helpers/build.ts";
import { sitePages } from "../../lib/checks/page-checks.ts";
import { pageText } from "../helpers/page-text.ts";

const england = { gss_code: "E07000990", name: "Brackenfold District Council" };
const tested = { tested: "2025-03-14", tested_by: "the council's digital team" };
const issue = { criterion: "1.4.4", description: "the savings chart's key is too small at 200% zoom", fix_by: "2025-06-30" };
const failure = { criterion: "1.4.3", description: "the home link cannot be read when focused" };

test("a council that has not tested its pages by hand, with no failure known, is not compliant: it cannot say which requirements it meets", () => {
  const statement = accessibilityStatement([{ council: england }], []);
  assert.is(statement.compliance, "not compliant");
  assert.is(statement.testedByHand, false);
  assert.is(statement.tested, undefined);
  assert.equal(statement.failures, []);
});

test("tested by hand with nothing known to fail is fully compliant; with a failure listed, partially", () => {
  assert.is(accessibilityStatement([{ council: { ...england, accessibility: tested } }], []).compliance, "fully compliant");
  const partial = accessibilityStatement([{ council: { ...england, accessibility: { ...tested, issues: [issue] } } }], []);
  assert.is(partial.compliance, "partially compliant");
  assert.equal(partial.failures, [
    { criterion: "1.4.4", description: "the savings chart's key is too small at 200% zoom", fixBy: "2025-06-30" },
  ]);
  assert.is(partial.tested, "2025-03-14");
});

test("the shared pages of several councils are never fully compliant on the councils' own tests, nor dated by them", () => {
  const dated = { ...tested, prepared: "2024-09-20", reviewed: "2026-09-15", response_time: "within 10 working days" };
  const wales = { gss_code: "W06000099", name: "Caerwen County Council" };
  const shared = sharedPagesStatement(
    [{ council: { ...england, accessibility: dated } }, { council: { ...wales, accessibility: dated } }],
    [],
  );
  assert.is(shared.compliance, "not compliant");
  assert.is(shared.testedByHand, false);
  assert.is(shared.tested, undefined);
  assert.is(shared.prepared, undefined);
  assert.is(shared.reviewed, undefined);
  assert.equal(shared.testedBy, []);
  assert.equal(
    shared.replies.map((reply) => reply.responseTime),
    ["within 10 working days", "within 10 working days"],
  );
  // A council's own issue still shows on the shared statement, with the council that found it.
  const withIssue = sharedPagesStatement(
    [{ council: { ...england, accessibility: { ...dated, issues: [issue] } } }, { council: wales }],
    [],
  );
  assert.is(withIssue.compliance, "partially compliant");
  assert.is(withIssue.failures[0]?.foundBy, "Brackenfold District Council");
  // On a site of one council the shared pages are its own, and its record covers them.
  assert.equal(
    sharedPagesStatement([{ council: { ...england, accessibility: dated } }], []),
    accessibilityStatement([{ council: { ...england, accessibility: dated } }], []),
  );
  assert.is(sharedPagesStatement([{ council: { ...england, accessibility: dated } }], []).compliance, "fully compliant");
});

test("the website's own known failures make every statement partially compliant, tested by hand or not, and come first", () => {
  const statement = accessibilityStatement([{ council: { ...england, accessibility: { ...tested, issues: [issue] } } }], [failure]);
  assert.is(statement.compliance, "partially compliant");
  assert.equal(
    statement.failures.map((each) => each.criterion),
    ["1.4.3", "1.4.4"],
  );
  assert.is(accessibilityStatement([{ council: england }], [failure]).compliance, "partially compliant");
});

test("every failure the website knows of has a WCAG 2.2 success criterion, a description and a real date or none", () => {
  assert.ok(knownFailures.length >= 0);
  for (const known of knownFailures) {
    assert.match(known.criterion, /^[1-4]\.[1-9]\.\d{1,2}$/, known.description);
    assert.ok(known.description.length > 10, known.criterion);
    if (known.fixBy !== undefined) assert.match(known.fixBy, /^\d{4}-\d{2}-\d{2}$/, known.description);
  }
});

test("dates prepared and reviewed come from council.yaml: on shared pages, only when every council gives one, the earliest", () => {
  const one = { council: { ...england, accessibility: { prepared: "2024-09-20", reviewed: "2026-09-15" } } };
  const other = { council: { gss_code: "E06000990", accessibility: { prepared: "2024-10-01", reviewed: "2026-07-01" } } };
  assert.equal([accessibilityStatement([one]).prepared, accessibilityStatement([one]).reviewed], ["2024-09-20", "2026-09-15"]);
  assert.equal(
    [accessibilityStatement([one, other]).prepared, accessibilityStatement([one, other]).reviewed],
    ["2024-09-20", "2026-07-01"],
  );
  const none = accessibilityStatement([one, { council: england }]);
  assert.equal([none.prepared, none.reviewed], [undefined, undefined]);
});

test("the reply time for another format is the council's own words, or left unstated", () => {
  const statement = accessibilityStatement([
    { council: { ...england, accessibility: { response_time: "within 10 working days" } } },
    { council: { gss_code: "E06000990", name: "Fernshire County Council" } },
  ]);
  assert.equal(statement.replies, [
    { council: "Brackenfold District Council", responseTime: "within 10 working days" },
    { council: "Fernshire County Council" },
  ]);
});

test("the shared pages count as tested by hand only when every council has tested, as of the earliest test", () => {
  const one = { council: { ...england, accessibility: tested } };
  const other = { council: { gss_code: "E06000990", accessibility: { tested: "2024-11-02", tested_by: "Audit Co" } } };
  assert.is(accessibilityStatement([one, { council: england }]).testedByHand, false);
  const both = accessibilityStatement([one, other]);
  assert.is(both.tested, "2024-11-02");
  assert.equal(both.testedBy, ["the council's digital team", "Audit Co"]);
});

test("the EHRC enforces the regulations in Great Britain, the Equality Commission in Northern Ireland", () => {
  assert.equal(accessibilityStatement([{ council: england }]).enforcedIn, { greatBritain: true, northernIreland: false });
  assert.equal(accessibilityStatement([{ council: { gss_code: "N09000003" } }]).enforcedIn, { greatBritain: false, northernIreland: true });
});

test("each council's statement has its own address, and the shared pages theirs", () => {
  assert.is(accessibilityUrl("brackenfold"), "/brackenfold/accessibility/");
  assert.is(accessibilityUrl(), "/accessibility/");
});

const main = (html: string) => pageText(/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? "");
const headings = (html: string) => [...html.matchAll(/<h([12])[^>]*>([\s\S]*?)<\/h\1>/g)].map((match) => pageText(match[2] ?? ""));

const example = buildExampleSite();

test("a council's statement follows the sample statement's sections, in order", () => {
  const page = example.page("brackenfold/accessibility/");
  assert.equal(headings(/<main[\s\S]*<\/main>/.exec(page)?.[0] ?? ""), [
    "Accessibility statement",
    "How accessible this website is",
    "Feedback and contact information",
    "Reporting accessibility problems with this website",
    "Enforcement procedure",
    "Technical information about this website’s accessibility",
    "Non-accessible content",
    "What we’re doing to improve accessibility",
    "Preparation of this accessibility statement",
  ]);
});

test("a council's statement gives its own contact details, the enforcement procedure, and says honestly how it was tested", () => {
  const words = main(example.page("brackenfold/accessibility/"));
  assert.match(words, "This accessibility statement applies to Brackenfold District Council’s plan and progress update pages");
  assert.match(words, "email performance@brackenfold.example.gov.uk call 01632 960 418 write to Brackenfold District Council, Market Hall");
  assert.match(
    words,
    "If you need information on this website in a different format like accessible PDF, large print, easy read, audio recording or braille",
  );
  assert.match(words, "The Equality and Human Rights Commission (EHRC) is responsible for enforcing");
  assert.match(words, "contact the Equality Advisory and Support Service (EASS)");
  assert.not.match(words, "Northern Ireland");
  assert.match(
    words,
    // Brackenfold has not tested its pages by hand, and the website knows of no failure (lib/site/known-failures.ts).
    "This website is not compliant with the Web Content Accessibility Guidelines version 2.2 AA standard: it has not yet been tested by hand against the standard",
  );
  assert.match(words, "has not yet been tested by hand");
  assert.match(words, "axe-core");
  assert.match(words, "html-validate");
  assert.not.match(words, "last tested by hand on");
  assert.match(words, "This statement was prepared on 20 September 2024. It was last reviewed on 15 September 2026.");
  assert.match(words, "get back to you within 10 working days");
});

test("the shared statement lists every council's statement and contact, and every page's footer links to its statement", () => {
  const words = main(example.page("accessibility/"));
  for (const council of ["Brackenfold District Council", "Kestrelmouth Council", "Fernshire County Council"]) {
    assert.match(words, `accessibility statement for ${council}’s pages`);
  }
  assert.match(words, "email performance@fernshire.example.gov.uk");
  for (const path of sitePages(example.outputDir)) {
    const council = /^(brackenfold|kestrelmouth|fernshire)\//.exec(path)?.[1];
    const footer = /<footer[\s\S]*<\/footer>/.exec(example.page(path === "" ? "index.html" : path))?.[0] ?? "";
    assert.match(footer, `<a class="govuk-footer__link" href="${accessibilityUrl(council)}">Accessibility statement</a>`, path);
  }
});

test("a council that has tested by hand shows when, by whom and how, and what is still to fix with its success criterion", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-statement-"));
  cpSync("tests/fixtures/minimal", dir, { recursive: true });
  const file = join(dir, "councils/wrenmoor/council.yaml");
  writeFileSync(
    file,
    `${readFileSync(file, "utf8")}accessibility:\n  tested: "2025-03-14"\n  tested_by: "Shoreline Audit Ltd"\n  method: "an audit of 12 pages"\n  issues:\n    - criterion: "1.3.1"\n      description: "some table headers are not announced in VoiceOver on iOS"\n`,
  );
  // Built afresh, not from the shared cache: this content exists only for this test.
  const built = runBuild({ CONTENT_DIR: dir });
  assert.is(built.status, 0, built.stderr);
  const words = main(readFileSync(join(built.outputDir, "wrenmoor/accessibility/index.html"), "utf8"));
  rmSync(dir, { recursive: true, force: true });
  rmSync(built.outputDir, { recursive: true, force: true });
  assert.match(
    words,
    "This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below.",
  );
  assert.match(
    words,
    "Some table headers are not announced in VoiceOver on iOS. This fails WCAG 2.2 success criterion 1.3.1. No date has been set to fix this yet.",
  );
  assert.match(
    words,
    "This website was last tested by hand on 14 March 2025. The test was carried out by Shoreline Audit Ltd. How it was tested: an audit of 12 pages.",
  );
  assert.not.match(words, "not yet been tested by hand");
});

test.run();
