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

/**
 * Drops spaces and tabs before each line break, then the blank lines that leaves. One pass over the lines:
 * the equivalent regular expression, /[ \t]+(?=\r?\n)/, backtracks through every run of indentation and
 * took seconds across a national build.
 */
function tidyLines(text: string): string {
  const lines = text.split("\n");
  const last = lines.length - 1;
  let tidied = "";
  for (let index = 0; index < last; index += 1) {
    const line = trimLineEnd(lines[index] ?? "");
    // A line left empty follows another line break, so dropping it leaves that one break.
    if (index > 0 && (line === "" || line === "\r")) continue;
    tidied += `${line}\n`;
  }
  // Text after the last line break is not followed by one, so its spaces are not at a line's end.
  return tidied + (lines[last] ?? "");
}

/** The line without the spaces and tabs at its end, keeping a carriage return of a CRLF line break. */
function trimLineEnd(line: string): string {
  const carriageReturn = line.endsWith("\r") ? 1 : 0;
  const textEnd = line.length - carriageReturn;
  let end = textEnd;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end -= 1;
  if (end === textEnd) return line;
  return line.slice(0, end) + (carriageReturn ? "\r" : "");
}
