import { describe, expect, it } from 'vitest';
import { courseStatus } from '../../../../src/lib/progress/course';
import { fakeProgress, fakeRun } from '../../fakes';

const course = { lessons: ['why-trust', 'five-drivers'], scenarios: ['discount'] };
const at = '2026-11-02T09:00:00.000Z';
const done = { visitedAt: at, completedAt: at };
const played = { runs: [fakeRun()], endings: ['reorder'] };
const assessment = (passed: boolean) => ({
  attempts: 1,
  best: passed ? 90 : 60,
  passed,
  lastAt: at,
});

describe('courseStatus', () => {
  it('starts with nothing done', () => {
    expect(courseStatus(fakeProgress(), course)).toEqual({
      complete: false,
      lessons: { done: 0, total: 2 },
      scenarios: { done: 0, total: 1 },
      assessment: 'not-taken',
      progress: 0,
    });
  });

  it('is complete with every lesson, every scenario and the assessment passed', () => {
    const progress = fakeProgress({
      lessons: { 'why-trust': done, 'five-drivers': done },
      scenarios: { discount: played },
      assessment: assessment(true),
    });
    expect(courseStatus(progress, course)).toMatchObject({ complete: true, progress: 1 });
  });

  it('is not complete while the assessment is failed, whatever else is done', () => {
    const progress = fakeProgress({
      lessons: { 'why-trust': done, 'five-drivers': done },
      scenarios: { discount: played },
      assessment: assessment(false),
    });
    expect(courseStatus(progress, course)).toMatchObject({
      complete: false,
      assessment: 'failed',
      progress: 0.75,
    });
  });

  it('counts a visited lesson as not done, and ignores what the course lacks', () => {
    const progress = fakeProgress({
      lessons: { 'why-trust': { visitedAt: at }, 'retired-lesson': done },
      scenarios: { 'retired-scenario': played },
    });
    const status = courseStatus(progress, course);
    expect(status.lessons).toEqual({ done: 0, total: 2 });
    expect(status.scenarios).toEqual({ done: 0, total: 1 });
  });

  it('counts each scenario played to an ending once, however many runs', () => {
    const progress = fakeProgress({
      scenarios: {
        discount: {
          runs: [fakeRun(), fakeRun({ finishedAt: '2026-11-03T09:00:00.000Z' })],
          endings: ['reorder'],
        },
      },
    });
    expect(courseStatus(progress, course).scenarios).toEqual({ done: 1, total: 1 });
  });

  it('takes a course without scenarios as complete once its lessons and assessment are', () => {
    const progress = fakeProgress({ lessons: { only: done }, assessment: assessment(true) });
    expect(courseStatus(progress, { lessons: ['only'], scenarios: [] })).toMatchObject({
      complete: true,
      progress: 1,
    });
  });
});
