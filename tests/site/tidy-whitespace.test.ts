import { test } from "uvu";
import * as assert from "uvu/assert";
import { tidyWhitespace } from "../../lib/site/tidy-whitespace.ts";

test("spaces at the ends of lines go, and so do lines of nothing but indentation", () => {
  const built = '<div \n    class="govuk-tag">\n    \n  <p>On track</p>  \n\t\n</div>\n';
  assert.is(tidyWhitespace(built), '<div\n    class="govuk-tag">\n  <p>On track</p>\n</div>\n');
});

test("words either side of a removed line break stay apart", () => {
  assert.is(tidyWhitespace("<p>Due \n  \n 30 June 2025</p>"), "<p>Due\n 30 June 2025</p>");
});

test("text in <pre> and <textarea> keeps every space, while the page around it is tidied", () => {
  const built = "<main>  \n<pre>line one   \n\n  line three</pre>  \n<textarea name=q>a  \n\nb</textarea> \n</main>";
  assert.is(tidyWhitespace(built), "<main>\n<pre>line one   \n\n  line three</pre>\n<textarea name=q>a  \n\nb</textarea>\n</main>");
});

test("a page with nothing to tidy is unchanged, Windows line ends included", () => {
  const page = '<!DOCTYPE html>\r\n<html lang="en-GB">\r\n<body><p>Complete</p></body>\r\n</html>\r\n';
  assert.is(tidyWhitespace(page), page);
  assert.is(tidyWhitespace("<p>a</p>  \r\n\r\n<p>b</p>"), "<p>a</p>\r\n<p>b</p>");
});

test.run();
