import { describe, expect, it } from 'vitest';
import { dashboardView, type CourseCatalog } from '../../../../src/lib/progress/dashboard';
import { importPreview } from '../../../../src/lib/progress/import-preview';
import { PROGRESS_LIMITS } from '../../../../src/schemas/progress-limits';
import { fakeProgress, fakeRun } from '../../fakes';

const catalog: CourseCatalog = {
  lessons: [
    { id: 'why-trust', title: 'Why trust', href: '/lessons/why-trust/' },
    { id: 'five-drivers', title: 'Five drivers', href: '/lessons/five-drivers/' },
  ],
  scenarios: [
    { id: 'discount', title: 'Discount', href: '/scenarios/discount/', endings: 3 },
    { id: 'defect', title: 'Defect', href: '/scenarios/defect/', endings: 2 },
  ],
  quizzes: [{ id: 'why-trust', title: 'Why trust', href: '/lessons/why-trust/#quiz-title' }],
  assessmentHref: '/assessment/',
};

const at = (day: number) => `2026-11-0${String(day)}T09:00:00.000Z`;

describe('dashboardView', () => {
  it('shows a fresh course as nothing done', () => {
    const view = dashboardView(fakeProgress(), catalog);
    expect(view.completed).toEqual({ done: 0, total: 2, percent: 0 });
    expect(view.lessons.map((lesson) => lesson.status)).toEqual(['not-started', 'not-started']);
    expect(view.scenarios.map((row) => [row.runs, row.best])).toEqual([
      [0, undefined],
      [0, undefined],
    ]);
    expect(view.timeline).toEqual([]);
    expect(view.quizzes).toMatchObject([{ result: undefined, answered: 0 }]);
    expect(view.unknown).toBe(0);
  });

  it('counts lessons completed and knows each lesson’s status', () => {
    const progress = fakeProgress({
      lessons: {
        'why-trust': { visitedAt: at(1), completedAt: at(2) },
        'five-drivers': { visitedAt: at(3) },
      },
    });
    const view = dashboardView(progress, catalog);
    expect(view.completed).toEqual({ done: 1, total: 2, percent: 50 });
    expect(view.lessons.map((lesson) => lesson.status)).toEqual(['completed', 'visited']);
  });

  it('gives each scenario its endings found, runs kept and best position', () => {
    const progress = fakeProgress({
      scenarios: {
        discount: {
          runs: [
            fakeRun({ scale: 30, finishedAt: at(4) }),
            fakeRun({ scale: 70, finishedAt: at(1) }),
          ],
          endings: ['reorder', 'one-off'],
        },
      },
    });
    const [discount, defect] = dashboardView(progress, catalog).scenarios;
    expect(discount).toMatchObject({
      found: 2,
      endings: 3,
      runs: 2,
      runsCapped: false,
      best: { position: 70, band: 'partner' },
    });
    expect(defect).toMatchObject({ found: 0, runs: 0, best: undefined });
  });

  it('says when only the latest runs are kept', () => {
    const runs = Array.from({ length: PROGRESS_LIMITS.runsPerScenario }, (_, index) =>
      fakeRun({ finishedAt: new Date(Date.UTC(2026, 10, 1, 9, index)).toISOString() }),
    );
    const progress = fakeProgress({ scenarios: { defect: { runs, endings: ['reorder'] } } });
    expect(dashboardView(progress, catalog).scenarios[1]?.runsCapped).toBe(true);
  });

  it('puts every run of every scenario on one timeline, oldest first', () => {
    const progress = fakeProgress({
      scenarios: {
        discount: { runs: [fakeRun({ scale: 20, finishedAt: at(5) })], endings: ['reorder'] },
        defect: { runs: [fakeRun({ scale: 90, finishedAt: at(3) })], endings: ['reorder'] },
      },
    });
    expect(
      dashboardView(progress, catalog).timeline.map(({ finishedAt, title, position }) => ({
        day: finishedAt.slice(0, 10),
        title,
        position,
      })),
    ).toEqual([
      { day: '2026-11-03', title: 'Defect', position: 90 },
      { day: '2026-11-05', title: 'Discount', position: 20 },
    ]);
  });

  it('tells a knowledge check in progress from one taken, and counts what the course lacks', () => {
    const progress = fakeProgress({
      quizzes: {
        'why-trust': {
          lastAnswers: { price: ['option-1'] },
          best: 0,
          questions: 3,
          attempts: 0,
          lastAt: at(1),
        },
        'retired-quiz': { lastAnswers: {}, best: 2, questions: 2, attempts: 1, lastAt: at(1) },
      },
      lessons: { 'retired-lesson': { visitedAt: at(1) } },
    });
    const view = dashboardView(progress, catalog);
    expect(view.quizzes[0]).toMatchObject({ answered: 1, result: { attempts: 0, questions: 3 } });
    expect(view.unknown).toBe(2);
  });
});

describe('importPreview', () => {
  it('says what a file holds in the learner’s terms', () => {
    const progress = fakeProgress({
      lessons: {
        'why-trust': { visitedAt: at(1), completedAt: at(2) },
        'five-drivers': { visitedAt: at(3) },
      },
      scenarios: {
        discount: { runs: [fakeRun(), fakeRun({ finishedAt: at(4) })], endings: ['reorder'] },
      },
      updatedAt: '2026-11-04T10:00:00.000Z',
    });
    expect(importPreview(progress)).toEqual({
      lessons: 2,
      completed: 1,
      runs: 2,
      updatedAt: '2026-11-04T10:00:00.000Z',
    });
  });
});
