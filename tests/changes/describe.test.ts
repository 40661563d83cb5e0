import { test } from "uvu";
import * as assert from "uvu/assert";
import { describeChange, describeReport, reportMarkdown } from "../../lib/changes/describe.ts";
import type { ChangeReport } from "../../lib/changes/compare.ts";

const council = "wrenmoor";

test("a status is said from and to in the council's words", () => {
  assert.is(
    describeChange({ kind: "status changed", council, milestone: "CS1-M2", title: "Paper forms withdrawn", from: "Amber", to: "Green" }),
    'CS1-M2 "Paper forms withdrawn": status Amber, now Green.',
  );
});

test("a revised due date says both dates as the pages do, and the days it adds or takes away", () => {
  const revised = { kind: "due date revised", council, milestone: "CS1-M1", title: "Portal live" } as const;
  assert.is(
    describeChange({ ...revised, from: "2025-03-31", to: "2025-06-30", days: 91 }),
    'CS1-M1 "Portal live": was due by 31 March 2025, now due by 30 June 2025 (91 days later).',
  );
  assert.is(
    describeChange({ ...revised, from: "2024/25 Q4", to: "2025-01", days: -59 }),
    'CS1-M1 "Portal live": was due in January to March 2025, now due by January 2025 (59 days earlier).',
  );
  assert.is(
    describeChange({ ...revised, from: "2025-03-31", to: "ongoing" }),
    'CS1-M1 "Portal live": was due by 31 March 2025, now due ongoing, no end date.',
  );
});

test("savings say by how much, in GOV.UK money style, and a figure no one gave is 'none given', never £0", () => {
  const saving = { kind: "savings changed", council, action: "WS1", title: "Fewer agency staff", figure: "delivered" } as const;
  assert.is(
    describeChange({ ...saving, year: "2024/25", from: 1_500_000, to: 1_485_000 }),
    'Savings delivered for WS1 "Fewer agency staff" in 2024/25: £1.5 million, now £1.49 million (£15,000 less).',
  );
  assert.is(
    describeChange({ ...saving, to: 20_000 }),
    'Savings delivered for WS1 "Fewer agency staff" over the whole plan: none given, now £20,000.',
  );
});

test("parts added and removed are named with their ids, themes and barriers by title", () => {
  assert.is(
    describeChange({ kind: "removed", council, part: "action", id: "TD1", title: "Digital records" }),
    'Action removed: TD1 "Digital records".',
  );
  assert.is(describeChange({ kind: "added", council, part: "theme", id: "housing", title: "Housing" }), 'Theme added: "Housing".');
});

test("approval and revision records are said in full", () => {
  assert.is(
    describeChange({
      kind: "approval changed",
      council,
      from: "How the plan was agreed is not stated.",
      to: "Cabinet approved the plan on 10 July 2024.",
    }),
    'How the plan was agreed: "How the plan was agreed is not stated.", now "Cabinet approved the plan on 10 July 2024."',
  );
  assert.is(
    describeChange({ kind: "revisions changed", council, added: ["2025-01-10: Two actions merged (agreed by Cabinet)"], removed: [] }),
    "Revision record added: 2025-01-10: Two actions merged (agreed by Cabinet)",
  );
});

const unchanged: ChangeReport = {
  base: { ref: "HEAD", commit: "0123456789abcdef", how: "HEAD" },
  asOf: "2026-11-23",
  changes: [],
  councilNames: {},
  site: { pages: { added: [], removed: [], changed: [] }, files: { added: [], removed: [], changed: [] } },
  warnings: [],
  heldBack: [],
  seconds: 1,
};

test("an unchanged tree is exactly 'No change to the public site.', with any report held back after it", () => {
  assert.is(describeReport(unchanged), "No change to the public site.");
  assert.is(
    describeReport({
      ...unchanged,
      heldBack: [{ council, report: "2026-27-q3", address: "/wrenmoor/progress/2026-27-q3/", published: "2027-02-10" }],
    }),
    "No change to the public site.\n/wrenmoor/progress/2026-27-q3/ is held back: it goes online on 10 February 2027.",
  );
});

test("the Markdown links each added and changed page to its preview, under the path prefix, but not a removed one", () => {
  const report: ChangeReport = {
    ...unchanged,
    changes: [{ kind: "text changed", council, address: "/wrenmoor/progress/2024-25-q3/", what: ["the report's text"] }],
    councilNames: { wrenmoor: "Wrenmoor District Council" },
    site: {
      pages: { added: ["/wrenmoor/progress/2024-25-q4/"], removed: ["/wrenmoor/actions/td1/"], changed: ["/wrenmoor/"] },
      files: { added: [], removed: [], changed: [] },
    },
  };
  const markdown = reportMarkdown(report, { previewUrl: "https://deploy-preview-7--plans.netlify.app", pathPrefix: "/plans/" });
  assert.match(markdown, "### Wrenmoor District Council\n\n- Text changed on /wrenmoor/progress/2024-25-q3/: the report's text.");
  assert.match(
    markdown,
    "- [`/wrenmoor/progress/2024-25-q4/`](https://deploy-preview-7--plans.netlify.app/plans/wrenmoor/progress/2024-25-q4/)",
  );
  assert.match(markdown, "- [`/wrenmoor/`](https://deploy-preview-7--plans.netlify.app/plans/wrenmoor/)");
  assert.match(markdown, "Removed:\n\n- `/wrenmoor/actions/td1/`");
});

test("the Markdown carries the warnings for the reviewer", () => {
  const markdown = reportMarkdown({
    ...unchanged,
    warnings: [
      {
        file: "content/councils/x/updates/2024-25-q3.md",
        line: 4,
        column: 3,
        field: "milestones.CS1-M1",
        message: "is past due",
        severity: "warning",
      },
    ],
  });
  assert.match(markdown, "No change to the public site.");
  assert.match(markdown, "### Warnings (1)");
  assert.match(markdown, "- `content/councils/x/updates/2024-25-q3.md:4:3 warning: milestones.CS1-M1: is past due`");
});

test.run();
