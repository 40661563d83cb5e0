import { test } from "uvu";
import * as assert from "uvu/assert";
import { nameFromSlug, scaffoldCouncil } from "../../lib/scaffold/council.ts";
import { loadContent } from "../../lib/load/content.ts";
import { copyContent, filesOf, schemaDir, writeAndCheck } from "../helpers/temp-content.ts";

const today = "2026-11-23";

test("a new council gets council.yaml and plan.yaml in a folder named for it, and no logo", () => {
  const dir = copyContent("tests/fixtures/minimal");
  const files = filesOf(scaffoldCouncil("north-wrenmoor", { contentDir: dir, today, schemaDir }));
  assert.equal(
    files.map((file) => file.path),
    [`${dir}/councils/north-wrenmoor/council.yaml`, `${dir}/councils/north-wrenmoor/plan.yaml`],
  );
  const [council, plan] = files.map((file) => file.text);
  assert.ok(council?.includes('name: "North Wrenmoor Council"\nshort_name: "North Wrenmoor"\n'));
  assert.ok(council?.includes('  #logo: "logo.svg"\n'));
  assert.ok(plan?.includes('period:\n  from: "2026/27"\n  to: "2028/29"\n'));
});

test("the plan has the four productivity plan themes written out, so they can be reworded", () => {
  const dir = copyContent("tests/fixtures/minimal");
  const plan = filesOf(scaffoldCouncil("north-wrenmoor", { contentDir: dir, today, schemaDir }))[1]?.text ?? "";
  const ids = [...plan.matchAll(/^ {2}- id: "([a-z]+)"$/gm)].map((match) => match[1]);
  assert.equal(ids, ["services", "technology", "waste", "barriers"]);
  assert.ok(plan.includes('    title: "Reducing wasteful spend"\n'));
});

test("nothing the officer has not given is published: the check asks for the website and a way to contact the council", () => {
  const dir = copyContent("tests/fixtures/minimal");
  const [council, plan] = filesOf(scaffoldCouncil("north-wrenmoor", { contentDir: dir, today, schemaDir })).map((file) => file.text);
  for (const text of [council ?? "", plan ?? ""]) {
    const values = text.split("\n").filter((line) => !line.trimStart().startsWith("#"));
    assert.not.ok(
      values.some((line) => /example|Not stated|@/.test(line)),
      values.join("\n"),
    );
  }
  const { errors, warnings } = writeAndCheck(dir, scaffoldCouncil("north-wrenmoor", { contentDir: dir, today, schemaDir }));
  assert.equal(warnings, []);
  assert.is(errors.length, 2, errors.join("\n"));
  assert.ok(errors.some((error) => error.startsWith("councils/north-wrenmoor/council.yaml:5:1 website: is missing")));
  assert.ok(errors.some((error) => error.includes("contact:") && error.includes("at least one of email, phone or page")));
});

test("once the officer gives the website and an email, the new council passes the check and loads with its four themes", () => {
  const dir = copyContent("tests/fixtures/minimal");
  const [council, plan] = filesOf(scaffoldCouncil("north-wrenmoor", { contentDir: dir, today, schemaDir }));
  const filled = (council?.text ?? "")
    .replace('#website: "https://www.your-council.gov.uk"', 'website: "https://www.north-wrenmoor.gov.uk"')
    .replace("#contact:", "contact:")
    .replace('  #email: "performance@your-council.gov.uk"', '  email: "plans@north-wrenmoor.gov.uk"');
  assert.equal(writeAndCheck(dir, { files: [{ path: council?.path ?? "", text: filled }, ...(plan ? [plan] : [])] }), {
    errors: [],
    warnings: [],
  });
  const loaded = loadContent(dir).councils.find((found) => found.slug === "north-wrenmoor");
  assert.is(loaded?.council.data.name, "North Wrenmoor Council");
  assert.equal(
    loaded?.plan.data.themes.map((theme) => theme.title),
    ["Transforming services", "Technology and data", "Reducing wasteful spend", "Barriers to progress"],
  );
});

