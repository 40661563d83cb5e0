/**
 * The accessibility statement each council publishes for its pages (regulation 8 of the Public Sector Bodies
 * (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, often cited as 7: docs/domain.md says
 * why), in the shape of GOV.UK's sample statement
 * (https://www.gov.uk/government/publications/sample-accessibility-statement), and one for the pages
 * the councils share. What it may honestly say depends on whether the council has tested the site by hand:
 * automated checks alone cannot show that a website is fully compliant.
 */
import type { CouncilFile } from "../schema/council.ts";

/** "/brackenfold/accessibility/" for a council's statement, "/accessibility/" for the shared pages'. */
export const accessibilityUrl = (council?: string): string => (council ? `/${council}/accessibility/` : "/accessibility/");

export interface AccessibilityStatement {
  /** The regulation's wording: "fully compliant" or "partially compliant" with WCAG 2.2 AA. */
  compliance: "fully compliant" | "partially compliant";
  /** Whether every council the statement covers has tested its pages by hand. */
  testedByHand: boolean;
  /** The earliest of their tests, "2025-03-14", when every one has tested. */
  tested?: string;
  /** Who carried out the tests, each once: "the council's digital team". */
  testedBy: string[];
  /** Problems the tests found that are not fixed yet, as the councils wrote them. */
  issues: string[];
  /** Who enforces the regulations: the EHRC in Great Britain, the Equality Commission in Northern Ireland. */
  enforcedIn: { greatBritain: boolean; northernIreland: boolean };
}

/**
 * The statement for pages published by these councils (each a CouncilView, or anything with its council.yaml as
 * `council`): one council for its own pages, every council for the shared ones. Fully compliant only when each has tested by hand and listed no problem still open.
 */
export function accessibilityStatement(
  councilViews: readonly { council: Pick<CouncilFile, "accessibility" | "gss_code"> }[],
): AccessibilityStatement {
  const councils = councilViews.map((view) => view.council);
  const tests = councils.map((council) => council.accessibility);
  const testedByHand = councils.length > 0 && tests.every((test) => test !== undefined);
  const issues = tests.flatMap((test) => test?.issues ?? []);
  const dates = tests.flatMap((test) => (test ? [test.tested] : [])).sort();
  return {
    compliance: testedByHand && issues.length === 0 ? "fully compliant" : "partially compliant",
    testedByHand,
    ...(testedByHand && dates[0] !== undefined ? { tested: dates[0] } : {}),
    testedBy: [...new Set(tests.flatMap((test) => (test ? [test.tested_by] : [])))],
    issues,
    enforcedIn: {
      // GSS codes start E (England), W (Wales) or S (Scotland) in Great Britain, N in Northern Ireland. A council
      // that gives no code could be in either, so both enforcement bodies are named rather than guessing one.
      greatBritain:
        councils.length === 0 || councils.some((council) => council.gss_code === undefined || !council.gss_code.startsWith("N")),
      northernIreland: councils.some((council) => council.gss_code === undefined || council.gss_code.startsWith("N")),
    },
  };
}
