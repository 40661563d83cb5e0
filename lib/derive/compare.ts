/**
 * Councils side by side, theme by theme, for /compare/. Councils may define their own themes, so themes are
 * matched by id ("services" is "services" whatever each council calls it), and each theme says which councils
 * do not use it rather than showing them as zero.
 */
import type { CouncilView, ThemeView } from "./council.ts";
import type { Savings } from "./savings.ts";
import type { StatusCounts } from "./status-counts.ts";

/** One council's figures for a theme, or for its whole plan. */
export interface ComparisonRow {
  councilSlug: string;
  councilName: string;
  /** The council's own title for the theme (its plan's title for the whole-plan row). */
  title: string;
  /** The theme's id, for its web address; undefined in the whole-plan row. */
  themeId?: string;
  milestones: number;
  complete: number;
  onTrack: number;
  atRisk: number;
  /** Rated milestones past their date (lib/derive/status-counts.ts); those no one rated are in `noProgressReported`. */
  overdue: number;
  /** Milestones no plan or report has rated. */
  noProgressReported: number;
  /** Undefined when the council stated no such figure: a comparison shows "not published", never £0. */
  savingsPlanned?: number;
  savingsDelivered?: number;
}

export interface ThemeComparison {
  /** The id, lower case, as the theme's web address has it. */
  id: string;
  /** The title most councils give the theme; the first one met when they are split evenly. */
  title: string;
  rows: ComparisonRow[];
  /** Councils whose plan has no theme with this id, by name. */
  notUsedBy: { slug: string; name: string }[];
}

export interface Comparison {
  /** Every council's whole plan. */
  overall: ComparisonRow[];
  /** Themes in the order they first appear, council by council. */
  themes: ThemeComparison[];
}

export type ComparedCouncil = Pick<CouncilView, "slug" | "council" | "counts" | "savings"> & {
  plan: Pick<CouncilView["plan"], "title">;
  themes: Pick<ThemeView, "id" | "title" | "counts" | "savings">[];
};

function row(
  council: ComparedCouncil,
  title: string,
  counts: StatusCounts,
  savings: Pick<Savings, "planned" | "delivered">,
  themeId?: string,
): ComparisonRow {
  return {
    councilSlug: council.slug,
    councilName: council.council.name,
    title,
    ...(themeId !== undefined && { themeId }),
    milestones: counts.total,
    complete: counts.byStatus.complete,
    onTrack: counts.byStatus["on track"],
    atRisk: counts.byStatus["at risk"],
    overdue: counts.overdueRated,
    noProgressReported: counts.byStatus["no progress reported"],
    ...(savings.planned !== undefined && { savingsPlanned: savings.planned }),
    ...(savings.delivered !== undefined && { savingsDelivered: savings.delivered }),
  };
}

export function compareCouncils(councils: readonly ComparedCouncil[]): Comparison {
  const themeIds: string[] = [];
  for (const council of councils) {
    for (const theme of council.themes) {
      const id = theme.id.toLowerCase();
      if (!themeIds.includes(id)) themeIds.push(id);
    }
  }
  const themes = themeIds.map((id) => {
    const rows: ComparisonRow[] = [];
    const notUsedBy: ThemeComparison["notUsedBy"] = [];
    for (const council of councils) {
      const theme = council.themes.find((candidate) => candidate.id.toLowerCase() === id);
      if (theme) rows.push(row(council, theme.title, theme.counts, theme.savings, theme.id));
      else notUsedBy.push({ slug: council.slug, name: council.council.name });
    }
    return { id, title: mostCommon(rows.map((r) => r.title)), rows, notUsedBy };
  });
  return { overall: councils.map((council) => row(council, council.plan.title, council.counts, council.savings)), themes };
}

/** The title given most often; the first given among equals. */
function mostCommon(titles: readonly string[]): string {
  const tally = new Map<string, number>();
  for (const title of titles) tally.set(title, (tally.get(title) ?? 0) + 1);
  let best = titles[0] ?? "";
  for (const [title, count] of tally) if (count > (tally.get(best) ?? 0)) best = title;
  return best;
}
