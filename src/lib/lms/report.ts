/**
 * What the LMS is told about a learner: completion, success, how much is done and the assessment
 * score, in one shape that scorm.ts and cmi5.ts put into each standard's terms. "Complete" is
 * courseStatus's (src/lib/progress/course.ts), so the LMS and the progress page never disagree.
 */
import type { Progress } from '../../schemas/progress';
import { courseStatus, type CourseIds } from '../progress/course';

export interface LmsScore {
  /** The best assessment score, in percent. */
  raw: number;
  min: 0;
  max: 100;
  /** raw / 100, two decimals: 0.85. */
  scaled: number;
}

export interface LmsReport {
  /** Completed exactly when the course is: every lesson, every scenario, the assessment passed. */
  completion: 'completed' | 'incomplete';
  /**
   * The share of the course's parts done, 0–1, two decimals: (lessons completed + scenarios
   * played to an ending + 1 if the assessment is passed) / (lessons + scenarios + 1). It is 1
   * only when the course is complete, so an LMS that completes on the measure never does so early.
   */
  progressMeasure: number;
  /**
   * Unknown until the assessment is first submitted, then failed until an attempt passes; a pass
   * is kept whatever comes after, as the progress document keeps it. Each attempt was judged
   * against the pass mark (src/lib/quiz/assessment.ts) when it was recorded.
   */
  success: 'passed' | 'failed' | 'unknown';
  /** The best attempt's score; absent before the first attempt. */
  score?: LmsScore;
}

const twoDecimals = (value: number) => Math.round(value * 100) / 100;

export function lmsReport(progress: Progress, course: CourseIds): LmsReport {
  const status = courseStatus(progress, course);
  const best = progress.assessment?.best;
  return {
    completion: status.complete ? 'completed' : 'incomplete',
    progressMeasure: status.complete ? 1 : Math.min(0.99, twoDecimals(status.progress)),
    success: status.assessment === 'not-taken' ? 'unknown' : status.assessment,
    ...(best === undefined ? {} : { score: { raw: best, min: 0, max: 100, scaled: best / 100 } }),
  };
}
