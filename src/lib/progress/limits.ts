/**
 * The schema's limits, applied by the code that writes: runs beyond the limit are dropped oldest
 * first, counts stop at their ceiling, and a best score never exceeds the questions it is out of.
 * Each function keeps the merge laws: it depends only on the values it is given.
 */
import type { ScenarioRun } from '../../schemas/progress';
import { PROGRESS_LIMITS } from '../../schemas/progress-limits';

/** Orders runs oldest first, the same way on every device. */
export function byFinish(a: ScenarioRun, b: ScenarioRun): number {
  if (a.finishedAt !== b.finishedAt) return a.finishedAt < b.finishedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The latest runs that fit, oldest first. */
export function latestRuns(runs: readonly ScenarioRun[]): ScenarioRun[] {
  return [...runs].sort(byFinish).slice(-PROGRESS_LIMITS.runsPerScenario);
}

/** Ending ids, sorted, as many as fit. */
export function keptEndings(endings: Iterable<string>): string[] {
  return [...new Set(endings)].sort().slice(0, PROGRESS_LIMITS.endingsPerScenario);
}

export function cappedCount(value: number): number {
  return Math.min(PROGRESS_LIMITS.count, Math.max(0, Math.floor(value)));
}

export function cappedText(text: string): string {
  return text.length <= PROGRESS_LIMITS.text ? text : text.slice(0, PROGRESS_LIMITS.text);
}
