/**
 * Which councils each part of a build renders, when the pages are rendered in several processes (`npm run build`
 * on a machine of several cores) or on several machines (`npm run build -- --shard K/N`). The parts are balanced by
 * page count, and the same content always gives the same parts, whichever machine works them out.
 */

export interface CouncilSize {
  slug: string;
  /** How many pages the council's own templates write: its plan, themes, actions, reports and the rest. */
  pages: number;
}

/**
 * The councils in `parts` lists of slugs, each in slug order. Largest first, each council goes to the part with
 * fewest pages so far (the first such part on a tie): within one largest council of the best balance.
 */
export function partitionCouncils(councils: readonly CouncilSize[], parts: number): string[][] {
  if (!Number.isInteger(parts) || parts < 1) throw new Error(`a build has one part or more, not ${parts}`);
  const order = [...councils].sort((a, b) => b.pages - a.pages || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const lists: string[][] = Array.from({ length: parts }, () => []);
  const pages: number[] = Array.from({ length: parts }, () => 0);
  for (const council of order) {
    const lightest = pages.indexOf(Math.min(...pages));
    lists[lightest]?.push(council.slug);
    pages[lightest] = (pages[lightest] ?? 0) + council.pages;
  }
  return lists.map((list) => list.sort());
}

export interface Shard {
  /** 1 to count. */
  index: number;
  count: number;
}

/** "2/4" is the second of four parts; anything else is a message saying what to write. */
export function parseShard(text: string): Shard | { problem: string } {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    return { problem: `--shard needs a part and how many parts, such as --shard 2/4 (part 2 of 4), not "${text}"` };
  }
  return { index, count };
}
