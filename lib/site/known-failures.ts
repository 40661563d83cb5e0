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

export const knownFailures: readonly KnownFailure[] = [
  {
    criterion: "1.4.3",
    description: "the header’s link to the home page cannot be read when it has the keyboard focus: white text on yellow",
  },
  {
    criterion: "1.4.11",
    description: "tables that scroll sideways show the keyboard focus only as a yellow outline on white, which is hard to see",
  },
  {
    criterion: "2.4.7",
    description:
      "the same tables can be reached with the keyboard even when they do not scroll, adding stops where nothing happens, and their focus is hard to see",
  },
  {
    criterion: "1.4.12",
    description:
      "when the space between letters, words and lines is increased, some chart labels are cut off or overlap, and the key of the timeline chart runs into itself",
  },
  {
    criterion: "1.4.10",
    description: "on a screen 320 pixels wide with that spacing, the savings table makes the page scroll sideways",
  },
  {
    criterion: "2.4.2",
    description: "a council’s two barriers pages have the same title",
  },
  {
    criterion: "1.3.1",
    description:
      "on pages within a section, such as an action within the plan, the navigation marks both the section and the page as the current page",
  },
];
