/**
 * $progress: the learner's one progress document (see src/schemas/progress.ts), persisted under
 * "shinrai:progress" through @nanostores/persistent. Change it only through the actions below.
 * Every write first merges what is stored, so two tabs never overwrite each other's work.
 */
import { atom } from 'nanostores';
import {
  persistentAtom,
  setPersistentEngine,
  windowPersistentEvents,
} from '@nanostores/persistent';
import type { Location, Progress, ScenarioRun } from '../schemas/progress';
import {
  emptyProgress,
  withAssessmentAttempt,
  withCompletion,
  withLocation,
  withQuizAttempt,
  withScenarioRun,
  withVisit,
  type QuizAttempt,
} from '../lib/progress/model';
import { merge } from '../lib/progress/merge';
import { parseProgress, type ParseFailure } from '../lib/progress/parse';
import { isEmpty } from '../lib/progress/summary';
import { createSafeStorage } from './storage';

export const PROGRESS_KEY = 'shinrai:progress';
/** Where an unreadable stored value is kept, untouched, with the time it was found. */
export const UNREADABLE_PREFIX = 'shinrai:progress:unreadable:';
/** The document as it was before the last reset; restorable until the next reset. */
export const BEFORE_RESET_KEY = 'shinrai:progress:before-reset';

export type ProgressNotice = {
  kind: 'unreadable';
  backupKey: string;
  reason: ParseFailure['reason'];
};

export const $progressNotice = atom<ProgressNotice | undefined>(undefined);

const storage = createSafeStorage();
if (typeof window !== 'undefined') setPersistentEngine(storage, windowPersistentEvents);

const now = () => new Date().toISOString();

/** Keeps an unreadable stored value under its own key, once, and explains it. */
function keepUnreadable(raw: string, failure: ParseFailure): void {
  const existing = Object.keys(localStorageKeys()).find((key) => storage[key] === raw);
  const backupKey = existing ?? `${UNREADABLE_PREFIX}${now()}`;
  if (!existing) storage[backupKey] = raw;
  $progressNotice.set({ kind: 'unreadable', backupKey, reason: failure.reason });
}

/** Keys under which unreadable progress found on this device is kept. */
export function unreadableBackups(): string[] {
  return Object.keys(localStorageKeys()).sort();
}

function localStorageKeys(): Record<string, true> {
  const keys: Record<string, true> = {};
  try {
    for (let index = 0; index < localStorage.length; index++) {
      const key = localStorage.key(index);
      if (key?.startsWith(UNREADABLE_PREFIX)) keys[key] = true;
    }
  } catch {
    // storage unavailable: nothing kept there to find
  }
  return keys;
}

let latest: Progress = emptyProgress();

function decode(raw: string): Progress {
  const result = parseProgress(raw, Number.POSITIVE_INFINITY);
  if (result.ok) return merge(result.progress, latest);
  keepUnreadable(raw, result);
  return latest;
}

export const $progress = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress(), {
  // An empty document removes the key, so a reset reaches other tabs as a reset, not as a merge.
  encode: (value) => (isEmpty(value) ? undefined : JSON.stringify(value)),
  decode,
});
latest = $progress.get();
$progress.listen((value) => {
  latest = value;
});

/** What is stored now, if readable: another tab may have written since this one last looked. */
function stored(): Progress {
  const raw = storage[PROGRESS_KEY];
  if (raw === undefined) return emptyProgress();
  const result = parseProgress(raw, Number.POSITIVE_INFINITY);
  return result.ok ? result.progress : emptyProgress();
}

function update(recipe: (progress: Progress) => Progress): void {
  $progress.set(recipe(merge($progress.get(), stored())));
}

export function markVisited(lessonId: string): void {
  update((progress) => withVisit(progress, lessonId, now()));
}

export function markCompleted(lessonId: string): void {
  update((progress) => withCompletion(progress, lessonId, now()));
}

export function recordLocation(location: Omit<Location, 'at'>): void {
  update((progress) => withLocation(progress, { ...location, at: now() }));
}

export function recordScenarioRun(
  scenarioId: string,
  run: Omit<ScenarioRun, 'id' | 'finishedAt'>,
): void {
  const finishedAt = now();
  update((progress) =>
    withScenarioRun(progress, scenarioId, {
      ...run,
      finishedAt,
      id: `${finishedAt}|${run.path.join('/')}`,
    }),
  );
}

export function recordQuizAttempt(quizId: string, attempt: Omit<QuizAttempt, 'at'>): void {
  update((progress) => withQuizAttempt(progress, quizId, { ...attempt, at: now() }));
}

export function recordAssessmentAttempt(attempt: { percent: number; passed: boolean }): void {
  update((progress) => withAssessmentAttempt(progress, { ...attempt, at: now() }));
}

export function importProgress(incoming: Progress, mode: 'merge' | 'replace'): void {
  if (mode === 'replace') {
    storage[BEFORE_RESET_KEY] = JSON.stringify($progress.get());
    $progress.set(incoming);
  } else {
    update((progress) => merge(progress, incoming));
  }
}

export function exportProgress(): string {
  return JSON.stringify(merge($progress.get(), stored()), null, 2);
}

export function resetProgress(): void {
  const current = merge($progress.get(), stored());
  if (!isEmpty(current)) storage[BEFORE_RESET_KEY] = JSON.stringify(current);
  $progress.set(emptyProgress());
}

/** The document saved by the last reset, if it can still be read. */
export function progressBeforeReset(): Progress | undefined {
  const raw = storage[BEFORE_RESET_KEY];
  if (raw === undefined) return undefined;
  const result = parseProgress(raw, Number.POSITIVE_INFINITY);
  return result.ok ? result.progress : undefined;
}

export function restoreBeforeReset(): boolean {
  const before = progressBeforeReset();
  if (!before) return false;
  update((progress) => merge(progress, before));
  Reflect.deleteProperty(storage, BEFORE_RESET_KEY);
  return true;
}
