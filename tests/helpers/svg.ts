/** Checks every chart must pass: one accessible image, well formed, with no styles or scripts (CSP). */
import * as assert from "uvu/assert";

/** The text of the chart's <title> and <desc>, after checking that aria-labelledby and aria-describedby name them. */
export function accessibleSvg(svg: string): { title: string; desc: string } {
  assert.ok(svg.startsWith("<svg ") && svg.endsWith("</svg>"), "one <svg> element");
  assert.match(svg, / role="img"/);
  assert.match(svg, / viewBox="0 0 \d+ \d+"/);
  assert.not.match(svg, /style=|<style|<script|javascript:/i);
  assertWellFormed(svg);
  const labelledBy = / aria-labelledby="([^"]+)"/.exec(svg)?.[1];
  const describedBy = / aria-describedby="([^"]+)"/.exec(svg)?.[1];
  const title = new RegExp(`<title id="${labelledBy}">([^<]*)</title>`).exec(svg)?.[1];
  const desc = new RegExp(`<desc id="${describedBy}">([^<]*)</desc>`).exec(svg)?.[1];
  assert.ok(title, "aria-labelledby names the <title>");
  assert.ok(desc, "aria-describedby names the <desc>");
  return { title: title ?? "", desc: desc ?? "" };
}

/** Every tag closed in order, and no stray "<" or "&" in text: what an XML parser would insist on. */
export function assertWellFormed(markup: string): void {
  const open: string[] = [];
  const tag = /<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z:-]+="[^"<]*")*)\s*(\/?)>/y;
  let index = 0;
  while (index < markup.length) {
    const next = markup.indexOf("<", index);
    const textPart = markup.slice(index, next === -1 ? undefined : next);
    assert.not.match(textPart, /&(?!(amp|lt|gt|quot|#39);)/, `unescaped "&" in ${textPart}`);
    if (next === -1) break;
    tag.lastIndex = next;
    const match = tag.exec(markup);
    assert.ok(match, `a tag at ${markup.slice(next, next + 40)}`);
    if (!match) return;
    const [, closing, name, , selfClosing] = match;
    if (closing) assert.is(open.pop(), name, `</${name}> closes the element last opened`);
    else if (!selfClosing) open.push(name ?? "");
    index = tag.lastIndex;
  }
  assert.equal(open, [], "every element is closed");
}

/** The words of the chart's text labels, in order. */
export function labels(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((match) => match[1] ?? "");
}
