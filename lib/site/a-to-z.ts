/**
 * Every action of every council in one alphabetical list, grouped by first letter with an index of letters:
 * the way to find an action without JavaScript or search. GOV.UK's A to Z lists are the model: letters with
 * nothing under them stay in the index, unlinked, so the alphabet reads the same on every build.
 */
import type { ActionView, CouncilView, ThemeView } from "../derive/council.ts";
import { statusSummary } from "../derive/status-summary.ts";
import type { ProgressStatus } from "../schema/index.ts";

export interface AToZEntry {
  title: string;
  actionId: string;
  councilSlug: string;
  councilName: string;
  themeTitle?: string;
  /**
   * Where the action sits, as the list shows it: "Fernshire, Technology and data". A list of one council's
   * actions gives only the theme (or nothing), since the council's name would be the same on every line.
   */
  place: string;
  /**
   * Where the whole action stands, in the site's words (lib/derive/action-status.ts): a report's rating of it, the
   * plan's, or its milestones'; "no progress reported" when nothing has rated it.
   */
  status: ProgressStatus;
  /** The council's own word for that status, when it used one ("Green"). */
  rating?: string;
  /** "3 of 4 milestones complete, 1 overdue" */
  progress: string;
  /**
   * For a title another action of the list shares (two councils' "Digital transformation"), what tells their links
   * apart to a screen reader listing links: "Fernshire, DT1", or the action's id alone on a list of one council's
   * actions (WCAG 2.4.4). Undefined for a title the list has once.
   */
  linkSuffix?: string;
}

export interface AToZGroup {
  /** "A", or "0 to 9" for titles that start with a number, or "Other". */
  letter: string;
  /** The fragment the index links to: "letter-a". */
  anchor: string;
  entries: AToZEntry[];
}

export interface AToZ {
  /** Every letter from A to Z (and "0 to 9" or "Other" when used), with an anchor only if actions start with it. */
  index: { letter: string; anchor?: string }[];
  groups: AToZGroup[];
  total: number;
}

export type AToZCouncil = Pick<CouncilView, "slug" | "shortName"> & {
  actions: Pick<ActionView, "id" | "title" | "themeId" | "state" | "counts">[];
  themes: Pick<ThemeView, "id" | "title">[];
};

const alphabet = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];
const numbers = "0 to 9";
const other = "Other";

// Titles sort as a reader expects: "Ávila" with "Avila", "10 things" after "9 things".
const collator = new Intl.Collator("en-GB", { sensitivity: "base", numeric: true });

/** The group a title files under: its first letter without accents, ignoring leading quotes and brackets. */
export function filingLetter(title: string): string {
  const first = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .charAt(0)
    .toUpperCase();
  if (alphabet.includes(first)) return first;
  return /\d/.test(first) ? numbers : other;
}

function anchorFor(letter: string): string {
  return `letter-${letter.toLowerCase().replace(/\s+/g, "-")}`;
}

export function actionsAToZ(councils: readonly AToZCouncil[]): AToZ {
  const entries = councils.flatMap((council) =>
    council.actions.map((action) => {
      const theme = council.themes.find((candidate) => candidate.id.toLowerCase() === action.themeId.toLowerCase());
      const place = [...(councils.length === 1 ? [] : [council.shortName]), ...(theme ? [theme.title] : [])].join(", ");
      return {
        title: action.title,
        actionId: action.id,
        councilSlug: council.slug,
        councilName: council.shortName,
        ...(theme && { themeTitle: theme.title }),
        place,
        status: action.state.status,
        ...(action.state.rating !== undefined && { rating: action.state.rating }),
        progress: statusSummary(action.counts).headline,
      };
    }),
  );
  entries.sort(
    (a, b) =>
      collator.compare(a.title, b.title) || collator.compare(a.councilName, b.councilName) || collator.compare(a.actionId, b.actionId),
  );
  const titleCounts = new Map<string, number>();
  for (const { title } of entries) titleCounts.set(title.toLowerCase(), (titleCounts.get(title.toLowerCase()) ?? 0) + 1);
  const listed: AToZEntry[] = entries.map((entry) =>
    (titleCounts.get(entry.title.toLowerCase()) ?? 0) > 1
      ? { ...entry, linkSuffix: councils.length === 1 ? entry.actionId : `${entry.councilName}, ${entry.actionId}` }
      : entry,
  );

  const order = [numbers, ...alphabet, other];
  const groups = order
    .map((letter) => ({ letter, anchor: anchorFor(letter), entries: listed.filter((entry) => filingLetter(entry.title) === letter) }))
    .filter((group) => group.entries.length > 0);
  const used = new Set(groups.map((group) => group.letter));
  const index = order
    .filter((letter) => alphabet.includes(letter) || used.has(letter))
    .map((letter) => (used.has(letter) ? { letter, anchor: anchorFor(letter) } : { letter }));
  return { index, groups, total: listed.length };
}

