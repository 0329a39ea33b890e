/**
 * The progress store's actions, written through @nanostores/persistent's test engine. Each test
 * opens a fresh copy of the store, as a page load would, over what the test has stored.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  useTestStorageEngine,
} from '@nanostores/persistent';
import { BEFORE_RESET_KEY, PROGRESS_KEY, UNREADABLE_PREFIX } from '../../../src/stores/keys';
import type { Progress } from '../../../src/schemas/progress';
import { fakeProgress } from '../fakes';

type Store = typeof import('../../../src/stores/progress');

const visitedAt = '2026-11-02T09:00:00.000Z';
const completedAt = '2026-11-02T09:20:00.000Z';

/** The store as a page opens it: a fresh module, keeping progress in the test engine. */
async function openStore(): Promise<Store> {
  vi.resetModules();
  const store = await import('../../../src/stores/progress');
  store.setProgressEngine(getTestStorage());
  return store;
}

/** The document as stored, parsed. */
function storedDocument(key = PROGRESS_KEY): Progress | undefined {
  const raw = getTestStorage()[key];
  return raw === undefined ? undefined : (JSON.parse(raw) as Progress);
}

function store(progress: Progress): void {
  getTestStorage()[PROGRESS_KEY] = JSON.stringify(progress);
}

beforeEach(() => {
  useTestStorageEngine();
  cleanTestStorage();
});

describe('the progress store', () => {
  it('reads nothing until it is first used', async () => {
    getTestStorage()[PROGRESS_KEY] = '{damaged';
    const { $progress, $progressNotice } = await openStore();
    expect($progressNotice.get()).toBeUndefined();
    expect(Object.keys(getTestStorage())).toEqual([PROGRESS_KEY]);
    $progress.get();
    expect($progressNotice.get()).toMatchObject({ kind: 'unreadable', reason: 'not-json' });
  });

  it('records a visit and keeps it', async () => {
    const { $progress, markVisited } = await openStore();
    markVisited('why-trust');
    expect($progress.get().lessons['why-trust']?.visitedAt).toBeDefined();
    expect(storedDocument()?.lessons['why-trust']?.visitedAt).toBeDefined();
  });

  it('records a completion, and a finished knowledge check completes its lesson', async () => {
    const { $progress, markCompleted, finishQuiz } = await openStore();
    markCompleted('why-trust');
    finishQuiz(
      { id: 'five-drivers', lesson: 'five-drivers' },
      { answers: { price: ['option-1'] }, correct: 1, questions: 1 },
    );
    const { lessons, quizzes } = $progress.get();
    expect(lessons['why-trust']?.completedAt).toBeDefined();
    expect(lessons['five-drivers']?.completedAt).toBeDefined();
    expect(quizzes['five-drivers']).toMatchObject({ attempts: 1, best: 1 });
    expect(storedDocument()).toEqual($progress.get());
  });

  it('stores nothing for an empty document', async () => {
    const { $progress } = await openStore();
    expect($progress.get().lessons).toEqual({});
    expect(getTestStorage()).toEqual({});
  });

  it('merges what another tab stored since, rather than overwrite it', async () => {
    const { $progress, markVisited } = await openStore();
    markVisited('why-trust');
    // Written by another tab whose storage event has not arrived yet.
    store({ ...$progress.get(), lessons: { 'five-drivers': { visitedAt } } });
    markVisited('trust-outweighs-price');
    expect(Object.keys(storedDocument()?.lessons ?? {}).sort()).toEqual([
      'five-drivers',
      'trust-outweighs-price',
      'why-trust',
    ]);
  });

  it('follows another tab clearing it, as the browser reports a removal', async () => {
    const { $progress, markVisited } = await openStore();
    markVisited('why-trust');
    setTestStorageKey(PROGRESS_KEY, undefined);
    expect($progress.get().lessons).toEqual({});
  });

  it('follows another tab’s writes', async () => {
    const { $progress, markVisited } = await openStore();
    markVisited('why-trust');
    setTestStorageKey(
      PROGRESS_KEY,
      JSON.stringify(fakeProgress({ lessons: { 'five-drivers': { visitedAt } } })),
    );
    expect(Object.keys($progress.get().lessons).sort()).toEqual(['five-drivers', 'why-trust']);
  });
});

