/**
 * Tidies the whitespace Nunjucks leaves in a built page: GOV.UK Frontend's macros and our own `{% if %}`
 * blocks leave lines of nothing but indentation, and spaces at the ends of lines. Both are noise (and
 * html-validate's `no-trailing-whitespace` flags them); removing them changes nothing a reader sees,
 * because a line break is still whitespace between words and attributes. Text inside <pre> and <textarea>
 * is kept exactly, since there every space is shown.
 */

/** <pre> and <textarea> elements, whose whitespace is content. */
const preserved = /<(pre|textarea)\b[\s\S]*?<\/\1\s*>/gi;

export function tidyWhitespace(html: string): string {
  let tidied = "";
  let from = 0;
  for (const match of html.matchAll(preserved)) {
    tidied += tidyLines(html.slice(from, match.index)) + match[0];
    from = match.index + match[0].length;
  }
  return tidied + tidyLines(html.slice(from));
}

/** Drops spaces and tabs before each line break, then the blank lines that leaves. */
function tidyLines(text: string): string {
  return text.replace(/[ \t]+(?=\r?\n)/g, "").replace(/(\r?\n)(?:\r?\n)+/g, "$1");
}
