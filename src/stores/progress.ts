/**
 * $progress: the learner's one progress document (see src/schemas/progress.ts), persisted under
 * "shinrai:progress" through @nanostores/persistent. Change it only through the actions below.
 * Every write first merges what is stored, so two tabs never overwrite each other's work; a
 * replace or reset starts a new epoch, which other tabs adopt instead of merging into.
 *
 * Importing the store does nothing: storage is opened and the stored document read on first use
 * (the first read of $progress or the first action), and from then on other tabs' writes are
 * followed.
 */
import { atom, onMount, type ReadableAtom, type WritableAtom } from 'nanostores';
import {
  persistentAtom,
  setPersistentEngine,
  windowPersistentEvents,
} from '@nanostores/persistent';
import type { Location, Progress, ScenarioRun } from '../schemas/progress';
import { readProgress, reads } from '../lib/progress/guard';
import {
  adopt,
  emptyProgress,
  replacedBy,
  resetAt,
  withAssessmentAttempt,
  withAssessmentDraft,
  withCompletion,
  withFinishedQuiz,
  withLocation,
  withQuizAnswer,
  withScenarioRun,
  withVisit,
  withoutQuizAnswer,
  type QuizAttempt,
} from '../lib/progress/model';
import { merge } from '../lib/progress/merge';
import { parseProgress, type ParseFailure } from '../lib/progress/parse';
import { isEmpty } from '../lib/progress/summary';
import { createSafeStorage } from './storage';
import { BEFORE_RESET_KEY, PROGRESS_KEY, UNREADABLE_PREFIX } from './keys';

export { BEFORE_RESET_KEY, PROGRESS_KEY, UNREADABLE_PREFIX };

export type ProgressNotice = {
  kind: 'unreadable';
  backupKey: string;
  reason: ParseFailure['reason'];
  /** Records recovered from it and records left out, when part of it could be read. */
  repaired?: { dropped: number };
};

export const $progressNotice = atom<ProgressNotice | undefined>(undefined);

let engine: Record<string, string> | undefined;

/**
 * Keeps progress in `storage` instead of the browser's storage; call it before the store is first
 * used. It must be the engine @nanostores/persistent writes through: in tests, getTestStorage()
 * after useTestStorageEngine().
 */
export function setProgressEngine(storage: Record<string, string>): void {
  engine = storage;
}

/** Every read and write of the store goes through this engine, set up on first use. */
function storage(): Record<string, string> {
  if (!engine) {
    engine = createSafeStorage();
    if (typeof window !== 'undefined') setPersistentEngine(engine, windowPersistentEvents);
  }
  return engine;
}

const now = () => new Date().toISOString();

/** Keys under which unreadable progress found on this device is kept. */
export function unreadableBackups(): string[] {
  // Reflect.ownKeys, since the browser's engine lists its keys but has no properties to show.
  return (Reflect.ownKeys(storage()) as string[])
    .filter((key) => key.startsWith(UNREADABLE_PREFIX))
    .sort();
}

/** The progress document exactly as stored, even one that can't be read, for download. */
export function progressAsStored(): string {
  return storage()[PROGRESS_KEY] ?? '';
}

/** Keeps an unreadable stored value under its own key, once, and explains it. */
function keepUnreadable(raw: string, failure: ParseFailure): void {
  const existing = unreadableBackups().find((key) => storage()[key] === raw);
  const backupKey = existing ?? `${UNREADABLE_PREFIX}${now()}`;
  if (!existing) storage()[backupKey] = raw;
  $progressNotice.set({ kind: 'unreadable', backupKey, reason: failure.reason });
}

/** A stored value as a document, or why it can't be read. */
function readStored(raw: string): { progress: Progress; failure?: ParseFailure } {
  const result = parseProgress(raw, Number.POSITIVE_INFINITY);
  return result.ok ? { progress: result.progress } : { progress: emptyProgress(), failure: result };
}

/**
 * Whatever part of a damaged document can still be read, brought into the current progress.
 * The repair code loads only when it is needed, which is rarely; the original is already kept.
 */
async function repairLater(raw: string): Promise<{ dropped: number } | undefined> {
  const { repairProgress } = await import('../lib/progress/repair');
  let repaired;
  try {
    repaired = repairProgress(JSON.parse(raw));
  } catch {
    return undefined;
  }
  if (!repaired) return undefined;
  const recovered = repaired.progress;
  update((progress) => adopt(progress, recovered));
  return { dropped: repaired.dropped };
}

const progressView = atom<Progress>(emptyProgress());
/** The document, read on first use and kept in step with storage. */
export const $progress: ReadableAtom<Progress> = progressView;

function decode(raw: string | undefined): Progress {
  // Nothing stored: a removal, as @nanostores/persistent's test engine reports one.
  if (raw === undefined) return emptyProgress();
  const read = readStored(raw);
  if (read.failure) {
    keepUnreadable(raw, read.failure);
    if (read.failure.reason === 'invalid') {
      void repairLater(raw).then((repaired) => {
        const notice = $progressNotice.get();
        if (repaired && notice) $progressNotice.set({ ...notice, repaired });
      });
    }
  }
  return merge(read.progress, progressView.value);
}

