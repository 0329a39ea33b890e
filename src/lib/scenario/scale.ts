/**
 * Where a run sits on the article's scale, from 0 (product pusher) to 100 (trusted advisor).
 * Each decision counts by its stance: seeking a win for both sides moves you toward advisor,
 * taking a win at the buyer's expense toward pusher.
 */
import type { Stance } from '../../schemas/scenario';

const stanceScore: Record<Stance, number> = { 'win-win': 100, neutral: 50, 'win-lose': 0 };

/** The five bands of the scale, pusher to advisor, as in the lesson's figure. */
export const scaleBands = ['pusher', 'closer', 'supplier', 'partner', 'advisor'] as const;
export type ScaleBand = (typeof scaleBands)[number];

export interface ScalePosition {
  /** 0 = product pusher, 100 = trusted advisor. */
  position: number;
  band: ScaleBand;
}

export function bandAt(position: number): ScaleBand {
  const index = Math.min(scaleBands.length - 1, Math.floor(position / (100 / scaleBands.length)));
  return scaleBands[Math.max(0, index)] ?? 'pusher';
}

export function scalePosition(history: readonly { stance: Stance }[]): ScalePosition {
  if (history.length === 0) return { position: 50, band: bandAt(50) };
  const total = history.reduce((sum, step) => sum + stanceScore[step.stance], 0);
  const position = Math.round(total / history.length);
  return { position, band: bandAt(position) };
}
