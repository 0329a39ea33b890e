import { describe, expect, it } from 'vitest';
import { nextCmi5Verdicts, type Cmi5Sent } from '../../../../src/lib/lms/cmi5';
import { lmsReport, type LmsReport } from '../../../../src/lib/lms/report';
import { emptyProgress, withAssessmentAttempt } from '../../../../src/lib/progress/model';
import { isPassed } from '../../../../src/lib/quiz/assessment';
import type { Progress } from '../../../../src/schemas/progress';

const nothingSent: Cmi5Sent = { completed: false, passed: false, failed: false };
const score = (raw: number) => ({ raw, min: 0, max: 100, scaled: raw / 100 }) as const;

/** The report after the given attempts, each judged as the assessment judges it. */
function afterAttempts(...percents: number[]): LmsReport {
  let progress: Progress = emptyProgress();
  percents.forEach((percent, minute) => {
    const at = new Date(Date.UTC(2026, 10, 2, 9, minute)).toISOString();
    progress = withAssessmentAttempt(progress, { percent, passed: isPassed({ percent }), at });
  });
  // A course of nothing but the assessment: complete exactly when it is passed.
  return lmsReport(progress, { lessons: [], scenarios: [] });
}

const verbs = (verdicts: readonly { verb: string }[]) => verdicts.map((verdict) => verdict.verb);

describe('nextCmi5Verdicts', () => {
  it('sends nothing before the assessment is taken, even as the session ends', () => {
    expect(nextCmi5Verdicts(afterAttempts(), nothingSent, {}, 'session-ending')).toEqual([]);
  });

  it('sends passed with the scaled score, then completed, once the course is complete', () => {
    expect(nextCmi5Verdicts(afterAttempts(85), nothingSent)).toEqual([
      { verb: 'passed', result: { success: true, score: score(85) } },
      { verb: 'completed', result: { completion: true } },
    ]);
  });

  it('sends completed and passed at most once per registration', () => {
    const report = afterAttempts(85);
    expect(nextCmi5Verdicts(report, { ...nothingSent, passed: true })).toEqual([
      { verb: 'completed', result: { completion: true } },
    ]);
    expect(verbs(nextCmi5Verdicts(report, { ...nothingSent, completed: true }))).toEqual([
      'passed',
    ]);
    const both = { ...nothingSent, completed: true, passed: true };
    expect(nextCmi5Verdicts(report, both, {}, 'session-ending')).toEqual([]);
  });

  it('keeps a fail for the end of the session', () => {
    const report = afterAttempts(60);
    expect(nextCmi5Verdicts(report, nothingSent)).toEqual([]);
    expect(nextCmi5Verdicts(report, nothingSent, {}, 'session-ending')).toEqual([
      { verb: 'failed', result: { success: false, score: score(60) } },
    ]);
    expect(
      nextCmi5Verdicts(report, { ...nothingSent, failed: true }, {}, 'session-ending'),
    ).toEqual([]);
  });

  it('sends the pass of a retake after a fail in the same session, the fail never', () => {
    expect(nextCmi5Verdicts(afterAttempts(60), nothingSent)).toEqual([]);
    expect(verbs(nextCmi5Verdicts(afterAttempts(60, 90), nothingSent))).toEqual([
      'passed',
      'completed',
    ]);
  });

  it('holds a pass for the next session when a fail was already sent in this one', () => {
    const report = afterAttempts(60, 90);
    expect(verbs(nextCmi5Verdicts(report, { ...nothingSent, failed: true }))).toEqual([
      'completed',
    ]);
    const nextSession = { completed: true, passed: false, failed: false };
    expect(verbs(nextCmi5Verdicts(report, nextSession))).toEqual(['passed']);
  });

  it('judges 79, 80 and 81 percent by the course’s pass mark of 80 without a masteryScore', () => {
    const judged = (percent: number) =>
      verbs(nextCmi5Verdicts(afterAttempts(percent), nothingSent, {}, 'session-ending'));
    expect(judged(79)).toEqual(['failed']);
    expect(judged(80)).toEqual(['passed', 'completed']);
    expect(judged(81)).toEqual(['passed', 'completed']);
  });

  it('judges by the LMS’s masteryScore when it gives one, and names it for the context', () => {
    const report = afterAttempts(80);
    const judged = (masteryScore: number) =>
      nextCmi5Verdicts(
        report,
        { ...nothingSent, completed: true },
        { masteryScore },
        'session-ending',
      );
    expect(judged(0.79)).toEqual([
      { verb: 'passed', result: { success: true, score: score(80) }, masteryScore: 0.79 },
    ]);
    expect(judged(0.8)).toEqual([
      { verb: 'passed', result: { success: true, score: score(80) }, masteryScore: 0.8 },
    ]);
    expect(judged(0.81)).toEqual([
      { verb: 'failed', result: { success: false, score: score(80) }, masteryScore: 0.81 },
    ]);
    // A lower masteryScore passes an attempt the course itself failed.
    expect(verbs(nextCmi5Verdicts(afterAttempts(70), nothingSent, { masteryScore: 0.7 }))).toEqual([
      'passed',
    ]);
  });

  it('never sends failed after passed, even when a higher masteryScore comes later', () => {
    const sent = { ...nothingSent, completed: true, passed: true };
    expect(
      nextCmi5Verdicts(afterAttempts(85), sent, { masteryScore: 0.95 }, 'session-ending'),
    ).toEqual([]);
  });

  it('ignores a masteryScore that is not one, and judges as the course does', () => {
    for (const masteryScore of [Number.NaN, -0.1, 1.5, Number.POSITIVE_INFINITY]) {
      expect(
        nextCmi5Verdicts(afterAttempts(85), nothingSent, { masteryScore }),
        String(masteryScore),
      ).toEqual([
        { verb: 'passed', result: { success: true, score: score(85) } },
        { verb: 'completed', result: { completion: true } },
      ]);
    }
  });

  it('sends nothing in Browse or Review mode, and all in Normal', () => {
    const report = afterAttempts(85);
    for (const launchMode of ['Browse', 'Review'] as const) {
      expect(nextCmi5Verdicts(report, nothingSent, { launchMode }, 'session-ending')).toEqual([]);
    }
    expect(verbs(nextCmi5Verdicts(report, nothingSent, { launchMode: 'Normal' }))).toEqual([
      'passed',
      'completed',
    ]);
  });

  it('sends completed for a complete course even when the masteryScore fails it', () => {
    expect(
      verbs(
        nextCmi5Verdicts(afterAttempts(85), nothingSent, { masteryScore: 0.9 }, 'session-ending'),
      ),
    ).toEqual(['failed', 'completed']);
  });
});
