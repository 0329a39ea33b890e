/** The progress page's derived store, over the progress store in @nanostores/persistent's test engine. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import type { CourseCatalog } from '../../../src/lib/progress/dashboard';

const catalog: CourseCatalog = {
  lessons: [
    { id: 'one', title: 'One', href: '/lessons/one/' },
    { id: 'two', title: 'Two', href: '/lessons/two/' },
  ],
  scenarios: [],
  quizzes: [],
  assessmentHref: '/assessment/',
};

async function open() {
  vi.resetModules();
  const progress = await import('../../../src/stores/progress');
  progress.setProgressEngine(getTestStorage());
  const { dashboardStore } = await import('../../../src/stores/dashboard');
  return { progress, $view: dashboardStore(catalog) };
}

beforeEach(() => {
  useTestStorageEngine();
  cleanTestStorage();
});

describe('the dashboard store', () => {
  it('starts empty and follows each action on the progress store', async () => {
    const { progress, $view } = await open();
    const seen: { empty: boolean; done: number }[] = [];
    const stop = $view.subscribe((view) =>
      seen.push({ empty: view.empty, done: view.completed.done }),
    );
    progress.markVisited('one');
    progress.markCompleted('one');
    stop();
    expect(seen).toEqual([
      { empty: true, done: 0 },
      { empty: false, done: 0 },
      { empty: false, done: 1 },
    ]);
    expect($view.get().lessons.map((lesson) => lesson.status)).toEqual([
      'completed',
      'not-started',
    ]);
  });
});
