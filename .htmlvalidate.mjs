/**
 * html-validate for every built page (tests/site/html-validate.test.ts): the recommended, document and
 * accessibility presets, with only the changes below. This is JavaScript rather than .htmlvalidate.json
 * so that each change can say why; html-validate reads either. https://html-validate.org/usage/
 */
export default {
  root: true,
  extends: ["html-validate:recommended", "html-validate:document", "html-validate:a11y"],
  rules: {
    // Subresource Integrity guards files fetched from another origin (a CDN). Every stylesheet and script
    // here comes from the site itself, under a strict Content Security Policy, so require it only where
    // an address is cross-origin: a third-party asset added later still fails.
    // https://html-validate.org/rules/require-sri.html
    "require-sri": ["error", { target: "crossorigin" }],

    // A page's title is its own name then the council's ("Move council tax and housing benefit services
    // online – Brackenfold District Council"), as WCAG 2.4.2 asks. Action names are the council's own
    // words, up to 300 characters (lib/schema), and shortening them would hide what the page is about;
    // search engines cut long titles for display themselves. https://html-validate.org/rules/long-title.html
    "long-title": "off",

    // Under a PATH_PREFIX, Eleventy's HTML base plugin parses and writes each page again, and writes a boolean
    // attribute as hidden="" where the template has hidden. Both are valid HTML and mean the same; the rule is a
    // matter of style, and would fail every page of a site served from a sub-folder (GitHub Pages).
    // https://html-validate.org/rules/attribute-empty-style.html
    "attribute-empty-style": "off",
  },
};
