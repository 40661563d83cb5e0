/**
 * The accessibility statement each council publishes for its pages (regulation 8 of the Public Sector Bodies
 * (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, often cited as 7: docs/domain.md says
 * why), in the shape of GOV.UK's sample statement
 * (https://www.gov.uk/government/publications/sample-accessibility-statement), and one for the pages
 * the councils share. What it may honestly say depends on what is known to fail (the website's own list,
 * lib/site/known-failures.ts, and the council's) and whether the council has tested the site by hand: automated
 * checks alone cannot show that a website is fully compliant. Its dates come only from council.yaml: one not given
 * is said to be not stated, never guessed.
 */
import type { CouncilFile } from "../schema/council.ts";
import { knownFailures, type KnownFailure } from "./known-failures.ts";

/** "/brackenfold/accessibility/" for a council's statement, "/accessibility/" for the shared pages'. */
export const accessibilityUrl = (council?: string): string => (council ? `/${council}/accessibility/` : "/accessibility/");

/** One failure against WCAG 2.2 AA a statement lists: the website's own (lib/site/known-failures.ts) or a council's. */
export interface StatementFailure {
  /** The success criterion, "1.4.3". */
  criterion: string;
  /** What is not accessible, as the site or the council wrote it. */
  description: string;
  /** The day a fix is planned for; undefined while none is set. */
  fixBy?: string;
  /** The council whose test found it; undefined for the website's own known failures. */
  foundBy?: string;
}

export interface AccessibilityStatement {
  /**
   * The regulations' wording, consistent with the failures listed: "fully compliant" only when tested by hand with no
   * failure known; "partially compliant" when failures are listed; "not compliant" when none is known but the pages
   * have not been tested by hand, as GOV.UK's guidance asks of a website not yet assessed (docs/domain.md).
   */
  compliance: "fully compliant" | "partially compliant" | "not compliant";
  /** Whether every council the statement covers has tested its pages by hand. */
  testedByHand: boolean;
  /** The earliest of their tests, "2025-03-14", when every one has tested. */
  tested?: string;
  /** Who carried out the tests, each once: "the council's digital team". */
  testedBy: string[];
  /** How, each once, as the councils wrote it. */
  methods: string[];
  /** The day the statement was prepared, when every council gives one: the earliest. */
  prepared?: string;
  /** The day it was last reviewed, when every council gives one: the earliest, so none is older than it says. */
  reviewed?: string;
  /** The website's own known failures, then each council's, each with its success criterion. */
  failures: StatementFailure[];
  /**
   * How soon each council replies to a request for another format, in its own words; undefined if not stated. None
   * on the shared pages' statement of a site with too many councils to list, whose councils' own statements say it.
   */
  replies: { council: string; responseTime?: string }[];
  /** Who enforces the regulations: the EHRC in Great Britain, the Equality Commission in Northern Ireland. */
  enforcedIn: { greatBritain: boolean; northernIreland: boolean };
}

/** The earliest of the dates, when every council gave one; undefined if any did not. */
function earliestIfAll(dates: readonly (string | undefined)[]): string | undefined {
  if (dates.length === 0 || dates.some((date) => date === undefined)) return undefined;
  return [...(dates as string[])].sort()[0];
}

/**
 * The statement for pages published by these councils (each a CouncilView, or anything with its council.yaml as
 * `council`): one council for its own pages, every council for the shared ones. `siteFailures` is what the
 * website's own pages are known to fail (lib/site/known-failures.ts).
 */
export function accessibilityStatement(
  councilViews: readonly { council: Pick<CouncilFile, "accessibility" | "gss_code"> & Partial<Pick<CouncilFile, "name">> }[],
  siteFailures: readonly KnownFailure[] = knownFailures,
): AccessibilityStatement {
  const councils = councilViews.map((view) => view.council);
  const records = councils.map((council) => council.accessibility);
  const testedByHand = councils.length > 0 && records.every((record) => record?.tested !== undefined);
  const failures: StatementFailure[] = [
    ...siteFailures.map((failure) => ({ ...failure })),
    ...councils.flatMap((council) =>
      (council.accessibility?.issues ?? []).map((issue) => ({
        criterion: issue.criterion,
        description: issue.description,
        ...(issue.fix_by !== undefined ? { fixBy: issue.fix_by } : {}),
        ...(councils.length > 1 && council.name !== undefined ? { foundBy: council.name } : {}),
      })),
    ),
  ];
  const tested = earliestIfAll(records.map((record) => record?.tested));
  const prepared = earliestIfAll(records.map((record) => record?.prepared));
  const reviewed = earliestIfAll(records.map((record) => record?.reviewed));
  const unique = (values: (string | undefined)[]) => [...new Set(values.filter((value): value is string => value !== undefined))];
  return {
    compliance: failures.length > 0 ? "partially compliant" : testedByHand ? "fully compliant" : "not compliant",
    testedByHand,
    ...(testedByHand && tested !== undefined ? { tested } : {}),
    testedBy: unique(records.map((record) => record?.tested_by)),
    methods: unique(records.map((record) => record?.method)),
    ...(prepared !== undefined ? { prepared } : {}),
    ...(reviewed !== undefined ? { reviewed } : {}),
    failures,
    replies: councils.map((council) => ({
      council: council.name ?? "",
      ...(council.accessibility?.response_time !== undefined ? { responseTime: council.accessibility.response_time } : {}),
    })),
    enforcedIn: {
      // GSS codes start E (England), W (Wales) or S (Scotland) in Great Britain, N in Northern Ireland. A council
      // that gives no code could be in either, so both enforcement bodies are named rather than guessing one.
      greatBritain:
        councils.length === 0 || councils.some((council) => council.gss_code === undefined || !council.gss_code.startsWith("N")),
      northernIreland: councils.some((council) => council.gss_code === undefined || council.gss_code.startsWith("N")),
    },
  };
}

/**
 * The statement for the pages every council shares (search, the A to Z, comparisons, open data). On a site of one
 * council they are that council's own, and its record covers them. On a site of several, no council's test or
 * dates cover pages no one of them has tested, so only what is known to fail and how soon each replies are taken
 * from their records: the shared pages are never called fully compliant on the strength of the councils' own tests.
 * With `councilLinesApart` (a site of too many councils to list on one page, lib/site/pages.ts) how soon each replies
 * is left to its own statement, which the shared one links to, and only what is known to fail is taken.
 */
export function sharedPagesStatement(
  councilViews: readonly { council: Pick<CouncilFile, "accessibility" | "gss_code"> & Partial<Pick<CouncilFile, "name">> }[],
  siteFailures: readonly KnownFailure[] = knownFailures,
  { councilLinesApart = false }: { councilLinesApart?: boolean } = {},
): AccessibilityStatement {
  if (councilViews.length === 1) return accessibilityStatement(councilViews, siteFailures);
  const failuresAndReplies = councilViews.map(({ council }) => {
    const { issues, response_time } = council.accessibility ?? {};
    return {
      council: {
        ...council,
        accessibility: { ...(issues !== undefined && { issues }), ...(response_time !== undefined && { response_time }) },
      },
    };
  });
  const statement = accessibilityStatement(failuresAndReplies, siteFailures);
  return councilLinesApart ? { ...statement, replies: [] } : statement;
}
