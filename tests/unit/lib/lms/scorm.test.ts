import { describe, expect, it } from 'vitest';
import type { LmsReport } from '../../../../src/lib/lms/report';
import { scorm12Values, scorm2004Values } from '../../../../src/lib/lms/scorm';

const score = (raw: number) => ({ raw, min: 0, max: 100, scaled: raw / 100 }) as const;

const notStarted: LmsReport = { completion: 'incomplete', progressMeasure: 0, success: 'unknown' };
const failedHalfway: LmsReport = {
  completion: 'incomplete',
  progressMeasure: 0.5,
  success: 'failed',
  score: score(60),
};
const passedEarly: LmsReport = {
  completion: 'incomplete',
  progressMeasure: 0.06,
  success: 'passed',
  score: score(90),
};
const complete: LmsReport = {
  completion: 'completed',
  progressMeasure: 1,
  success: 'passed',
  score: score(85),
};

describe('scorm12Values', () => {
  it('reports incomplete, and no score, before the assessment', () => {
    expect(scorm12Values(notStarted)).toEqual([['cmi.core.lesson_status', 'incomplete']]);
  });

  it('reports a failed assessment as failed, with its score, until a retake passes', () => {
    expect(scorm12Values(failedHalfway)).toEqual([
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', '60'],
      ['cmi.core.lesson_status', 'failed'],
    ]);
  });

  it('does not report passed while lessons or scenarios remain, even with the assessment passed', () => {
    expect(scorm12Values(passedEarly).at(-1)).toEqual(['cmi.core.lesson_status', 'incomplete']);
  });

  it('reports passed once the course is complete, the score before the status', () => {
    expect(scorm12Values(complete)).toEqual([
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', '85'],
      ['cmi.core.lesson_status', 'passed'],
    ]);
  });
});

describe('scorm2004Values', () => {
  it('reports unknown success and no score before the assessment', () => {
    expect(scorm2004Values(notStarted)).toEqual([
      ['cmi.progress_measure', '0'],
      ['cmi.success_status', 'unknown'],
      ['cmi.completion_status', 'incomplete'],
    ]);
  });

  it('reports completion and success apart', () => {
    expect(scorm2004Values(failedHalfway)).toEqual([
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', '60'],
      ['cmi.score.scaled', '0.6'],
      ['cmi.progress_measure', '0.5'],
      ['cmi.success_status', 'failed'],
      ['cmi.completion_status', 'incomplete'],
    ]);
    expect(scorm2004Values(passedEarly).slice(-3)).toEqual([
      ['cmi.progress_measure', '0.06'],
      ['cmi.success_status', 'passed'],
      ['cmi.completion_status', 'incomplete'],
    ]);
  });

  it('reports a complete course as completed and passed, with the score scaled', () => {
    expect(scorm2004Values(complete)).toEqual([
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', '85'],
      ['cmi.score.scaled', '0.85'],
      ['cmi.progress_measure', '1'],
      ['cmi.success_status', 'passed'],
      ['cmi.completion_status', 'completed'],
    ]);
  });

  it('writes every score as a plain decimal', () => {
    for (const raw of [0, 1, 7, 29, 57, 79, 80, 81, 99, 100]) {
      const scaled = scorm2004Values({ ...complete, score: score(raw) }).find(
        ([element]) => element === 'cmi.score.scaled',
      );
      expect(scaled?.[1], String(raw)).toMatch(/^(0(\.\d{1,2})?|1)$/);
      expect(Number(scaled?.[1])).toBe(raw / 100);
    }
  });
});
