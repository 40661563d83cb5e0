// Accessibility checks that axe-core does not make, run inside a page in Chromium (tests/helpers/page-checks.ts
// injects this file). Plain JavaScript, so that the page runs it as written. Each check returns a list of
// problems, each naming the element as a short CSS-like path and saying what is wrong.
(() => {
  const describe = (element) => {
    const parts = [];
    for (let node = element; node && node !== document.body && parts.length < 4; node = node.parentElement) {
      let part = node.localName;
      if (node.id) part += `#${node.id}`;
      else if (typeof node.className === "string" && node.className.trim()) part += `.${node.className.trim().split(/\s+/).join(".")}`;
      parts.unshift(part);
      if (node.id) break;
    }
    const text = (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60);
    return `${parts.join(" > ")}${text ? ` ("${text}")` : ""}`;
  };

  // Hidden on purpose: visually hidden text (1 pixel, clipped) and anything not rendered.
  const isVisuallyHidden = (element) => {
    if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return true;
    for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.clipPath === "inset(50%)" || style.clip === "rect(0px, 0px, 0px, 0px)") return true;
      if (node.clientWidth <= 1 && node.clientHeight <= 1 && style.overflow !== "visible") return true;
    }
    return false;
  };

  const hasText = (element) => (element.textContent ?? "").trim() !== "";

  /** WCAG 1.4.10 Reflow: nothing wider than the viewport; names the outermost elements that stick out. */
  function reflow() {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    // Inside a box that scrolls on its own (a wide table's wrapper) is fine: only that box scrolls.
    const insideScroller = (element) => {
      for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
        if (/auto|scroll|hidden|clip/.test(getComputedStyle(node).overflowX)) return true;
      }
      return false;
    };
    const beyond = (rect) => rect.width > 0 && rect.right > root.clientWidth + 0.5;
    // Boxes wider than the window (an image, a table), and text running out of its box (a long email address).
    const wide = new Map();
    for (const element of document.body.querySelectorAll("*")) {
      const rect = element.getBoundingClientRect();
      if (beyond(rect)) wide.set(element, rect.right);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(text);
      const rect = range.getBoundingClientRect();
      if (beyond(rect) && text.parentElement) wide.set(text.parentElement, Math.max(rect.right, wide.get(text.parentElement) ?? 0));
    }
    const culprits = [...wide.keys()].filter((element) => !isVisuallyHidden(element) && !insideScroller(element));
    const outermost = culprits.filter((element) => !culprits.includes(element.parentElement)).slice(0, 5);
    return [
      `the page is ${root.scrollWidth} pixels wide in a ${root.clientWidth} pixel window`,
      ...outermost.map((element) => `${describe(element)} reaches ${Math.round(wide.get(element))} pixels`),
    ];
  }

  /**
   * WCAG 1.4.12 Text Spacing: after the override is applied, no text is cut off. Text is cut off when a box
   * that hides its overflow is smaller than its content, or when text spills out of a box of fixed height
   * (the box is shorter than its content, though its overflow is visible, and so overlaps what follows).
   */
  function clippedText() {
    const problems = [];
    for (const element of document.body.querySelectorAll("*")) {
      if (element instanceof SVGElement || !hasText(element) || isVisuallyHidden(element)) continue;
      const style = getComputedStyle(element);
      if (style.display === "inline" || style.display === "contents") continue;
      const scrolls = (overflow) => overflow === "auto" || overflow === "scroll";
      const hides = (overflow) => overflow === "hidden" || overflow === "clip";
      // Where overflow shows, a few pixels of the taller line spacing (or a tag's padding) reaching past the box
      // hide nothing; text spilling out of a box of fixed height reaches out by half a line or more.
      const slack = hides(style.overflowY) ? 1 : parseFloat(style.fontSize) / 2;
      const tall = element.scrollHeight > element.clientHeight + slack;
      const wide = element.scrollWidth > element.clientWidth + 1;
      if (!tall && !wide) continue;
      // A box the reader can scroll (a wide table's wrapper) keeps its text reachable.
      if (tall && !scrolls(style.overflowY)) {
        problems.push(
          `${describe(element)} is ${element.clientHeight} pixels high but its text needs ${element.scrollHeight}${hides(style.overflowY) ? ", and the rest is hidden" : ""}`,
        );
      } else if (wide && hides(style.overflowX)) {
        problems.push(
          `${describe(element)} is ${element.clientWidth} pixels wide but its text needs ${element.scrollWidth}, and the rest is hidden`,
        );
      }
    }
    return problems;
  }

  const focusableSelector = [
    "a[href]",
    "area[href]",
    "button:not([disabled])",
    "input:not([disabled]):not([type=hidden])",
    "select:not([disabled])",
    "textarea:not([disabled])",
    "summary",
    "iframe",
    "[tabindex]:not([tabindex='-1'])",
    "[contenteditable='true']",
  ].join(", ");

  const focusLook = (element) => {
    const style = getComputedStyle(element);
    return {
      outline:
        style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 && !/rgba\([^)]*,\s*0\)|transparent/.test(style.outlineColor)
          ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`
          : "none",
      boxShadow: style.boxShadow,
      background: `${style.backgroundColor} ${style.backgroundImage}`,
      border: `${style.borderTopColor} ${style.borderTopWidth} ${style.borderBottomColor} ${style.borderBottomWidth}`,
    };
  };

  // Colours as the page paints them: [red, green, blue, alpha], from computed "rgb(...)" or "rgba(...)".
  const parseColour = (value) => {
    const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(value ?? "");
    if (!match) return undefined;
    const alpha = match[4] === undefined ? 1 : match[4].endsWith("%") ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
    return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
  };
  const over = (top, bottom) =>
    top
      .slice(0, 3)
      .map((channel, i) => channel * top[3] + bottom[i] * (1 - top[3]))
      .concat(1);
  const hex = (colour) =>
    `#${colour
      .slice(0, 3)
      .map((channel) => Math.round(channel).toString(16).padStart(2, "0"))
      .join("")}`;

  /** The opaque colour behind an element's content: its own background over its ancestors', white at the bottom. */
  const backdrop = (element) => {
    const layers = [];
    for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
      const colour = parseColour(getComputedStyle(node).backgroundColor);
      if (colour && colour[3] > 0) layers.push(colour);
      if (colour && colour[3] >= 1) break;
    }
    return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255, 1]);
  };

  // WCAG relative luminance and contrast ratio. https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
  const luminance = (colour) => {
    const [r, g, b] = colour.slice(0, 3).map((channel) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a, b) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };

  /**
   * What a focused element draws to show focus, each part with the colour behind it: an outline and outer
   * shadows against what is around the element, an inset shadow against the element's own background, and a
   * background or border that focus changed against what is around the element.
   */
  const indicatorParts = (element, before) => {
    const style = getComputedStyle(element);
    const around = backdrop(element.parentElement ?? element);
    const own = backdrop(element);
    const parts = [];
    const outline = parseColour(style.outlineColor);
    if (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 && outline && outline[3] > 0)
      parts.push({
        what: "outline",
        colour: over(outline, parseFloat(style.outlineOffset) < 0 ? own : around),
        behind: parseFloat(style.outlineOffset) < 0 ? own : around,
      });
    if (style.boxShadow !== "none" && style.boxShadow !== before.boxShadow) {
      for (const shadow of style.boxShadow.split(/,(?![^(]*\))/)) {
        const colour = parseColour(shadow);
        if (!colour || colour[3] === 0) continue;
        const behind = /\binset\b/.test(shadow) ? own : around;
        parts.push({ what: "shadow", colour: over(colour, behind), behind });
      }
    }
    if (style.backgroundColor !== before.backgroundColor) parts.push({ what: "background", colour: own, behind: around });
    const border = parseColour(style.borderTopColor);
    if (border && border[3] > 0 && parseFloat(style.borderTopWidth) > 0 && style.borderTopColor !== before.borderTopColor)
      parts.push({ what: "border", colour: over(border, around), behind: around });
    return parts;
  };

  /** Elements holding text of their own (a text node child), the focused element and those inside it. */
  const textHolders = (element) =>
    [element, ...element.querySelectorAll("*")]
      .filter((node) => [...node.childNodes].some((child) => child.nodeType === 3 && child.textContent.trim() !== ""))
      .filter((node) => !isVisuallyHidden(node))
      .slice(0, 20);

  /** How an element looks, for telling what focus changed: taken unfocused, then again focused. */
  const plainLook = (element) => {
    const style = getComputedStyle(element);
    return {
      boxShadow: style.boxShadow,
      backgroundColor: style.backgroundColor,
      borderTopColor: style.borderTopColor,
      color: style.color,
      hidden: isVisuallyHidden(element),
    };
  };

  /**
   * WCAG 1.4.11 and 1.4.3 when focused: the focused element shows an indicator with a part of at least 3:1 against
   * what is behind it, and, where focus changes its colours, its text stays at least 4.5:1 against its background.
   * `before` is plainLook(element) unfocused; `worst` gathers the lowest ratios found.
   */
  const focusContrastOf = (element, before, worst) => {
    const problems = [];
    // A skip link is hidden until focused: its appearing is the indicator, and its text is checked below.
    const appears = before.hidden && !isVisuallyHidden(element);
    const parts = indicatorParts(element, before);
    const best = parts.reduce((most, part) => Math.max(most, contrast(part.colour, part.behind)), 0);
    if (!appears) worst.indicator = Math.min(worst.indicator, best);
    if (best < 3 && !appears)
      problems.push(
        `${describe(element)} shows focus at ${best.toFixed(2)}:1 at best (${parts.map((part) => `${part.what} ${hex(part.colour)} on ${hex(part.behind)}`).join(", ") || "nothing"}), under 3:1`,
      );
    const now = plainLook(element);
    if (now.backgroundColor === before.backgroundColor && now.color === before.color && !appears) return problems;
    for (const holder of textHolders(element)) {
      const colour = parseColour(getComputedStyle(holder).color);
      if (!colour) continue;
      const behind = backdrop(holder);
      const ratio = contrast(over(colour, behind), behind);
      worst.text = Math.min(worst.text, ratio);
      if (ratio < 4.5)
        problems.push(`${describe(holder)} focused is ${hex(over(colour, behind))} on ${hex(behind)}, ${ratio.toFixed(2)}:1, under 4.5:1`);
    }
    return problems;
  };

  // What a keyboard may stop at without a scrolling region: links, form controls, summaries, and the targets of
  // skip links (tabindex="-1" takes focus from a script or a link, never from Tab).
  const interactive = "a[href], area[href], button, input, select, textarea, summary, iframe, [contenteditable='true']";

  /**
   * WCAG 2.4.3 and 2.1.1: nothing is a tab stop unless it does something (a link, a control) or it is a region
   * that scrolls at this width, which a keyboard user needs to reach to scroll it.
   */
  function needlessTabStops() {
    const problems = [];
    for (const element of document.querySelectorAll("[tabindex]:not([tabindex^='-'])")) {
      if (element.matches(interactive) || element.closest("[inert], [hidden]")) continue;
      const scrolls = element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;
      if (!scrolls)
        problems.push(
          `${describe(element)} is a tab stop but is not interactive and does not scroll (${element.clientWidth} pixels wide, its content ${element.scrollWidth})`,
        );
    }
    return problems;
  }

  /**
   * WCAG 1.4.12 for charts (lib/charts), which lay out their own text: with the text spacing override applied,
   * every label's box is inside its chart and apart from every other label's. clippedText() cannot see this: SVG
   * text overflows nothing, it is drawn past the edge and cut off, or over its neighbour.
   */
  function chartText() {
    const problems = [];
    const box = (rect) =>
      `${Math.round(rect.left)} to ${Math.round(rect.right)} across, ${Math.round(rect.top)} to ${Math.round(rect.bottom)} down`;
    const say = (node) => `"${node.textContent.trim().slice(0, 40)}"`;
    let charts = 0;
    let labels = 0;
    for (const svg of document.querySelectorAll("svg.app-chart__svg")) {
      if (!svg.checkVisibility()) continue;
      charts += 1;
      const frame = svg.getBoundingClientRect();
      const name = svg.querySelector("title")?.textContent ?? "a chart";
      const texts = [...svg.querySelectorAll("text")].filter((node) => node.textContent.trim() !== "");
      const rects = texts.map((node) => node.getBoundingClientRect());
      labels += texts.length;
      texts.forEach((node, i) => {
        const rect = rects[i];
        if (rect.left < frame.left - 1 || rect.right > frame.right + 1 || rect.top < frame.top - 1 || rect.bottom > frame.bottom + 1)
          problems.push(`in "${name}", ${say(node)} runs past the chart (${box(rect)}; the chart is ${box(frame)})`);
        for (let j = i + 1; j < texts.length; j += 1) {
          const other = rects[j];
          const across = Math.min(rect.right, other.right) - Math.max(rect.left, other.left);
          const down = Math.min(rect.bottom, other.bottom) - Math.max(rect.top, other.top);
          if (across > 1 && down > 1) problems.push(`in "${name}", ${say(node)} overlaps ${say(texts[j])} (${box(rect)}; ${box(other)})`);
        }
      });
    }
    return { charts, labels, problems };
  }
  /**
   * WCAG 2.4.7 Focus Visible: each element a keyboard user can reach looks different when focused, by an
   * outline, a shadow, a background or a border (a change of text colour or underline alone is too slight).
   * In the same pass, the indicator's and the focused text's contrast (focusContrastOf), so that each element is
   * focused once. Call after one real Tab key press, so that focus() from here counts as keyboard focus
   * (:focus-visible).
   */
  function focusIndicators() {
    const problems = [];
    const elements = [...document.querySelectorAll(focusableSelector)].filter(
      (element) => !element.closest("[inert], [hidden]") && element.checkVisibility({ visibilityProperty: true }),
    );
    // How each looks unfocused: taken while another element has focus (the one tabbed to first, then the last).
    const first = document.activeElement;
    const look = (element) => ({ focus: focusLook(element), plain: plainLook(element) });
    const befores = new Map(elements.filter((element) => element !== first).map((element) => [element, look(element)]));
    if (elements.includes(first) && elements.length > 1) {
      elements.at(-1).focus({ focusVisible: true, preventScroll: true });
      befores.set(first, look(first));
    }
    const contrastProblems = [];
    const worst = { indicator: Infinity, text: Infinity };
    for (const element of elements) {
      const { focus: before, plain } = befores.get(element) ?? look(element);
      element.focus({ focusVisible: true, preventScroll: true });
      if (document.activeElement !== element) {
        problems.push(`${describe(element)} cannot take focus`);
        continue;
      }
      if (!element.matches(":focus-visible")) {
        problems.push(`${describe(element)} took focus, but not as keyboard focus (:focus-visible), so the check is not valid`);
        continue;
      }
      contrastProblems.push(...focusContrastOf(element, plain, worst));
      const after = focusLook(element);
      const shows =
        (after.outline !== "none" && after.outline !== before.outline) ||
        (after.boxShadow !== "none" && after.boxShadow !== before.boxShadow) ||
        after.background !== before.background ||
        after.border !== before.border;
      if (!shows)
        problems.push(`${describe(element)} looks the same focused as not (outline ${after.outline}, box-shadow ${after.boxShadow})`);
    }
    // Leave nothing focused, so that later checks see the page as it is before anyone tabs into it.
    document.activeElement?.blur();
    return { checked: elements.length, problems, contrastProblems, worstIndicator: worst.indicator, worstText: worst.text };
  }
  window.planPagesChecks = { reflow, clippedText, focusIndicators, needlessTabStops, chartText };
})();
