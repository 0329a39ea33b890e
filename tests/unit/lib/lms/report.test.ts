import { describe, expect, it } from 'vitest';
import { lmsReport } from '../../../../src/lib/lms/report';
import {
  emptyProgress,
  withAssessmentAttempt,
  withCompletion,
  withScenarioRun,
  withVisit,
} from '../../../../src/lib/progress/model';
import { PASS_PERCENT, isPassed } from '../../../../src/lib/quiz/assessment';
import type { Progress } from '../../../../src/schemas/progress';
import { fakeRun } from '../../fakes';

const course = { lessons: ['why-trust', 'five-drivers'], scenarios: ['discount-request'] };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9) + minute * 60_000).toISOString();

/** An attempt judged as the assessment judges it. */
const attempt = (progress: Progress, percent: number, minute = 30) =>
  withAssessmentAttempt(progress, { percent, passed: isPassed({ percent }), at: at(minute) });

const lessonsDone = (progress: Progress) =>
  course.lessons.reduce((done, lesson, index) => withCompletion(done, lesson, at(index)), progress);
const played = (progress: Progress) =>
  withScenarioRun(progress, 'discount-request', fakeRun({ finishedAt: at(10) }));

describe('lmsReport', () => {
  it('reports nothing done before the learner starts', () => {
    expect(lmsReport(emptyProgress(), course)).toEqual({
      completion: 'incomplete',
      progressMeasure: 0,
      success: 'unknown',
    });
  });

  it('counts each completed lesson and each scenario played to an ending as one part', () => {
    const visited = withVisit(emptyProgress(), 'why-trust', at(0));
    expect(lmsReport(visited, course).progressMeasure).toBe(0);
    const oneLesson = withCompletion(visited, 'why-trust', at(1));
    expect(lmsReport(oneLesson, course).progressMeasure).toBe(0.25);
    expect(lmsReport(played(oneLesson), course).progressMeasure).toBe(0.5);
  });

  it('rounds the measure to two decimals', () => {
    const seven = { lessons: ['a', 'b', 'c', 'd', 'e', 'f'], scenarios: [] };
    const one = withCompletion(emptyProgress(), 'a', at(0));
    expect(lmsReport(one, seven).progressMeasure).toBe(0.14);
    const two = withCompletion(one, 'b', at(1));
    expect(lmsReport(two, seven).progressMeasure).toBe(0.29);
  });

  it('never rounds up to 1 before the course is complete', () => {
    const many = { lessons: Array.from({ length: 250 }, (_, index) => `l${index}`), scenarios: [] };
    let progress = attempt(emptyProgress(), 90);
    for (const lesson of many.lessons.slice(1)) progress = withCompletion(progress, lesson, at(0));
    expect(lmsReport(progress, many)).toMatchObject({
      completion: 'incomplete',
      progressMeasure: 0.99,
    });
  });

  it('is completed exactly when every lesson, every scenario and the assessment are done', () => {
    const allButPass = played(lessonsDone(emptyProgress()));
    expect(lmsReport(allButPass, course).completion).toBe('incomplete');
    expect(lmsReport(attempt(allButPass, 60), course)).toEqual({
      completion: 'incomplete',
      progressMeasure: 0.75,
      success: 'failed',
      score: { raw: 60, min: 0, max: 100, scaled: 0.6 },
    });
    expect(lmsReport(attempt(allButPass, 85), course)).toEqual({
      completion: 'completed',
      progressMeasure: 1,
      success: 'passed',
      score: { raw: 85, min: 0, max: 100, scaled: 0.85 },
    });
  });

  it('reports a pass before the lessons are done as passed but incomplete', () => {
    expect(lmsReport(attempt(emptyProgress(), 95), course)).toEqual({
      completion: 'incomplete',
      progressMeasure: 0.25,
      success: 'passed',
      score: { raw: 95, min: 0, max: 100, scaled: 0.95 },
    });
  });

  it('judges 79, 80 and 81 percent against the pass mark of 80', () => {
    expect(PASS_PERCENT).toBe(80);
    const judged = (percent: number) => lmsReport(attempt(emptyProgress(), percent), course);
    expect(judged(79)).toMatchObject({ success: 'failed', score: { raw: 79, scaled: 0.79 } });
    expect(judged(80)).toMatchObject({ success: 'passed', score: { raw: 80, scaled: 0.8 } });
    expect(judged(81)).toMatchObject({ success: 'passed', score: { raw: 81, scaled: 0.81 } });
  });

  it('keeps a pass and the best score after a worse retake', () => {
    const failedFirst = attempt(emptyProgress(), 50, 1);
    expect(lmsReport(failedFirst, course)).toMatchObject({ success: 'failed', score: { raw: 50 } });
    const passed = attempt(failedFirst, 88, 2);
    expect(lmsReport(passed, course)).toMatchObject({ success: 'passed', score: { raw: 88 } });
    const worse = attempt(passed, 40, 3);
    expect(lmsReport(worse, course)).toMatchObject({ success: 'passed', score: { raw: 88 } });
  });

  it('ignores records of lessons and scenarios the course does not have', () => {
    const retired = withScenarioRun(
      withCompletion(emptyProgress(), 'retired-lesson', at(0)),
      'retired-scenario',
      fakeRun(),
    );
    expect(lmsReport(retired, course).progressMeasure).toBe(0);
  });
});
