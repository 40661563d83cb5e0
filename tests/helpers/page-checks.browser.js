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

  /**
   * WCAG 2.4.7 Focus Visible: each element a keyboard user can reach looks different when focused, by an
   * outline, a shadow, a background or a border (a change of text colour or underline alone is too slight).
   * Call after one real Tab key press, so that focus() from here counts as keyboard focus (:focus-visible).
   */
  function focusIndicators() {
    const problems = [];
    const elements = [...document.querySelectorAll(focusableSelector)].filter(
      (element) => !element.closest("[inert], [hidden]") && element.checkVisibility({ visibilityProperty: true }),
    );
    // How each looks unfocused: taken while another element has focus (the one tabbed to first, then the last).
    const first = document.activeElement;
    const befores = new Map(elements.filter((element) => element !== first).map((element) => [element, focusLook(element)]));
    if (elements.includes(first) && elements.length > 1) {
      elements.at(-1).focus({ focusVisible: true, preventScroll: true });
      befores.set(first, focusLook(first));
    }
    for (const element of elements) {
      const before = befores.get(element) ?? focusLook(element);
      element.focus({ focusVisible: true, preventScroll: true });
      if (document.activeElement !== element) {
        problems.push(`${describe(element)} cannot take focus`);
        continue;
      }
      if (!element.matches(":focus-visible")) {
        problems.push(`${describe(element)} took focus, but not as keyboard focus (:focus-visible), so the check is not valid`);
        continue;
      }
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
    return { checked: elements.length, problems };
  }

  window.planPagesChecks = { reflow, clippedText, focusIndicators };
})();