let persisted: WritableAtom<Progress> | undefined;

/** The persistent atom behind $progress, created on first use and followed from then on. */
function persistedAtom(): WritableAtom<Progress> {
  if (!persisted) {
    storage();
    persisted = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress(), {
      // Nothing recorded and no reset to pass on: remove the key rather than store an empty
      // document.
      encode: (value) =>
        isEmpty(value) && value.epoch === undefined ? undefined : JSON.stringify(value),
      decode,
    });
    // Never let go: other tabs' writes are followed from the first use on.
    persisted.subscribe((value) => {
      progressView.set(value);
    });
  }
  return persisted;
}
onMount(progressView, () => {
  persistedAtom();
});

/** What is stored now: another tab may have written since this one last looked. */
function stored(): Progress {
  const raw = storage()[PROGRESS_KEY];
  return raw === undefined ? emptyProgress() : readStored(raw).progress;
}

/** Saves a document only if it would read back: the writers guarantee it, this makes sure. */
function save(next: Progress): void {
  if (reads(readProgress, next) === undefined) {
    console.error('Shinrai: progress change not saved, because it would not read back');
    return;
  }
  persistedAtom().set(next);
}

function update(recipe: (progress: Progress) => Progress): void {
  save(recipe(merge(persistedAtom().get(), stored())));
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

/** A knowledge check finished: the attempt is recorded and the lesson completed, in one write. */
export function finishQuiz(
  quiz: { id: string; lesson: string },
  attempt: Omit<QuizAttempt, 'at'>,
): void {
  update((progress) => withFinishedQuiz(progress, quiz, { ...attempt, at: now() }));
}

/** One question of a knowledge check has been checked: its answer is kept now. */
export function recordQuizAnswer(
  quizId: string,
  answer: { questionId: string; chosen: readonly string[]; questions: number },
): void {
  update((progress) => withQuizAnswer(progress, quizId, { ...answer, at: now() }));
}

/** "Try again" on one question. */
export function forgetQuizAnswer(
  quizId: string,
  change: { questionId: string; questions: number },
): void {
  update((progress) => withoutQuizAnswer(progress, quizId, { ...change, at: now() }));
}

/** The final assessment in progress, saved as the learner answers. */
export function saveAssessmentDraft(draft: {
  seed: number;
  answers: Readonly<Record<string, readonly string[]>>;
}): void {
  update((progress) => withAssessmentDraft(progress, { ...draft, at: now() }));
}

export function recordAssessmentAttempt(attempt: { percent: number; passed: boolean }): void {
  update((progress) => withAssessmentAttempt(progress, { ...attempt, at: now() }));
}

/** Keeps the current document where "Restore" can find it. */
function setAside(current: Progress): void {
  if (!isEmpty(current)) storage()[BEFORE_RESET_KEY] = JSON.stringify(current);
}

export function importProgress(incoming: Progress, mode: 'merge' | 'replace'): void {
  if (mode === 'replace') {
    setAside(merge(persistedAtom().get(), stored()));
    save(replacedBy(incoming, now()));
  } else {
    update((progress) => adopt(progress, incoming));
  }
}

export function exportProgress(): string {
  return JSON.stringify(merge(persistedAtom().get(), stored()), null, 2);
}

export function resetProgress(): void {
  setAside(merge(persistedAtom().get(), stored()));
  save(resetAt(now()));
}

/** The document saved by the last reset, if it can still be read. */
export function progressBeforeReset(): Progress | undefined {
  const raw = storage()[BEFORE_RESET_KEY];
  if (raw === undefined) return undefined;
  const result = parseProgress(raw, Number.POSITIVE_INFINITY);
  return result.ok ? result.progress : undefined;
}

export function restoreBeforeReset(): boolean {
  const before = progressBeforeReset();
  if (!before) return false;
  update((progress) => adopt(progress, before));
  Reflect.deleteProperty(storage(), BEFORE_RESET_KEY);
  return true;
}

/** The raw text kept under a backup key, for the learner to download. */
export function keptCopy(key: string): string | undefined {
  return key.startsWith(UNREADABLE_PREFIX) ? storage()[key] : undefined;
}

/**
 * Brings whatever can be read from a kept copy into the current progress, and removes the copy
 * when something was recovered. Resolves to how many records were left out, or undefined if
 * nothing in it could be read.
 */
export async function recoverKeptCopy(key: string): Promise<{ dropped: number } | undefined> {
  const raw = keptCopy(key);
  if (raw === undefined) return undefined;
  const recovered = await repairLater(raw);
  if (recovered) discardKeptCopy(key);
  return recovered;
}

export function discardKeptCopy(key: string): void {
  if (!key.startsWith(UNREADABLE_PREFIX)) return;
  Reflect.deleteProperty(storage(), key);
  const notice = $progressNotice.get();
  if (notice?.backupKey === key) $progressNotice.set(undefined);
}
