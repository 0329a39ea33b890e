/**
 * Buyer trust: five driver scores, each 0–100, starting at 50. Overall trust is always derived
 * from the drivers (their mean), never stored, so the two can never disagree.
 */
import { driverIds, type Driver } from '../../schemas/driver-ids';

export type DriverScores = Readonly<Record<Driver, number>>;

export const STARTING_SCORE = 50;

export function startingScores(): DriverScores {
  return Object.fromEntries(driverIds.map((driver) => [driver, STARTING_SCORE])) as Record<
    Driver,
    number
  >;
}

export function clampScore(value: number): number {
  return Math.min(100, Math.max(0, Math.round(value)));
}

export function overallTrust(scores: DriverScores): number {
  const total = driverIds.reduce((sum, driver) => sum + scores[driver], 0);
  return Math.round(total / driverIds.length);
}

/** How the buyer comes across at a given trust level; shown as a word and an icon. */
export type Demeanour = 'cold' | 'wary' | 'guarded' | 'attentive' | 'open';

export function demeanourAt(trust: number): Demeanour {
  if (trust >= 75) return 'open';
  if (trust >= 60) return 'attentive';
  if (trust >= 45) return 'guarded';
  if (trust >= 30) return 'wary';
  return 'cold';
}

/** The colour band of a trust bar: cold, guarded or open. Always shown with a number and a word. */
export type Tone = 'cold' | 'guarded' | 'open';

export function toneAt(value: number): Tone {
  if (value >= 60) return 'open';
  if (value >= 40) return 'guarded';
  return 'cold';
}
