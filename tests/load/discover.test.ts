import { test } from "uvu";
import * as assert from "uvu/assert";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatContentError } from "../../lib/errors.ts";
import { discoverContent, displayPath } from "../../lib/load/discover.ts";

/** A copy of the minimal fixture in a folder of its own. */
function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-discover-"));
  cpSync("tests/fixtures/minimal", dir, { recursive: true });
  return dir;
}

function problems(dir: string): string[] {
  return discoverContent(dir).errors.map((error) => formatContentError(error).replaceAll(`${dir}/`, ""));
}

test("each council folder's files are found, actions and updates in name order", () => {
  const dir = contentCopy();
  const { councils, errors } = discoverContent(dir);
  assert.equal(errors, []);
  assert.equal(
    councils.map((council) => ({
      slug: council.slug,
      council: council.council?.replace(`${dir}/`, ""),
      plan: council.plan?.replace(`${dir}/`, ""),
      actions: council.actions.map((path) => path.replace(`${dir}/`, "")),
      updates: council.updates.map((path) => path.replace(`${dir}/`, "")),
    })),
    [
      {
        slug: "wrenmoor",
        council: "councils/wrenmoor/council.yaml",
        plan: "councils/wrenmoor/plan.yaml",
        actions: ["councils/wrenmoor/actions/CS1.yaml", "councils/wrenmoor/actions/WS1.yaml"],
        updates: ["councils/wrenmoor/updates/2024-25-q2.md", "councils/wrenmoor/updates/2024-25-q3.md"],
      },
    ],
  );
});

test("a content folder with no councils folder says where content belongs", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-pages-discover-"));
  assert.equal(problems(dir), [
    "councils does not exist (content lives in <content folder>/councils/<council>/; set CONTENT_DIR to the content folder)",
  ]);
});

test("a council folder name that cannot be a web address is refused", () => {
  const dir = contentCopy();
  cpSync(join(dir, "councils/wrenmoor"), join(dir, "councils/North_Wrenmoor"), { recursive: true });
  assert.equal(problems(dir), [
    'councils/North_Wrenmoor "North_Wrenmoor" cannot be a council folder name (use lowercase letters, digits and hyphens only, for example "north-brackenfold"; it becomes the web address)',
  ]);
  assert.equal(
    discoverContent(dir).councils.map((council) => council.slug),
    ["wrenmoor"],
  );
});

test("a council folder named like one of the site's own pages is refused", () => {
  const dir = contentCopy();
  cpSync(join(dir, "councils/wrenmoor"), join(dir, "councils/search"), { recursive: true });
  const [message] = problems(dir);
  assert.match(
    message ?? "",
    /^councils\/search "search" is a name the site itself uses \(choose another folder name; these are taken: assets, search,/,
  );
});

test("a council folder missing council.yaml or plan.yaml says so", () => {
  const dir = contentCopy();
  rmSync(join(dir, "councils/wrenmoor/council.yaml"));
  rmSync(join(dir, "councils/wrenmoor/plan.yaml"));
  assert.equal(problems(dir), [
    "councils/wrenmoor/council.yaml is missing (every council folder needs council.yaml)",
    "councils/wrenmoor/plan.yaml is missing (every council folder needs plan.yaml)",
  ]);
});

test("a .yml action or .markdown update is an error; any other stray file a warning; hidden files are ignored", () => {
  const dir = contentCopy();
  writeFileSync(join(dir, "councils/wrenmoor/actions/TD1.yml"), "id: TD1\n");
  writeFileSync(join(dir, "councils/wrenmoor/updates/2024-25-q4.markdown"), "---\n---\n");
  writeFileSync(join(dir, "councils/wrenmoor/updates/notes.txt"), "to do\n");
  writeFileSync(join(dir, "councils/wrenmoor/actions/.DS_Store"), "");
  const { errors } = discoverContent(dir);
  assert.equal(
    errors.map((error) => [formatContentError(error).replaceAll(`${dir}/`, ""), error.severity]),
    [
      ["councils/wrenmoor/actions/TD1.yml is not an action file (files in actions/ must end in .yaml)", "error"],
      ["councils/wrenmoor/updates/2024-25-q4.markdown is not an update file (files in updates/ must end in .md)", "error"],
      ["councils/wrenmoor/updates/notes.txt warning: is not an update file (files in updates/ must end in .md)", "warning"],
    ],
  );
});

test("a link to a file outside the content folder is refused", () => {
  const dir = contentCopy();
  const outside = mkdtempSync(join(tmpdir(), "plan-pages-outside-"));
  writeFileSync(join(outside, "secret.yaml"), "id: TD1\n");
  symlinkSync(join(outside, "secret.yaml"), join(dir, "councils/wrenmoor/actions/TD1.yaml"));
  assert.equal(problems(dir), [
    "councils/wrenmoor/actions/TD1.yaml is a link to a file outside the content folder (copy the file into the content folder instead of linking to it)",
  ]);
  assert.equal(discoverContent(dir).councils[0]?.actions.length, 2);
});

test("a council folder that links outside the content folder is refused, and a broken link is reported", () => {
  const dir = contentCopy();
  const outside = mkdtempSync(join(tmpdir(), "plan-pages-outside-"));
  cpSync(join(dir, "councils/wrenmoor"), join(outside, "elsewhere"), { recursive: true });
  symlinkSync(join(outside, "elsewhere"), join(dir, "councils/elsewhere"));
  symlinkSync(join(outside, "nothing"), join(dir, "councils/gone"));
  assert.equal(problems(dir), [
    "councils/elsewhere is a link to a file outside the content folder (copy the file into the content folder instead of linking to it)",
    "councils/gone is a link to nothing (remove the link)",
  ]);
});

test("a link within the content folder is followed", () => {
  const dir = contentCopy();
  mkdirSync(join(dir, "shared"));
  cpSync(join(dir, "councils/wrenmoor/actions/WS1.yaml"), join(dir, "shared/WS2.yaml"));
  symlinkSync(join(dir, "shared/WS2.yaml"), join(dir, "councils/wrenmoor/actions/WS2.yaml"));
  assert.equal(problems(dir), []);
  assert.is(discoverContent(dir).councils[0]?.actions.length, 3);
});

test("paths are shown relative to the working folder when inside it", () => {
  assert.is(displayPath(join(process.cwd(), "content", "councils", "x", "plan.yaml")), "content/councils/x/plan.yaml");
  assert.is(displayPath("/elsewhere/plan.yaml"), "/elsewhere/plan.yaml");
});

test.run();
