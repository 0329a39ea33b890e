/**
 * The final assessment's rules: the pass mark, and which trust drivers the missed questions
 * point to, so the learner knows what to read again.
 */
import { driverIds, type Driver } from '../../schemas/driver-ids';
import type { Question } from '../../schemas/quiz';
import { scoreQuestion, type Answer } from './scoring';

/** The share of points, in percent, an attempt needs to pass. */
export const PASS_PERCENT = 80;

export function isPassed(score: { percent: number }): boolean {
  return score.percent >= PASS_PERCENT;
}

export interface DriverMisses {
  driver: Driver;
  /** Questions of the attempt that test this driver. */
  total: number;
  /** Those of them not answered fully right. */
  missed: number;
}

/**
 * Per driver, in the article's order, how many of its questions were missed. Drivers the attempt
 * did not test are left out.
 */
export function missedByDriver(
  questions: readonly Question[],
  answers: Readonly<Record<string, Answer | undefined>>,
): DriverMisses[] {
  return driverIds
    .map((driver) => {
      const tagged = questions.filter((question) => question.drivers.includes(driver));
      const missed = tagged.filter(
        (question) => !scoreQuestion(question, answers[question.id]).correct,
      );
      return { driver, total: tagged.length, missed: missed.length };
    })
    .filter((row) => row.total > 0);
}