describe('importing progress', () => {
  const incoming = fakeProgress({ lessons: { 'five-drivers': { visitedAt, completedAt } } });

  it('merges an imported file with what is here, setting nothing aside', async () => {
    store(fakeProgress({ lessons: { 'why-trust': { visitedAt } } }));
    const { $progress, importProgress, progressBeforeReset } = await openStore();
    importProgress(incoming, 'merge');
    expect(Object.keys($progress.get().lessons).sort()).toEqual(['five-drivers', 'why-trust']);
    expect(progressBeforeReset()).toBeUndefined();
  });

  it('replaces what is here with an imported file, keeping the old progress to restore', async () => {
    store(fakeProgress({ lessons: { 'why-trust': { visitedAt } } }));
    const { $progress, importProgress, progressBeforeReset } = await openStore();
    importProgress(incoming, 'replace');
    expect(Object.keys($progress.get().lessons)).toEqual(['five-drivers']);
    expect($progress.get().epoch).toBeDefined();
    expect(Object.keys(progressBeforeReset()?.lessons ?? {})).toEqual(['why-trust']);
  });
});

describe('reset and restore', () => {
  it('resets to nothing, then restores what was there', async () => {
    store(fakeProgress({ lessons: { 'why-trust': { visitedAt, completedAt } } }));
    const { $progress, resetProgress, restoreBeforeReset } = await openStore();
    resetProgress();
    expect($progress.get().lessons).toEqual({});
    expect(storedDocument()?.epoch).toBeDefined();
    expect(storedDocument(BEFORE_RESET_KEY)?.lessons['why-trust']).toBeDefined();

    expect(restoreBeforeReset()).toBe(true);
    expect($progress.get().lessons['why-trust']).toEqual({ visitedAt, completedAt });
    expect(getTestStorage()[BEFORE_RESET_KEY]).toBeUndefined();
    expect(restoreBeforeReset()).toBe(false);
  });

  it('sets nothing aside when there was nothing to lose', async () => {
    const { resetProgress, progressBeforeReset } = await openStore();
    resetProgress();
    expect(progressBeforeReset()).toBeUndefined();
  });
});

describe('a damaged stored value', () => {
  const damaged = '{"version":1,"lessons":';

  it('is kept aside, untouched, and the course starts fresh with a notice', async () => {
    getTestStorage()[PROGRESS_KEY] = damaged;
    const { $progress, $progressNotice, unreadableBackups, keptCopy } = await openStore();
    expect($progress.get().lessons).toEqual({});
    const [backupKey, ...others] = unreadableBackups();
    expect(backupKey?.startsWith(UNREADABLE_PREFIX)).toBe(true);
    expect(others).toEqual([]);
    expect(keptCopy(backupKey ?? '')).toBe(damaged);
    expect($progressNotice.get()).toEqual({ kind: 'unreadable', backupKey, reason: 'not-json' });
  });

  it('is kept once, however often it is read', async () => {
    getTestStorage()[PROGRESS_KEY] = damaged;
    (await openStore()).$progress.get();
    const { $progress, unreadableBackups } = await openStore();
    $progress.get();
    expect(unreadableBackups()).toHaveLength(1);
  });

  it('gives back what can still be read of it', async () => {
    const partly = { ...fakeProgress({ lessons: { 'why-trust': { visitedAt } } }), quizzes: 7 };
    getTestStorage()[PROGRESS_KEY] = JSON.stringify(partly);
    const { $progress, $progressNotice, discardKeptCopy } = await openStore();
    expect($progress.get().lessons).toEqual({});
    expect($progressNotice.get()?.reason).toBe('invalid');
    await vi.waitFor(() => {
      expect($progress.get().lessons['why-trust']).toEqual({ visitedAt });
    });
    expect($progressNotice.get()?.repaired).toBeDefined();

    discardKeptCopy($progressNotice.get()?.backupKey ?? '');
    expect($progressNotice.get()).toBeUndefined();
    expect(Object.keys(getTestStorage())).toEqual([PROGRESS_KEY]);
  });
});