/**
 * The most actions one page of the A to Z lists. A line of the list adds about 20 bytes gzipped at 317 councils of
 * the synthetic tree, whose titles repeat (its pages of 150 lines are 4.2 to 5.0 KB), and 39 to 71 bytes with the
 * real and example councils' own titles, measured together (tests/fixtures/real, content/): 150 of those and the
 * page around them (about 2 KB) come to 8 to 13 KB, within the 14 KB page budget (lib/checks/budgets.ts). A site whose
 * actions fit keeps its A to Z on one page, as most councils publishing alone do.
 */
export const actionsPerPage = 150;

/** One page of an A to Z too long for one: a letter's actions, or a part of them when they are too many for one page. */
export interface AToZLetterPage {
  /** "R", "0 to 9" or "Other". */
  letter: string;
  /** Which part of the letter this page is, from 1, of how many: 1 of 1 for a letter on one page. */
  part: number;
  parts: number;
  /** "/a-to-z/r/", or "/a-to-z/r/2/" for a letter's second part. */
  url: string;
  /** Its name in the trail and the index: "R", or "R, part 2 of 3". */
  name: string;
  /** The first and last titles it lists, in full: what a reader scans the index for, like a dictionary's guide words. */
  from: string;
  to: string;
  entries: AToZEntry[];
}

/** The A to Z split into pages: every letter (linked to its first page when actions start with it) and its pages. */
export interface AToZPages {
  index: { letter: string; url?: string }[];
  total: number;
  /** Whether any letter is in parts. */
  inParts: boolean;
  letters: { letter: string; total: number; pages: AToZLetterPage[] }[];
}

/** "r" for R, "0-to-9" for numbers: a letter's part of an address. */
const letterSegment = (letter: string): string => letter.toLowerCase().replace(/\s+/g, "-");

/** The address of a letter's page, or of its later parts. */
export const aToZLetterUrl = (letter: string, part = 1): string => `/a-to-z/${letterSegment(letter)}/${part > 1 ? `${part}/` : ""}`;

/**
 * A page per letter, and a letter with more than `pageSize` actions in parts as even as they can be (350 actions make
 * three parts of 117, 117 and 116 rather than 150, 150 and 50), in the list's own order.
 */
export function aToZPages(aToZ: AToZ, pageSize = actionsPerPage): AToZPages {
  const letters = aToZ.groups.map((group) => {
    const parts = Math.ceil(group.entries.length / pageSize);
    const partSize = Math.ceil(group.entries.length / parts);
    const pages = Array.from({ length: parts }, (_, index): AToZLetterPage => {
      const entries = group.entries.slice(index * partSize, (index + 1) * partSize);
      const part = index + 1;
      return {
        letter: group.letter,
        part,
        parts,
        url: aToZLetterUrl(group.letter, part),
        name: parts > 1 ? `${group.letter}, part ${part} of ${parts}` : group.letter,
        from: entries[0]?.title ?? "",
        to: entries[entries.length - 1]?.title ?? "",
        entries,
      };
    });
    return { letter: group.letter, total: group.entries.length, pages };
  });
  const index = aToZ.index.map((item) =>
    item.anchor ? { letter: item.letter, url: aToZLetterUrl(item.letter) } : { letter: item.letter },
  );
  return { index, total: aToZ.total, inParts: letters.some((letter) => letter.pages.length > 1), letters };
}
