/**
 * Checking a council's logo before it is copied into the site. An SVG is a document, not just a picture:
 * opened at its own address it runs any script it holds with the site's origin, so a logo that could run
 * code is refused rather than cleaned. A PNG must really be a PNG.
 * https://developer.mozilla.org/en-US/docs/Web/SVG/Guides/SVG_as_an_image (scripts run when opened directly)
 */
import { readFileSync, realpathSync, statSync } from "node:fs";
import { extname, sep } from "node:path";
import { contentError, type ContentError } from "../errors.ts";
import { displayPath } from "./discover.ts";
import { decodeContentText, maxContentFileBytes } from "./text.ts";
import { SourceMap } from "./yaml.ts";

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const svgHint =
  "export the logo again as a plain SVG image, or use a PNG; a logo may not hold scripts, event handlers, script links or embedded pages";

/** What an SVG may not hold, each with the reason given to the officer. The first match is reported. */
const svgDangers: { pattern: RegExp; message: (match: string) => string }[] = [
  { pattern: /<\s*([\w-]+:)?script\b/i, message: () => "has a <script> element, which would run code on the site" },
  {
    pattern: /\son[a-z]+\s*=/i,
    message: (match) => `has an "${match.trim().replace(/\s*=$/, "")}" attribute, which would run code on the site`,
  },
  {
    pattern: /j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:/i,
    message: () => 'has a link to a "javascript:" address, which would run code on the site',
  },
  { pattern: /<\s*([\w-]+:)?foreignObject\b/i, message: () => "has a <foreignObject> element, which can hold a whole web page" },
  { pattern: /<!ENTITY/i, message: () => "declares XML entities, which can expand without limit" },
];

/** Problems with the logo file at `path`, which council.yaml names and which sits in `councilFolder`. */
export function checkLogo(path: string, councilFolder: string): ContentError[] {
  const file = displayPath(path);
  if (!realpathSync.native(path).startsWith(realpathSync.native(councilFolder) + sep)) {
    return [
      contentError({
        file,
        field: "",
        message: "is a link to a file outside the council's folder",
        hint: "copy the logo into the council's folder instead of linking to it",
      }),
    ];
  }
  const stats = statSync(path);
  if (!stats.isFile())
    return [contentError({ file, field: "", message: "is a folder, not an image", hint: "put the logo file itself beside council.yaml" })];
  const size = stats.size;
  if (size > maxContentFileBytes) {
    return [
      contentError({
        file,
        field: "",
        message: `is ${(size / 1024 / 1024).toFixed(1)} MB, larger than the ${maxContentFileBytes / 1024 / 1024} MB a logo may be`,
        hint: "save a smaller image; a logo is shown at about 40 pixels high",
      }),
    ];
  }
  const bytes = readFileSync(path);
  if (extname(path).toLowerCase() === ".png") {
    if (pngSignature.every((byte, index) => bytes[index] === byte)) return [];
    return [
      contentError({
        file,
        line: 1,
        column: 1,
        field: "",
        message: "is not a PNG image",
        hint: "save the logo as a PNG, or as an SVG named logo.svg",
      }),
    ];
  }
  const source = decodeContentText(bytes, file);
  if ("message" in source) return [source];
  const text = decodeCharacterReferences(source.text);
  if (!/<\s*([\w-]+:)?svg\b/i.test(text)) {
    return [contentError({ file, line: 1, column: 1, field: "", message: "is not an SVG image", hint: svgHint })];
  }
  const sourceMap = new SourceMap(source.text);
  for (const danger of svgDangers) {
    const found = danger.pattern.exec(text);
    if (!found) continue;
    // Positions are reported in the file as written; a match only found once references are decoded is placed at its tag.
    const offset = danger.pattern.exec(source.text)?.index ?? source.text.lastIndexOf("<", found.index);
    return [
      contentError({ file, ...sourceMap.positionOf(Math.max(0, offset)), field: "", message: danger.message(found[0]), hint: svgHint }),
    ];
  }
  return [];
}

/** "&#106;avascript:" is "javascript:" to a browser, so checks run on the text with character references decoded. */
function decodeCharacterReferences(text: string): string {
  return text.replace(/&#(x[0-9a-f]+|\d+);?/gi, (reference, code: string) => {
    const point = code[0] === "x" || code[0] === "X" ? Number.parseInt(code.slice(1), 16) : Number.parseInt(code, 10);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : reference;
  });
}
