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

  const order = [numbers, ...alphabet, other];
  const groups = order
    .map((letter) => ({ letter, anchor: anchorFor(letter), entries: entries.filter((entry) => filingLetter(entry.title) === letter) }))
    .filter((group) => group.entries.length > 0);
  const used = new Set(groups.map((group) => group.letter));
  const index = order
    .filter((letter) => alphabet.includes(letter) || used.has(letter))
    .map((letter) => (used.has(letter) ? { letter, anchor: anchorFor(letter) } : { letter }));
  return { index, groups, total: entries.length };
}
