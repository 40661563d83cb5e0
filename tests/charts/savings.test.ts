import { test } from "uvu";
import * as assert from "uvu/assert";
import { savingsChart, savingsTable } from "../../lib/charts/savings.ts";
import { actionSavings } from "../../lib/derive/savings.ts";
import { accessibleSvg, labels } from "../helpers/svg.ts";

const savings = actionSavings(
  {
    id: "WS3",
    savings: [{ year: "2024/25", amount: 275000 }, { year: "2025/26", amount: 1200000 }, { amount: 250000 }],
  },
  [
    { savings: [{ action: "WS3", year: "2024/25", delivered: 234000 }] },
    { savings: [{ action: "WS3", year: "2025/26", delivered: 983000 }] },
  ],
);

test("the chart is an image that sums up planned against delivered", () => {
  const { title, desc } = accessibleSvg(savingsChart(savings));
  assert.is(title, "Savings planned and delivered");
  assert.is(
    desc,
    "In total £1.73 million planned and £1.22 million delivered. 2024/25: £275,000 planned, £234,000 delivered. 2025/26: £1.2 million planned, £983,000 delivered. Whole plan, no single year: £250,000 planned.",
  );
});

test("each bar is labelled with its amount in words, planned and delivered", () => {
  assert.equal(labels(savingsChart(savings)), [
    "2024/25",
    "Planned £275,000",
    "Delivered £234,000",
    "2025/26",
    "Planned £1.2 million",
    "Delivered £983,000",
    "Whole plan, no single year",
    "Planned £250,000",
    "Delivered not stated",
  ]);
});

test("a figure no one stated has no bar and is never £0; with no figures at all there is no chart", () => {
  const svg = savingsChart(savings, { id: "s" });
  assert.not.match(svg, "£0");
  assert.is((svg.match(/app-chart__fill--delivered/g) ?? []).length, 2, "two delivered bars, none for the whole plan");
  assert.is(savingsChart(actionSavings({ id: "X1" }, [])), "");
});

test("planned savings are hatched and delivered ones solid, so the two differ without colour", () => {
  const svg = savingsChart(savings, { id: "savings-ws3" });
  assert.match(svg, 'fill="url(#chart-savings-ws3-planned)"');
  assert.match(svg, "app-chart__solid app-chart__fill--delivered");
});

test("a title from content is escaped", () => {
  const svg = savingsChart(savings, { title: "Savings from <script>x</script> & more" });
  assert.not.match(svg, "<script>");
  assert.is(accessibleSvg(svg).title, "Savings from &lt;script&gt;x&lt;/script&gt; &amp; more");
});

test("the table has every year's planned and delivered figures and the total", () => {
  const table = savingsTable(savings);
  assert.equal(
    table.head.map((cell) => cell.text),
    ["Financial year", "Planned", "Delivered"],
  );
  assert.equal(
    table.rows.map((row) => [row.header.text, ...row.cells.map((cell) => cell.text)]),
    [
      ["2024/25", "£275,000", "£234,000"],
      ["2025/26", "£1.2 million", "£983,000"],
      ["Whole plan, no single year", "£250,000", "not stated"],
      ["Total", "£1.73 million", "£1.22 million"],
    ],
  );
});

test.run();
