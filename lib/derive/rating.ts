/**
 * A status as a plan or report wrote it, read against the council's own rating scale. Councils rate in their own
 * words ("Green", "Achieved", "Data not available"); each word counts as one of the site's statuses for counts,
 * charts, filters and open data, while pages show the council's word (docs/domain.md: ratings).
 */
import type { Rating } from "../schema/index.ts";
import { milestoneStatuses, type MilestoneStatus } from "../schema/vocabulary.ts";

export interface RatedStatus {
  status: MilestoneStatus;
  /** The council's own word, when it used one of its ratings rather than the site's word. */
  rating?: string;
}

export type RatingScale = ReadonlyMap<string, Rating>;

/**
 * The council's words, by lower-case word. A word that is one of the site's own statuses but is said to mean
 * another is left out (the check refuses it), so that it cannot also count as that other status.
 */
export function ratingScale(ratings: readonly Rating[] | undefined): RatingScale {
  const usable = (ratings ?? []).filter((rating) => {
    const word = rating.word.toLowerCase();
    return !(milestoneStatuses as readonly string[]).includes(word) || word === rating.means;
  });
  return new Map(usable.map((rating) => [rating.word.toLowerCase(), rating]));
}

/** The council's word first, then the site's; undefined for a word that is neither (the check reports it). */
export function readStatus(word: string, scale: RatingScale): RatedStatus | undefined {
  const rating = scale.get(word.toLowerCase());
  if (rating) return { status: rating.means, rating: rating.word };
  const own = milestoneStatuses.find((status) => status === word.toLowerCase());
  return own ? { status: own } : undefined;
}

/** Every word a status field accepts for this council, for messages. */
export function statusWords(scale: RatingScale): string[] {
  return [...[...scale.values()].map((rating) => rating.word), ...milestoneStatuses];
}
