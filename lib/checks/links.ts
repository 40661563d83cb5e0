/**
 * The internal link check over a built site: every href, src, srcset, form action and refresh address on every
 * HTML page leads to a file in the folder, and every #fragment to an id on its page. Addresses outside the site
 * (other hosts, mailto:, tel:) are not followed; the build makes no requests.
 *
 * The pages are read with a small tokenizer for start tags and their attributes (comments and the text of script
 * and style elements skipped, character references decoded) rather than a full HTML parser: html-validate's
 * parser drops the contents of <svg>, where charts may hold links, and the pages are valid HTML (html-validate
 * checks every one), so their tags and attributes are well formed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { normalisePathPrefix } from "../settings.ts";

export interface LinkCheckOptions {
  /** The path the site is served from, "/" or "/plans/": a root-relative address must start with it. */
  pathPrefix?: string;
  /** The site's public address: an absolute URL starting with it (and the prefix) is checked as internal. */
  siteUrl?: string;
}

export interface BrokenLink {
  /** The page the link is on, as a path in the folder: "brackenfold/index.html". */
  page: string;
  /** The element and attribute it came from: "a href". */
  attribute: string;
  /** The address as written. */
  url: string;
  /** What is wrong, in words: "no file at /brackenfold/actions/zz9/". */
  problem: string;
}

export interface LinkCheckResult {
  pages: number;
  links: number;
  broken: BrokenLink[];
}

/** A start tag: its name and attributes (names lower-cased, values decoded). */
export interface StartTag {
  name: string;
  attributes: Map<string, string>;
}

const namedReferences: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes character references: the named ones pages use, and every numeric one. */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, reference: string) => {
    if (reference.startsWith("#x") || reference.startsWith("#X")) return String.fromCodePoint(Number.parseInt(reference.slice(2), 16));
    if (reference.startsWith("#")) return String.fromCodePoint(Number.parseInt(reference.slice(1), 10));
    return namedReferences[reference.toLowerCase()] ?? whole;
  });
}

const tagPattern = /<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const rawTextElements = new Set(["script", "style", "textarea", "title"]);

/** Every start tag in a page, in order, with comments, doctype and the text of script and style elements skipped. */
export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  let at = 0;
  while ((at = html.indexOf("<", at)) !== -1) {
    if (html.startsWith("<!--", at)) {
      const end = html.indexOf("-->", at + 4);
      at = end === -1 ? html.length : end + 3;
      continue;
    }
    tagPattern.lastIndex = at;
    const match = tagPattern.exec(html);
    if (!match) {
      at += 1;
      continue;
    }
    const name = (match[1] ?? "").toLowerCase();
    const attributes = new Map<string, string>();
    for (const attribute of (match[2] ?? "").matchAll(attributePattern)) {
      const attributeName = (attribute[1] ?? "").toLowerCase();
      if (!attributes.has(attributeName))
        attributes.set(attributeName, decodeCharacterReferences(attribute[2] ?? attribute[3] ?? attribute[4] ?? ""));
    }
    tags.push({ name, attributes });
    at = tagPattern.lastIndex;
    if (rawTextElements.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, at);
      at = end === -1 ? html.length : end;
    }
  }
  return tags;
}

/** The addresses a tag links to, with the attribute each is in. */
function linksOf(tag: StartTag): { attribute: string; url: string }[] {
  const links: { attribute: string; url: string }[] = [];
  for (const name of ["href", "xlink:href", "src", "action", "poster", "data"]) {
    const value = tag.attributes.get(name);
    if (value === undefined || (name === "data" && tag.name !== "object")) continue;
    links.push({ attribute: `${tag.name} ${name}`, url: value.trim() });
  }
  const srcset = tag.attributes.get("srcset");
  if (srcset !== undefined) {
    for (const candidate of srcset.split(",")) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) links.push({ attribute: `${tag.name} srcset`, url });
    }
  }
  // <meta http-equiv="refresh" content="0; url=/brackenfold/">: the home page's redirect.
  if (tag.name === "meta" && tag.attributes.get("http-equiv")?.toLowerCase() === "refresh") {
    const url = /url\s*=\s*['"]?([^'"]+)/i.exec(tag.attributes.get("content") ?? "")?.[1];
    if (url) links.push({ attribute: "meta refresh", url: url.trim() });
  }
  return links;
}

