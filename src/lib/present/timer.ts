/**
 * The discussion countdown. It stores when it ends rather than how long is left, so the audience
 * window and the console show the same second, and a reload does not reset it.
 */

import type { Timer } from '../../schemas/session';

export type { Timer };

export const timerLengths = [60, 120, 180] as const;

export type TimerStatus = 'idle' | 'running' | 'paused' | 'done';

/** A stopped timer at its full length: how a timer starts, and what choosing a length does. */
export function idleTimer(length = 120): Timer {
  return { length };
}

export function secondsLeft(timer: Timer, now: number): number {
  if (timer.endsAt !== undefined) return Math.max(0, Math.ceil((timer.endsAt - now) / 1000));
  if (timer.pausedLeft !== undefined) return timer.pausedLeft;
  return timer.length;
}

export function timerStatus(timer: Timer, now: number): TimerStatus {
  if (timer.endsAt !== undefined) return secondsLeft(timer, now) === 0 ? 'done' : 'running';
  if (timer.pausedLeft !== undefined) return 'paused';
  return 'idle';
}

export function startTimer(timer: Timer, now: number): Timer {
  const left = timer.pausedLeft ?? timer.length;
  return { length: timer.length, endsAt: now + left * 1000 };
}

export function pauseTimer(timer: Timer, now: number): Timer {
  if (timer.endsAt === undefined) return timer;
  return { length: timer.length, pausedLeft: secondsLeft(timer, now) };
}

/** "1:05" */
export function formatClock(seconds: number): string {
  // No timer runs longer than an hour; anything else on screen would be nonsense.
  const whole = Number.isFinite(seconds) ? Math.min(3600, Math.max(0, Math.round(seconds))) : 0;
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
