import { test } from "uvu";
import * as assert from "uvu/assert";
import { actionsAToZ, filingLetter, type AToZCouncil } from "../../lib/site/a-to-z.ts";
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

test.run();
