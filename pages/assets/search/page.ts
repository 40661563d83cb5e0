/**
 * The search page's only script: a small interface on Pagefind's JavaScript API (https://pagefind.app/docs/api/),
 * bundled by the build into /assets/search.js (lib/build/search-script.ts). It reads ?q= and the filters from the
 * address, so the header's plain form lands on results, and writes them back so that a search can be bookmarked or
 * shared. It adds no inline script or style, so it runs under a strict Content Security Policy ('wasm-unsafe-eval'
 * is needed for Pagefind's WebAssembly).
 *
 * On a site of several councils, ?council= (which the header's form sends from a council's pages) searches that
 * council's own, small index (/<council>/pagefind/, lib/build/search-bundles.ts) rather than every council's; "Search
 * all councils" widens it to the site's index.
 */
import type { SearchableCouncil } from "./councils.ts";
import type { PageData, PagefindInstance, PagefindModule, Result } from "./pagefind.ts";
import { searchFor, type Found } from "./search.ts";
import { suggestionFor, unfoundWords, type SiteWords } from "./suggestion.ts";
import { bare } from "./words.ts";

// This file is /<prefix>/assets/search.js, so the site's root is one folder up: works under PATH_PREFIX.
const siteRoot = new URL("../", import.meta.url);
const pageSize = 10;

/** The element the search page marks with `selector`; the page's template (pages/search.njk) always has it. */
function required<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`The search page has no ${selector}`);
  return found;
}

const form = required<HTMLFormElement>("[data-search-form]");
const fallback = required<HTMLElement>("[data-search-fallback]");
const input = required<HTMLInputElement>("#search-q");
const status = required<HTMLElement>("[data-search-status]");
const list = required<HTMLOListElement>("[data-search-results]");
const more = required<HTMLButtonElement>("[data-search-more]");
const filtersFieldset = required<HTMLFieldSetElement>("[data-search-filters]");
const suggestionLine = required<HTMLElement>("[data-search-suggestion]");
const help = required<HTMLElement>("[data-search-help]");
const sortSelect = required<HTMLSelectElement>("#search-sort");
/** Only on a site of several councils: the council searched, and the link that widens the search to all of them. */
const councilSelect = document.querySelector<HTMLSelectElement>("#search-council");
const widen = document.querySelector<HTMLElement>("[data-search-widen]");
const pageTitle = document.title;
const selects = [...document.querySelectorAll<HTMLSelectElement>("[data-search-filter]")];
/** The selects that filter within the index searched; the council chooses the index, and sort orders. */
const filterSelects = selects.filter((select) => select !== sortSelect && select !== councilSelect);
const councils: SearchableCouncil[] = [...(councilSelect?.options ?? [])]
  .filter((option) => option.value)
  .map((option) => ({ slug: option.value, name: option.text }));

let pagefind: PagefindModule;
const instances = new Map<string, PagefindInstance>();
let latest = 0;
let pending: Result[] = [];

/** The index for the council chosen (its folder name), or the site's for "" (https://pagefind.app/docs/multisite/). */
function instanceFor(council: string): PagefindInstance {
  let instance = instances.get(council);
  if (!instance) {
    instance = pagefind.createInstance({
      basePath: new URL(council ? `${council}/pagefind/` : "pagefind/", siteRoot).pathname,
      baseUrl: siteRoot.pathname,
      // noWorker: Pagefind searches on this page rather than in a web worker of its own, which would be one more
      // script to download before the first results (12 KB gzipped); a search takes milliseconds either way.
      noWorker: true,
      // An excerpt that starts or ends within the page's text says so with "…".
      excerptEllipsis: "…",
    });
    instances.set(council, instance);
  }
  return instance;
}

function readAddress(): void {
  const params = new URLSearchParams(window.location.search);
  input.value = params.get("q") ?? "";
  // A value the select does not offer (a council that is not on the site) leaves it at "All councils".
  for (const select of selects) select.value = params.get(select.name) ?? "";
}

function searchAddress(query: string, council = councilSelect?.value ?? ""): string {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  for (const select of selects) {
    const value = select === councilSelect ? council : select.value;
    if (value) params.set(select.name, value);
  }
  const address = params.toString();
  return address ? `?${address}` : window.location.pathname;
}

function writeAddress(): void {
  window.history.replaceState(null, "", searchAddress(input.value.trim()));
}

function chosenFilters(): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const select of filterSelects) if (select.value) filters[select.name] = select.value;
  return filters;
}

