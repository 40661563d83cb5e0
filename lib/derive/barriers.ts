/** Barriers the Government could help remove, each with the theme it belongs to, so a page can name and link it. */
import type { Barrier, Theme } from "../schema/index.ts";

/** A barrier with the theme it belongs to, when it names one the plan has. */
export interface BarrierView extends Barrier {
  themeTitle?: string;
  /** The theme's id, as its web address uses it. */
  themeId?: string;
}

export function barrierView(barrier: Barrier, themes: readonly Pick<Theme, "id" | "title">[]): BarrierView {
  const theme = themes.find((candidate) => candidate.id.toLowerCase() === barrier.theme?.toLowerCase());
  return { ...barrier, ...(theme && { themeTitle: theme.title, themeId: theme.id }) };
}