test("every commented-out line can be uncommented by removing its #, and the files still pass the check", () => {
  const dir = copyContent("tests/fixtures/minimal");
  const files = filesOf(scaffoldCouncil("north-wrenmoor", { contentDir: dir, today, schemaDir }));
  const uncommented = files.map((file) => ({ path: file.path, text: file.text.replace(/^(\s*)#(?=[^\s#])/gm, "$1") }));
  assert.ok(uncommented[0]?.text.includes('\ncontact:\n  team: "Policy and Performance Team"\n'));
  assert.ok(uncommented[1]?.text.includes('\napproval:\n  by: "Cabinet"\n'));
  // The one thing left is the logo file itself, which the officer adds beside council.yaml.
  const { errors, warnings } = writeAndCheck(dir, { files: uncommented });
  assert.equal(warnings, []);
  assert.equal(errors, [
    'councils/north-wrenmoor/council.yaml:27:10 brand, logo: "logo.svg" is not in the council\'s folder (put the logo file beside council.yaml, in councils/north-wrenmoor)',
  ]);
});

test('kings-lynn-and-west-norfolk is no longer named "Kings Lynn And West Norfolk Council": a name given is kept as typed', () => {
  const dir = copyContent("tests/fixtures/minimal");
  const scaffolded = scaffoldCouncil("kings-lynn-and-west-norfolk", {
    contentDir: dir,
    today,
    schemaDir,
    name: "King's Lynn and West Norfolk",
  });
  const council = filesOf(scaffolded)[0]?.text ?? "";
  assert.ok(council.includes('name: "King\'s Lynn and West Norfolk Council"\nshort_name: "King\'s Lynn and West Norfolk"\n'), council);
  assert.equal("notes" in scaffolded && scaffolded.notes, [
    'Check the full name "King\'s Lynn and West Norfolk Council" and the short name "King\'s Lynn and West Norfolk" in council.yaml',
  ]);
  // Until the officer gives the website and a way to contact the council, the check says those are missing, and only those.
  assert.equal(
    writeAndCheck(dir, scaffolded).errors.map((error) => error.replace(/:\d+:\d+ /, " ")),
    [
      "councils/kings-lynn-and-west-norfolk/council.yaml contact: is missing (How residents contact the council about the plan: at least one of email, phone or page.)",
      'councils/kings-lynn-and-west-norfolk/council.yaml website: is missing (The council\'s main website. A full web address starting "https://".)',
    ],
  );
});

test('a name typed with "Council" in it is the full name, and the short name leaves a closing "Council" off', () => {
  const options = { contentDir: "/content", today, schemaDir };
  const full = (name: string) => filesOf(scaffoldCouncil("kings-lynn-and-west-norfolk", { ...options, name }))[0]?.text ?? "";
  assert.ok(
    full("  Borough Council of\n King's Lynn and West Norfolk ").includes('name: "Borough Council of King\'s Lynn and West Norfolk"\n'),
  );
  assert.ok(full("Durham County Council").includes('name: "Durham County Council"\nshort_name: "Durham County"\n'));
  assert.equal(scaffoldCouncil("durham", { ...options, name: " " }), {
    problem: "The council's name is empty",
    hint: 'give it as typed, for example "King\'s Lynn and West Norfolk"',
  });
});

test("without a name, small words stay lower case and the places that join with hyphens are hyphened", () => {
  assert.is(nameFromSlug("kings-lynn-and-west-norfolk"), "Kings Lynn and West Norfolk");
  assert.is(nameFromSlug("stockton-on-tees"), "Stockton-on-Tees");
  assert.is(nameFromSlug("newcastle-upon-tyne"), "Newcastle upon Tyne");
  assert.is(nameFromSlug("kingston-upon-hull"), "Kingston upon Hull");
  assert.is(nameFromSlug("newcastle-under-lyme"), "Newcastle-under-Lyme");
  assert.is(nameFromSlug("barrow-in-furness"), "Barrow-in-Furness");
  assert.is(nameFromSlug("weston-super-mare"), "Weston-super-Mare");
  assert.is(nameFromSlug("ashby-de-la-zouch"), "Ashby-de-la-Zouch");
  assert.is(nameFromSlug("isle-of-wight"), "Isle of Wight");
  assert.is(nameFromSlug("blackburn-with-darwen"), "Blackburn with Darwen");
  assert.is(nameFromSlug("the-wrekin"), "The Wrekin");
  assert.is(nameFromSlug("north-wrenmoor"), "North Wrenmoor");
});

test("a name worked out from the folder name comes with a note to check it, and no apostrophe is invented", () => {
  const scaffolded = scaffoldCouncil("kings-lynn-and-west-norfolk", { contentDir: "/content", today, schemaDir });
  assert.ok(
    filesOf(scaffolded)[0]?.text.includes('name: "Kings Lynn and West Norfolk Council"\nshort_name: "Kings Lynn and West Norfolk"\n'),
  );
  assert.equal("notes" in scaffolded && scaffolded.notes, [
    'Check the name in council.yaml: "Kings Lynn and West Norfolk Council" was worked out from the folder name, which cannot hold capitals, apostrophes or accents (to give a name as typed: npm run new -- council <slug> "<name>")',
  ]);
});

test("a folder name that cannot be a web address, or that the site uses, is refused", () => {
  const options = { contentDir: "/content", today, schemaDir };
  assert.equal(scaffoldCouncil("North Wrenmoor", options), {
    problem: '"North Wrenmoor" cannot be a council folder name',
    hint: 'use lowercase letters, digits and hyphens only, for example "north-wrenmoor"; it becomes the web address',
  });
  const search = scaffoldCouncil("search", options);
  assert.ok("problem" in search && search.problem === '"search" is a name the site itself uses');
});

test.run();
