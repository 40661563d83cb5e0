import { test } from "uvu";
import * as assert from "uvu/assert";
import { argumentSettings, normalisePathPrefix, readSettings } from "../lib/settings.ts";

const epoch = { SOURCE_DATE_EPOCH: "1795435200" };

test("a build is not a preview unless PREVIEW says so", () => {
  assert.is(readSettings(epoch).preview, false);
  assert.is(readSettings({ ...epoch, PREVIEW: "" }).preview, false);
  assert.is(readSettings({ ...epoch, PREVIEW: "false" }).preview, false);
  assert.is(readSettings({ ...epoch, PREVIEW: "true" }).preview, true);
  assert.is(readSettings({ ...epoch, PREVIEW: "1" }).preview, true);
});

test("a PREVIEW that is neither true nor false is refused, naming both", () => {
  assert.throws(() => readSettings({ ...epoch, PREVIEW: "perhaps" }), /PREVIEW must be true or false, not "perhaps"/);
});

test("--as-of with a date, spaced or with =, judges the site on that day", () => {
  assert.equal(argumentSettings(["--as-of", "2027-02-10"]), { env: { AS_OF: "2027-02-10" } });
  assert.equal(argumentSettings(["--as-of=2027-02-10"]), { env: { AS_OF: "2027-02-10" } });
  assert.equal(argumentSettings([]), { env: {} });
  assert.is(readSettings({ ...epoch, AS_OF: "2027-02-10" }).asOf, "2027-02-10");
});

test("--as-of given seconds, no date or a date that does not exist, or another option, is refused with what to write", () => {
  assert.equal(argumentSettings(["--as-of", "1795435200"]), {
    problem: '--as-of must be a date written year-month-day, for example 2027-02-10, not "1795435200"',
  });
  assert.equal(argumentSettings(["--as-of"]), { problem: "--as-of needs a date written year-month-day, for example --as-of 2027-02-10" });
  assert.match(JSON.stringify(argumentSettings(["--as-of", "2027-02-29"])), "which is not a real date");
  assert.equal(argumentSettings(["--asof", "2027-02-10"]), {
    problem: '"--asof" is not an option here; the only one is --as-of, for example --as-of 2027-02-10',
  });
});

test("a path prefix has one slash at each end however it is written, and none is the root", () => {
  for (const written of ["plans", "/plans", "plans/", "//plans//", " /plans/ "])
    assert.is(normalisePathPrefix(written), "/plans/", written);
  assert.is(normalisePathPrefix("a/b"), "/a/b/");
  for (const none of [undefined, "", "/", "  ", "//"]) assert.is(normalisePathPrefix(none), "/", String(none));
  assert.is(readSettings({ PATH_PREFIX: "plans" }).pathPrefix, "/plans/");
});

test.run();
