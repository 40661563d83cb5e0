import { test } from "uvu";
import * as assert from "uvu/assert";
import { councilBreadcrumbs } from "../../lib/site/pages.ts";

const council = { slug: "brackenfold", shortName: "Brackenfold" };

test("a council's plan page ends its breadcrumbs at the council, unlinked", () => {
  assert.equal(councilBreadcrumbs(council), [{ text: "All councils", href: "/" }, { text: "Brackenfold" }]);
});

test("a page below the plan links the council, then follows its trail", () => {
  assert.equal(
    councilBreadcrumbs(council, [{ text: "Progress updates", href: "/brackenfold/progress/" }, { text: "July to September 2025" }]),
    [
      { text: "All councils", href: "/" },
      { text: "Brackenfold", href: "/brackenfold/" },
      { text: "Progress updates", href: "/brackenfold/progress/" },
      { text: "July to September 2025" },
    ],
  );
});

test.run();
