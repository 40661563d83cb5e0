import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatContentError, type ContentError } from "../../lib/errors.ts";
import { decodeContentText, maxContentFileBytes, readContentText, type SourceText } from "../../lib/load/text.ts";

const file = "content/councils/x/plan.yaml";
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : Buffer.from(part))));

function text(result: SourceText | ContentError): string {
  if ("message" in result) throw new Error(formatContentError(result));
  return result.text;
}

function problem(result: SourceText | ContentError): string {
  if (!("message" in result)) throw new Error(`expected a problem, got ${JSON.stringify(result.text)}`);
  return formatContentError(result);
}

test("UTF-8 text is read as it is", () => {
  assert.is(text(decodeContentText(bytes('title: "Café £4.2 million – plan"\n'), file)), 'title: "Café £4.2 million – plan"\n');
});

test("a byte-order mark is accepted and dropped", () => {
  assert.is(text(decodeContentText(bytes([0xef, 0xbb, 0xbf], "title: Plan\n"), file)), "title: Plan\n");
});

test("Windows line endings are accepted and read as plain new lines, keeping every line", () => {
  assert.is(text(decodeContentText(bytes("id: CS1\r\ntitle: Plan\r\n\r\nowner: HR\r\n"), file)), "id: CS1\ntitle: Plan\n\nowner: HR\n");
  assert.is(text(decodeContentText(bytes("id: CS1\rtitle: Plan\r"), file)), "id: CS1\ntitle: Plan\n");
});

test("bytes that are not UTF-8 are refused with the line and column of the first bad one", () => {
  // "£" saved as Windows-1252 is the single byte 0xA3.
  const windows1252 = bytes("id: CS1\ntitle: Plan\nsummary: Saves ", [0xa3], "120,000 a year\n");
  assert.is(
    problem(decodeContentText(windows1252, file)),
    "content/councils/x/plan.yaml:3:16 is not UTF-8 text (save the file as UTF-8 (in most editors: Save with encoding, UTF-8))",
  );
});

test("a bad byte after multi-byte characters on the same line is placed by character, not byte", () => {
  const result = decodeContentText(bytes("a: ££", [0xff]), file);
  assert.ok("message" in result);
  assert.equal([result.line, result.column], [1, 6]);
});

test("a character cut short at the end of the file is refused too", () => {
  const result = decodeContentText(bytes("a: b\nc: ", [0xe2, 0x82]), file);
  assert.ok("message" in result);
  assert.equal([result.line, result.column], [2, 4]);
});

test("a character whose continuation bytes are wrong is placed where the character starts", () => {
  const result = decodeContentText(bytes("a: b", [0xe2], "x\n"), file);
  assert.ok("message" in result);
  assert.equal([result.line, result.column], [1, 5]);
});

test("an empty file is refused with a clear message", () => {
  for (const empty of ["", "\n\n", "   \r\n", "\ufeff"]) {
    assert.is(
      problem(decodeContentText(bytes(empty), file)),
      "content/councils/x/plan.yaml:1:1 is empty (copy an example file to start from)",
      JSON.stringify(empty),
    );
  }
});

test("a file over the size limit is refused without being read into a page", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-text-"));
  const path = join(dir, "huge.yaml");
  writeFileSync(path, `summary: "${"a".repeat(maxContentFileBytes + 100_000)}"\n`);
  assert.is(
    problem(readContentText(path, "content/councils/x/huge.yaml")),
    "content/councils/x/huge.yaml is 1.1 MB, larger than the 1 MB a content file may be (split long narrative into a shorter update and link to the full report)",
  );
});

test("a file is read from disk with its display path", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-text-"));
  const path = join(dir, "plan.yaml");
  writeFileSync(path, "\ufefftitle: Plan\r\n");
  assert.equal(readContentText(path, file), { file, text: "title: Plan\n" });
});

test.run();
