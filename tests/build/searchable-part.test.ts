import { test } from "uvu";
import * as assert from "uvu/assert";
import { isSearchable, searchablePart } from "../../lib/build/searchable-part.ts";

const page = (main: string) =>
  `<!DOCTYPE html>\n<html lang="en-GB" class="govuk-template">\n<head><title>t</title><link rel="stylesheet" href="/a.css"></head>\n<body><header>Council</header>${main}<footer>Footer</footer></body>\n</html>\n`;

test("keeps the language and the marked main element, without the header, footer or ignored status tables", () => {
  const main = [
    `<main class="govuk-main-wrapper" id="main" data-pagefind-body>`,
    `<h1>Update</h1>`,
    `<div hidden data-pagefind-ignore><span data-pagefind-filter="council">Brackenfold</span></div>`,
    `<section class="app-table-wrapper" tabindex="0" aria-label="Milestones" data-pagefind-ignore><table><tr><td>On track</td></tr></table></section>`,
    `<p>Quarrymoor Lane</p>`,
    `</main>`,
  ].join("\n");
  assert.is(
    searchablePart(page(main)),
    `<!DOCTYPE html><html lang="en-GB"><head></head><body><main class="govuk-main-wrapper" id="main" data-pagefind-body>\n <h1>Update</h1>\n <div hidden data-pagefind-ignore><span data-pagefind-filter="council">Brackenfold</span></div>\n\n <p>Quarrymoor Lane</p>\n</main></body></html>`,
  );
});

test("an ignored section holding another section is kept whole, for Pagefind to skip itself", () => {
  const nested = `<section data-pagefind-ignore><section><p>a</p></section><p>b</p></section>`;
  assert.match(
    searchablePart(page(`<main data-pagefind-body>${nested}<p>c</p></main>`)),
    ` <section data-pagefind-ignore> <section> <p>a</p></section> <p>b</p></section> <p>c</p>`,
  );
});

test("a term and its value, and neighbouring cells, are kept apart for Pagefind, not run together as 'OwnerHead of Waste'", () => {
  const main = [
    `<main data-pagefind-body>`,
    `<dl><div><dt>Owner</dt><dd>Head of Waste</dd></div><div><dt>Lead member</dt><dd>Cabinet Member</dd></div></dl>`,
    `<table><tr><th>Financial year</th><th>Planned</th><th>Delivered</th></tr><tr><td>2024/25</td><td>£100,000</td></tr></table>`,
    `<ul><li>One</li><li>Two</li></ul><p>Text<strong>bold</strong> and <a href="/x/">a link</a></p>`,
    `</main>`,
  ].join("");
  const text = searchablePart(page(main))
    .replace(/<[^>]*>/g, "")
    .replace(/\s+/g, " ");
  assert.is(
    text,
    " Owner: Head of Waste Lead member: Cabinet Member Financial year Planned Delivered 2024/25 £100,000 One Two Textbold and a link",
  );
});

test("a page without a main element or a language is handed over whole", () => {
  const noMain = page(`<div data-pagefind-body>Text</div>`);
  assert.is(searchablePart(noMain), noMain);
  const noLanguage = `<html><body><main data-pagefind-body>Text</main></body></html>`;
  assert.is(searchablePart(noLanguage), noLanguage);
});

test("only pages marked data-pagefind-body are searchable", () => {
  assert.ok(isSearchable(page(`<main data-pagefind-body></main>`)));
  assert.not.ok(isSearchable(page(`<main></main>`)));
});

test.run();
