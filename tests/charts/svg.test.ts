import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  chartId,
  chartWidth,
  escapeXml,
  financialYearAxis,
  labelStart,
  linearScale,
  listInWords,
  svgFrame,
  textWidth,
  truncate,
  wrapWords,
} from "../../lib/charts/svg.ts";
import { accessibleSvg, labels } from "../helpers/svg.ts";

test("text from content is escaped for SVG", () => {
  assert.is(escapeXml(`<script>alert("Tom & Jerry's")</script>`), "&lt;script&gt;alert(&quot;Tom &amp; Jerry&#39;s&quot;)&lt;/script&gt;");
});

test("a chart frame is an image named by its title and described by its desc", () => {
  const svg = svgFrame({
    id: "chart-x",
    title: "A <b>title</b>",
    description: "What it shows",
    kind: "test",
    width: 360,
    height: 100,
    body: "",
  });
  const { title, desc } = accessibleSvg(svg);
  assert.is(title, "A &lt;b&gt;title&lt;/b&gt;");
  assert.is(desc, "What it shows");
  assert.match(svg, 'class="app-chart__svg app-chart__svg--test"');
});

test("chart ids are safe for HTML whatever name they are given", () => {
  assert.is(chartId("measure-CS1-K1"), "chart-measure-cs1-k1");
  assert.is(chartId('a b"<c'), "chart-a-b-c");
});

test("lists in sentences use commas and a final 'and'", () => {
  assert.is(listInWords([]), "");
  assert.is(listInWords(["25 complete"]), "25 complete");
  assert.is(listInWords(["25 complete", "1 on track", "2 cancelled"]), "25 complete, 1 on track and 2 cancelled");
});

test("long titles wrap onto lines and are cut with an ellipsis after the last", () => {
  assert.equal(wrapWords("New collection rounds start across the district", 30, 2), ["New collection rounds start", "across the district"]);
  assert.equal(wrapWords("Changes of circumstance from the Department for Work and Pensions processed automatically", 30, 2), [
    "Changes of circumstance from",
    "the Department for Work and…",
  ]);
  assert.is(truncate("Short", 10), "Short");
  assert.is(truncate("Route modelling finished", 10), "Route mod…");
});

test("a linear scale maps its domain onto its range", () => {
  const x = linearScale([0, 10], [100, 200]);
  assert.is(x(0), 100);
  assert.is(x(5), 150);
  assert.is(x(10), 200);
  assert.is(linearScale([3, 3], [0, 10])(3), 5);
});

test("the time axis names each financial year it has room for", () => {
  const x = linearScale([0, 1095], [0, 360]);
  const from = "2024-04-01";
  const axis = financialYearAxis(from, "2027-03-31", (date) => x((Date.parse(date) - Date.parse(from)) / 86_400_000), 100);
  assert.equal(labels(axis), ["2024/25", "2025/26", "2026/27"]);
  const short = financialYearAxis(from, "2024-05-01", () => 0, 100);
  assert.equal(labels(short), [], "no room for a label when the year is squashed");
});

test("a label beside a marker goes after it where there is room, else before it, and never past the chart", () => {
  const label = "As of 23 November 2026";
  const wide = textWidth(label, "bold");
  assert.ok(wide > 200, "room is left for the reader's own letter and word spacing");
  assert.is(labelStart(10, label), 14);
  assert.is(labelStart(chartWidth - 10, label), chartWidth - 14 - wide);
  for (const x of [-40, 0, 60, 120, 180, 240, chartWidth, chartWidth + 40]) {
    const start = labelStart(x, label);
    assert.ok(start >= 0 && start + wide <= chartWidth, `at ${x} the label runs from ${start} to ${start + wide}`);
  }
  assert.is(labelStart(chartWidth, "66.2%", "centred"), chartWidth - textWidth("66.2%", "bold"));
  assert.is(labelStart(100, "66.2%", "centred"), 100 - textWidth("66.2%", "bold") / 2);
});

test("a label's width is reckoned with the reader's text spacing, a little wider in bold", () => {
  // Measured in Chromium with DejaVu Sans at 14 pixels and the WCAG 1.4.12 spacing: 36.2, 220.4 and 239.7 (bold).
  assert.ok(textWidth("88%") >= 36.2);
  assert.ok(textWidth("As of 23 November 2026") >= 220.4);
  assert.ok(textWidth("As of 23 November 2026", "bold") >= 239.7);
});

test.run();
