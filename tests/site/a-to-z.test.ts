import { test } from "uvu";
import * as assert from "uvu/assert";
import { actionsAToZ, aToZPages, filingLetter, type AToZCouncil } from "../../lib/site/a-to-z.ts";
import fc from "fast-check";
import { countStatuses } from "../../lib/derive/status-counts.ts";
import { actionState } from "../../lib/derive/action-status.ts";
import type { ProgressStatus } from "../../lib/schema/index.ts";

function action(id: string, title: string, themeId: string, statuses: ProgressStatus[], overdue = 0): AToZCouncil["actions"][number] {
  const states = statuses.map((status, index) => ({ status, overdue: index < overdue }));
  return {
    id,
    title,
    themeId,
    state: actionState(
      { id },
      states.map((state) => ({ state })),
      [],
      new Map(),
    ),
    counts: countStatuses(states),
  };
}

const themes = [
  { id: "services", title: "Transforming services" },
  { id: "waste", title: "Reducing wasteful spend" },
];

const councils: AToZCouncil[] = [
  {
    slug: "brackenfold",
    shortName: "Brackenfold",
    themes,
    actions: [
      action("WS3", "Spend less on agency staff", "waste", ["complete", "delayed", "on track"], 1),
      action("WC1", "redesign bin collection rounds", "services", ["complete", "complete"]),
      action("X1", "“Ávila” partnership", "services", ["not started"]),
    ],
  },
  {
    slug: "kestrelmouth",
    shortName: "Kestrelmouth",
    themes,
    actions: [
      action("PRC1", "Spend less on agency staff and contracts", "waste", ["at risk"]),
      action("EST1", "Use fewer, better buildings", "estates", ["cancelled"]),
      action("N1", "24-hour online services", "services", ["on track"]),
    ],
  },
];

const aToZ = actionsAToZ(councils);

test("titles file under their first letter, ignoring case, accents and opening quotes; numbers come first", () => {
  assert.is(filingLetter("redesign bin collection rounds"), "R");
  assert.is(filingLetter("“Ávila” partnership"), "A");
  assert.is(filingLetter("24-hour online services"), "0 to 9");
  assert.is(filingLetter("£1 million fund"), "0 to 9");
  assert.is(filingLetter("…"), "Other");
  assert.equal(
    aToZ.groups.map((group) => [group.letter, group.anchor, group.entries.map((entry) => entry.title)]),
    [
      ["0 to 9", "letter-0-to-9", ["24-hour online services"]],
      ["A", "letter-a", ["“Ávila” partnership"]],
      ["R", "letter-r", ["redesign bin collection rounds"]],
      ["S", "letter-s", ["Spend less on agency staff", "Spend less on agency staff and contracts"]],
      ["U", "letter-u", ["Use fewer, better buildings"]],
    ],
  );
  assert.is(aToZ.total, 6);
});

test("the index has every letter A to Z, linked only where actions start with it", () => {
  assert.is(aToZ.index.length, 27);
  assert.equal(aToZ.index.slice(0, 4), [
    { letter: "0 to 9", anchor: "letter-0-to-9" },
    { letter: "A", anchor: "letter-a" },
    { letter: "B" },
    { letter: "C" },
  ]);
  assert.equal(aToZ.index.at(-1), { letter: "Z" });
  assert.not.ok(
    aToZ.index.some((item) => item.letter === "Other"),
    "Other only when used",
  );
});

test("each action names its council, its theme and its status in words", () => {
  const spend = aToZ.groups.find((group) => group.letter === "S")?.entries[0];
  assert.equal(spend, {
    title: "Spend less on agency staff",
    actionId: "WS3",
    councilSlug: "brackenfold",
    councilName: "Brackenfold",
    themeTitle: "Reducing wasteful spend",
    place: "Brackenfold, Reducing wasteful spend",
    status: "delayed",
    progress: "1 of 3 milestones complete, 1 overdue",
  });
  const buildings = aToZ.groups.find((group) => group.letter === "U")?.entries[0];
  assert.is(buildings?.themeTitle, undefined, "no theme title when the action's theme is not in the plan");
  assert.is(buildings?.status, "cancelled");
  assert.is(buildings?.place, "Kestrelmouth");
});

test("a list of one council's actions does not repeat the council's name on every line", () => {
  const [brackenfold] = councils;
  const one = actionsAToZ(brackenfold ? [brackenfold] : []);
  assert.equal(
    one.groups.flatMap((group) => group.entries.map((entry) => entry.place)),
    ["Transforming services", "Transforming services", "Reducing wasteful spend"],
  );
  assert.is(one.total, 3);
});

