/**
 * The one list of what this website's own pages (its templates, styles and charts, shared by every council) are
 * known to fail in WCAG 2.2 AA and is not fixed yet. Every accessibility statement lists these beside the
 * council's own findings (council.yaml `accessibility.issues`) and takes its compliance status from both
 * (lib/site/accessibility.ts), so a statement cannot call the website fully compliant while a failure is known.
 *
 * Add a failure here when a test by hand finds one; remove it in the change that fixes it, with a test that would
 * catch it again. `fixBy` is a date only once a fix is planned for that day: a date is never guessed, and until one
 * is set the statements say none has been.
 *
 * Source: the hand audit of 24 pages in Chromium against WCAG 2.2 AA recorded in issue 19 ("Accessibility by hand").
 */

export interface KnownFailure {
  /** The WCAG 2.2 success criterion failed, by number: "1.4.3". */
  criterion: string;
  /** What is not accessible and where, in plain English, as a clause in lower case: the statement capitalises it to start a sentence. */
  description: string;
  /** The day a fix is planned for, "2027-01-31"; undefined while none is set. */
  fixBy?: string;
}

/**
 * None known. The audit's seven failures (1.4.3 the header's focused home link; 1.4.11 and 2.4.7 the focus and
 * needless tab stops of table wrappers; 1.4.12 chart labels with text spacing; 1.4.10 the savings table at 320
 * pixels; 2.4.2 the barriers pages' titles; 1.3.1 the navigation's current page) are fixed, each with a browser or
 * page test that fails if it comes back (tests/a11y/pages.test.ts, tests/site/page-names.test.ts). Chart text is
 * smaller than body text at 320 pixels wide (11.3 pixels at 400% zoom, 18.7 at 200%): not a failure of 1.4.4,
 * which asks for 200%, nor of 1.4.10, and each chart's table gives the same figures at full size.
 */
export const knownFailures: readonly KnownFailure[] = [];

/** The version of Decap CMS the browser editor at /admin/ serves (package.json pins it). */
export const editorVersion = "3.16.3";

/**
 * What axe finds inside the browser editor's own screens (Decap CMS, `editorVersion`), which the site serves at
 * /admin/ for officers who edit in the browser (docs/editing-in-the-browser.md); none of it comes from our
 * configuration or preview, which axe finds nothing in (tests/editor/browser.test.ts). Listed only on a site that
 * serves the editor.
 */
export const editorKnownFailures: readonly KnownFailure[] = [
  {
    criterion: "4.1.2",
    description: `in the browser editor for officers at /admin/ (Decap CMS ${editorVersion}), 19 buttons have no accessible name, 9 controls with a command role have none, one input field has none, one element lacks an ARIA attribute its role requires, and two controls sit inside other controls`,
  },
  {
    criterion: "1.4.3",
    description: `in the browser editor for officers at /admin/ (Decap CMS ${editorVersion}), 11 pieces of text do not have enough contrast with their background`,
  },
];

/** What every statement lists of the website's own failures: the editor's too when the site serves it. */
export function siteKnownFailures(servesEditor: boolean): readonly KnownFailure[] {
  return servesEditor ? [...knownFailures, ...editorKnownFailures] : knownFailures;
}
