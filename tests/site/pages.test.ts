import { test } from "uvu";
import * as assert from "uvu/assert";
import { pageBreadcrumbs } from "../../lib/site/pages.ts";

const council = { slug: "brackenfold", shortName: "Brackenfold" };
const several = {};
const one = { onlyCouncil: council } as Parameters<typeof pageBreadcrumbs>[0];

test("a council's plan page ends its breadcrumbs at the council, unlinked", () => {
  assert.equal(pageBreadcrumbs(several, council), [{ text: "All councils", href: "/" }, { text: "Brackenfold" }]);
});

test("a page below the plan links the council, then follows its trail", () => {
  assert.equal(
    pageBreadcrumbs(several, council, [{ text: "Progress updates", href: "/brackenfold/progress/" }, { text: "July to September 2025" }]),
    [
      { text: "All councils", href: "/" },
      { text: "Brackenfold", href: "/brackenfold/" },
      { text: "Progress updates", href: "/brackenfold/progress/" },
      { text: "July to September 2025" },
    ],
  );
});

test("a page every council shares follows All councils with its trail", () => {
  assert.equal(pageBreadcrumbs(several, undefined, [{ text: "A to Z of actions" }]), [
    { text: "All councils", href: "/" },
    { text: "A to Z of actions" },
  ]);
});

test("on a site of one council the crumbs start at its plan, and the plan page has none", () => {
  assert.equal(pageBreadcrumbs(one, council), []);
  assert.equal(pageBreadcrumbs(one, council, [{ text: "Timeline" }]), [
    { text: "Brackenfold", href: "/brackenfold/" },
    { text: "Timeline" },
  ]);
  assert.equal(pageBreadcrumbs(one, council, [{ text: "A to Z of actions" }]), [
    { text: "Brackenfold", href: "/brackenfold/" },
    { text: "A to Z of actions" },
  ]);
});

test.run();