const plural = (count: number, one: string, many: string): string => `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;

let siteWords: Promise<SiteWords> | undefined;

/** The site's own words, most used first (lib/build/search-words.ts), and the edit distance to compare them by. */
function loadSiteWords(): Promise<SiteWords> {
  siteWords ??= Promise.all([
    fetch(new URL("search/words.json", siteRoot)).then((response) => response.json() as Promise<string[]>),
    import(new URL("assets/levenshtein.js", siteRoot).href) as Promise<{ distance: (a: string, b: string) => number }>,
  ]).then(([words, { distance }]) => ({ words, known: new Set(words), distance }));
  return siteWords;
}

/** "in Brackenfold District Council", "in all councils", or nothing on a site of one council. */
function councilsSearched(found: Found, council: SearchableCouncil | undefined): string {
  const named = found.council ?? council;
  if (named) return ` in ${named.name}`;
  return councils.length > 0 ? " in all councils" : "";
}

async function runSearch(): Promise<void> {
  const query = input.value.trim();
  const filters = chosenFilters();
  const filtered = Object.keys(filters).length > 0;
  const council = councils.find((each) => each.slug === councilSelect?.value);
  const searchId = ++latest;
  document.title = query ? `${query} – ${pageTitle}` : pageTitle;
  suggestionLine.hidden = true;
  suggestionLine.replaceChildren();
  help.hidden = true;
  if (widen) widen.hidden = true;
  // Nothing typed and nothing chosen: no results yet. A council chosen alone lists its pages, as a filter would.
  if (!query && !filtered && !council) {
    status.textContent = "";
    list.replaceChildren();
    more.hidden = true;
    return;
  }
  list.setAttribute("aria-busy", "true");
  const options = { filters, ...(sortSelect.value === "date" && { sort: { date: "desc" as const } }) };
  let found: Found;
  let first: PageData[];
  try {
    const instance = instanceFor(council?.slug ?? "");
    found = query
      ? await searchFor(instance, query, options, council ? [] : councils)
      : { results: (await instance.search(null, options)).results, words: [] };
    if (searchId !== latest) return;
    first = await Promise.all(found.results.slice(0, pageSize).map((result) => result.data()));
  } catch (error) {
    status.textContent = "Search is not working at the moment.";
    help.hidden = false;
    list.setAttribute("aria-busy", "false");
    throw error;
  }
  if (searchId !== latest) return;
  pending = found.results;
  const unfound = found.words.length > 0 ? unfoundWords(found.words, first) : [];
  const suggestion =
    unfound.length > 0 || pending.length === 0
      ? suggestionFor(query, unfound.length > 0 ? unfound : found.words.map(bare), await loadSiteWords())
      : undefined;
  if (searchId !== latest) return;
  // A match on the start of an unrelated word is not an answer: no results, and the nearest words instead.
  if (unfound.length > 0) pending = [];
  list.replaceChildren();
  const count = pending.length;
  const what = query ? ` for ‘${query}’` : "";
  const where = councilsSearched(found, council);
  const narrowed = filtered ? " with the filters chosen" : "";
  if (count === 0) {
    status.textContent = `No results${what}${where}${narrowed}.${suggestion ? ` Did you mean ‘${suggestion}’?` : ""}`;
    help.hidden = false;
    if (suggestion) {
      const link = element("a", "govuk-link", suggestion);
      link.href = searchAddress(suggestion);
      link.addEventListener("click", (event) => {
        event.preventDefault();
        input.value = suggestion;
        writeAddress();
        void runSearch();
      });
      suggestionLine.replaceChildren("Did you mean ", link, "?");
      suggestionLine.hidden = false;
    }
  } else {
    status.textContent = `${plural(count, "result", "results")}${what}${where}${narrowed}.`;
  }
  if (widen && council) {
    widen.querySelector("a")?.setAttribute("href", searchAddress(query, ""));
    widen.hidden = false;
  }
  await showMore(searchId, false, first);
  list.setAttribute("aria-busy", "false");
}

/** The next page of results: Pagefind loads each result's text only when it is shown. */
async function showMore(searchId: number, focusFirst = false, loaded?: PageData[]): Promise<void> {
  const batch = pending.splice(0, pageSize);
  const data = loaded?.slice(0, batch.length) ?? (await Promise.all(batch.map((result) => result.data())));
  if (searchId !== latest) return;
  const items = data.map(resultItem);
  list.append(...items);
  more.hidden = pending.length === 0;
  if (focusFirst) items[0]?.querySelector("a")?.focus();
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function resultItem(result: PageData): HTMLLIElement {
  const { meta } = result;
  const link = element("a", "govuk-link", meta.title ?? result.url);
  link.href = result.url;
  const item = element(
    "li",
    "app-search__result",
    element("h2", "govuk-heading-s app-search__title", link),
    element("p", "govuk-body-s app-search__context", [meta.council, meta.type].filter(Boolean).join(" · ")),
    element("p", "govuk-body app-search__excerpt", ...excerptNodes(result.excerpt)),
  );
  if (meta.date && meta.date_text) {
    const time = element("time", "", meta.date_text);
    time.dateTime = meta.date;
    item.append(element("p", "govuk-body-s app-search__date", `${meta.date_label ?? "Last updated"} `, time));
  }
  return item;
}

/** Pagefind's excerpt is escaped text with <mark> around the words found; keep only those two things. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(html, "text/html").body.childNodes;
  return [...parsed].map((node) =>
    node.nodeName === "MARK" ? element("mark", "", node.textContent ?? "") : document.createTextNode(node.textContent ?? ""),
  );
}

async function start(): Promise<void> {
  try {
    pagefind = (await import(new URL("pagefind/pagefind.js", siteRoot).href)) as PagefindModule;
  } catch (error) {
    status.textContent = "Search is not working at the moment.";
    help.hidden = false;
    throw error;
  }
  // The filters' values are in the page already (lib/outputs/search-filter-options.ts), so Pagefind loads a
  // filter's index only when a search uses it.
  readAddress();
  fallback.hidden = true;
  filtersFieldset.hidden = false;
  filtersFieldset.disabled = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    writeAddress();
    void runSearch();
  });
  for (const select of selects) {
    select.addEventListener("change", () => {
      writeAddress();
      void runSearch();
    });
  }
  // "Search all councils": the same words, every council's index; the status line says so when the results come.
  widen?.querySelector("a")?.addEventListener("click", (event) => {
    event.preventDefault();
    if (councilSelect) councilSelect.value = "";
    writeAddress();
    input.focus();
    void runSearch();
  });
  more.addEventListener("click", () => void showMore(latest, true));
  await runSearch();
}

void start();