/** The ids a fragment may point at: every id, and the name of every <a name>. */
function targetsOf(tags: readonly StartTag[]): Set<string> {
  const ids = new Set<string>();
  for (const tag of tags) {
    const id = tag.attributes.get("id");
    if (id) ids.add(id);
    const name = tag.name === "a" ? tag.attributes.get("name") : undefined;
    if (name) ids.add(name);
  }
  return ids;
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((path) => path.split(sep).join("/"))
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();
}

/** "brackenfold/index.html" is served at "/brackenfold/", "404.html" at "/404.html". */
const pageAddress = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, "$1")}`;

export function checkLinks(dir: string, options: LinkCheckOptions = {}): LinkCheckResult {
  const prefix = normalisePathPrefix(options.pathPrefix);
  const siteOrigin = "http://site.invalid";
  // As lib/outputs/urls.ts makes absolute URLs: a SITE_URL that already ends with the prefix keeps it once.
  const site = options.siteUrl?.replace(/\/+$/, "");
  const publicBase =
    site === undefined ? undefined : prefix !== "/" && site.endsWith(prefix.replace(/\/$/, "")) ? `${site}/` : `${site}${prefix}`;
  const pages = filesIn(dir).filter((file) => file.endsWith(".html"));
  const tagsByPage = new Map<string, StartTag[]>();
  const idsByPage = new Map<string, Set<string>>();
  const tagsOf = (file: string): StartTag[] => {
    let tags = tagsByPage.get(file);
    if (!tags) tagsByPage.set(file, (tags = startTags(readFileSync(join(dir, file), "utf8"))));
    return tags;
  };
  const idsOf = (file: string): Set<string> => {
    let ids = idsByPage.get(file);
    if (!ids) idsByPage.set(file, (ids = targetsOf(tagsOf(file))));
    return ids;
  };

  /** The file an address inside the site is served from, or a problem. */
  const fileFor = (sitePath: string): { file: string } | { problem: string } => {
    let path: string;
    try {
      path = decodeURIComponent(sitePath);
    } catch {
      return { problem: "the address is not validly encoded" };
    }
    const relative = path.replace(/^\/+/, "");
    if (relative.split("/").includes("..")) return { problem: "the address leaves the site's folder" };
    const candidates = path.endsWith("/") ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
    const found = candidates.find(
      (candidate) => candidate !== "" && existsSync(join(dir, candidate)) && statSync(join(dir, candidate)).isFile(),
    );
    return found !== undefined ? { file: found } : { problem: `no file at ${prefix.replace(/\/$/, "")}${path}` };
  };

  const broken: BrokenLink[] = [];
  let links = 0;
  for (const page of pages) {
    const pageUrl = new URL(`${prefix.replace(/\/$/, "")}${pageAddress(page)}`, siteOrigin);
    for (const tag of tagsOf(page)) {
      for (const { attribute, url } of linksOf(tag)) {
        links += 1;
        const report = (problem: string) => broken.push({ page, attribute, url, problem });
        if (url === "") {
          report("the address is empty");
          continue;
        }
        const internal = publicBase && url.startsWith(publicBase) ? url.slice(publicBase.length - prefix.length) : url;
        // Another host or scheme (https:, mailto:, tel:, data:) is outside the site: not followed.
        if (/^[a-z][a-z0-9+.-]*:/i.test(internal) || internal.startsWith("//")) continue;
        const resolved = new URL(internal, pageUrl);
        if (!resolved.pathname.startsWith(prefix)) {
          report(`the address is outside the site's path prefix ${prefix}`);
          continue;
        }
        const target = fileFor(`/${resolved.pathname.slice(prefix.length)}`);
        if ("problem" in target) {
          report(target.problem);
          continue;
        }
        const fragment = resolved.hash.slice(1);
        if (fragment === "" || !target.file.endsWith(".html")) continue;
        let id: string;
        try {
          id = decodeURIComponent(fragment);
        } catch {
          id = fragment;
        }
        if (!idsOf(target.file).has(id)) report(`${pageAddress(target.file)} has no element with id "${id}"`);
      }
    }
  }
  return { pages: pages.length, links, broken };
}

/** One line per broken link: "brackenfold/index.html: a href "/x/": no file at /x/". */
export const formatBrokenLink = (link: BrokenLink): string => `${link.page}: ${link.attribute} "${link.url}": ${link.problem}`;