test('an action nothing has rated is "no progress reported", and a rating word is the council\'s own', () => {
  const unrated = action("N1", "Nothing yet", "services", ["no progress reported"]);
  const rated = {
    ...action("G1", "Green one", "services", []),
    state: { status: "on track" as const, rating: "Green", source: "report" as const },
  };
  const entries = actionsAToZ([{ slug: "x", shortName: "X", themes, actions: [unrated, rated] }]).groups.flatMap((group) => group.entries);
  assert.equal(
    entries.map((entry) => [entry.actionId, entry.status, entry.rating]),
    [
      ["G1", "on track", "Green"],
      ["N1", "no progress reported", undefined],
    ],
  );
});

test("a title two actions share has each link told apart by its council and id; a title the list has once, not", () => {
  const shared = { ...action("DT1", "Digital transformation", "services", ["on track"]) };
  const both = actionsAToZ([
    { ...councils[0]!, actions: [shared] },
    { ...councils[1]!, actions: [{ ...shared, id: "D1" }, action("D2", "digital Transformation", "services", [])] },
  ]);
  assert.equal(
    both.groups.flatMap((group) => group.entries.map((entry) => entry.linkSuffix)),
    ["Brackenfold, DT1", "Kestrelmouth, D1", "Kestrelmouth, D2"],
  );
  const alone = actionsAToZ([{ ...councils[0]!, actions: [shared, { ...shared, id: "DT2" }] }]);
  assert.equal(
    alone.groups.flatMap((group) => group.entries.map((entry) => entry.linkSuffix)),
    ["DT1", "DT2"],
  );
  assert.not.ok(aToZ.groups.some((group) => group.entries.some((entry) => entry.linkSuffix !== undefined)));
});

/** One council with these titles, each its own action. */
function councilWith(titles: string[]): AToZCouncil {
  return {
    slug: "brackenfold",
    shortName: "Brackenfold",
    themes,
    actions: titles.map((title, index) => action(`A${index + 1}`, title, "services", ["on track"])),
  };
}

test("split into pages, each letter has one, at /a-to-z/<letter>/, and the index links each letter used to it", () => {
  const pages = aToZPages(aToZ);
  assert.equal(
    pages.letters.map((letter) => [letter.letter, letter.total, letter.pages.map((page) => [page.url, page.name])]),
    [
      ["0 to 9", 1, [["/a-to-z/0-to-9/", "0 to 9"]]],
      ["A", 1, [["/a-to-z/a/", "A"]]],
      ["R", 1, [["/a-to-z/r/", "R"]]],
      ["S", 2, [["/a-to-z/s/", "S"]]],
      ["U", 1, [["/a-to-z/u/", "U"]]],
    ],
  );
  assert.equal(pages.index.slice(0, 3), [
    { letter: "0 to 9", url: "/a-to-z/0-to-9/" },
    { letter: "A", url: "/a-to-z/a/" },
    { letter: "B" },
  ]);
  assert.is(pages.total, 6);
  assert.is(pages.inParts, false);
});

test("a letter with more actions than a page holds is in even parts, named by number and by their first and last titles", () => {
  const titles = Array.from({ length: 7 }, (_, index) => `Review service ${index + 1}`);
  const pages = aToZPages(actionsAToZ([councilWith(titles)]), 3);
  const [review] = pages.letters;
  assert.equal(
    review?.pages.map((page) => [page.url, page.name, page.from, page.to, page.entries.length]),
    [
      ["/a-to-z/r/", "R, part 1 of 3", "Review service 1", "Review service 3", 3],
      ["/a-to-z/r/2/", "R, part 2 of 3", "Review service 4", "Review service 6", 3],
      ["/a-to-z/r/3/", "R, part 3 of 3", "Review service 7", "Review service 7", 1],
    ],
  );
  assert.is(pages.inParts, true);
});

test("every action is on exactly one page, in the list's order, and no page holds more than the most a page holds", () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom("Review", "Redesign", "Share", "Move", "24-hour"), { maxLength: 400 }),
      fc.integer({ min: 1, max: 160 }),
      (words, pageSize) => {
        const whole = actionsAToZ([councilWith(words.map((word, index) => `${word} ${index}`))]);
        const pages = aToZPages(whole, pageSize).letters.flatMap((letter) => letter.pages);
        assert.ok(pages.every((page) => page.entries.length > 0 && page.entries.length <= pageSize));
        assert.equal(
          pages.flatMap((page) => page.entries),
          whole.groups.flatMap((group) => group.entries),
        );
        assert.is(new Set(pages.map((page) => page.url)).size, pages.length);
      },
    ),
  );
});

test.run();
