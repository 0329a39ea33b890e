/**
 * Which cmi5 verdicts (completed, passed, failed) an AU sends now, from the report and what it
 * has already sent, keeping the ordering rules of cmi5 §9.3: completed and passed at most once
 * per registration, never failed after passed, and at most one of passed and failed per session.
 * Only in launchMode Normal; Browse and Review send none (cmi5 §10).
 *
 * Passed or failed is judged on the best score against LMS.LaunchData's masteryScore when the LMS
 * gives one, else as the course judged it (the pass mark in src/lib/quiz/assessment.ts). A pass
 * is sent as soon as it happens; a fail only as the session ends, because a failed statement in a
 * session rules out a passed one in that session, and a learner who fails and then passes on a
 * retake should have the pass on record before closing the window. A fail is sent again in later
 * sessions until a pass, each time with the best score so far.
 */
import type { LmsReport, LmsScore } from './report';

export type Cmi5LaunchMode = 'Normal' | 'Browse' | 'Review';

/** What LMS.LaunchData says about judging and recording. */
export interface Cmi5LaunchRules {
  /** 0–1; overrides the course's pass mark. */
  masteryScore?: number;
  launchMode?: Cmi5LaunchMode;
}

/** What this AU has already sent; the runtime keeps it (the cmi5 best practices say where). */
export interface Cmi5Sent {
  /** A completed statement, in this registration. */
  completed: boolean;
  /** A passed statement, in this registration. */
  passed: boolean;
  /** A failed statement, in this session. */
  failed: boolean;
}

/** A statement to send: its verb and result, and the masteryScore for its context extension. */
export type Cmi5Verdict =
  | { verb: 'completed'; result: { completion: true } }
  | { verb: 'passed'; result: { success: true; score: LmsScore }; masteryScore?: number }
  | { verb: 'failed'; result: { success: false; score: LmsScore }; masteryScore?: number };

/** A masteryScore as cmi5 defines it, or undefined for none or one that is not. */
function validMastery(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value >= 0 && value <= 1
    ? value
    : undefined;
}

export function nextCmi5Verdicts(
  report: LmsReport,
  sent: Cmi5Sent,
  launch: Cmi5LaunchRules = {},
  moment: 'during-session' | 'session-ending' = 'during-session',
): Cmi5Verdict[] {
  if ((launch.launchMode ?? 'Normal') !== 'Normal') return [];
  const verdicts: Cmi5Verdict[] = [];
  const { score } = report;
  const mastery = validMastery(launch.masteryScore);
  const context = mastery === undefined ? {} : { masteryScore: mastery };
  if (score && !sent.passed && !sent.failed) {
    const passed = mastery === undefined ? report.success === 'passed' : score.scaled >= mastery;
    if (passed) verdicts.push({ verb: 'passed', result: { success: true, score }, ...context });
    else if (moment === 'session-ending')
      verdicts.push({ verb: 'failed', result: { success: false, score }, ...context });
  }
  if (report.completion === 'completed' && !sent.completed) {
    verdicts.push({ verb: 'completed', result: { completion: true } });
  }
  return verdicts;
}
