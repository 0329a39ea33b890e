/**
 * The room's show of hands at one decision. Counts are entered by the trainer, so they are
 * clamped to whole numbers from 0 to MAX_VOTES rather than trusted.
 */

/** More hands than any classroom holds; a typo such as 2000 is capped, not stored. */
export const MAX_VOTES = 999;

export type Votes = Readonly<Record<string, number>>;

export interface Tally {
  /** Count per option, in the options' order. */
  counts: readonly number[];
  total: number;
  /** The options with the most votes; empty when nobody has voted. */
  leaders: readonly string[];
}

export function clampVotes(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(MAX_VOTES, Math.max(0, Math.round(value)));
}

export function tally(votes: Votes | undefined, optionIds: readonly string[]): Tally {
  const counts = optionIds.map((id) => clampVotes(votes?.[id] ?? 0));
  const total = counts.reduce((sum, count) => sum + count, 0);
  const most = Math.max(0, ...counts);
  const leaders = most === 0 ? [] : optionIds.filter((_, index) => counts[index] === most);
  return { counts, total, leaders };
}

/** The single option with the most votes, or undefined on a tie or with no votes. */
export function majority(
  votes: Votes | undefined,
  optionIds: readonly string[],
): string | undefined {
  const { leaders } = tally(votes, optionIds);
  return leaders.length === 1 ? leaders[0] : undefined;
}

export function withVotes(votes: Votes | undefined, optionId: string, count: number): Votes {
  return { ...votes, [optionId]: clampVotes(count) };
}
