/**
 * The learner's progress: one versioned JSON document in localStorage under "shinrai:progress".
 * Written with zod/mini because this schema ships to the browser, where every byte counts.
 *
 * Version 1:
 * {
 *   version: 1,
 *   lessons:   { [lessonId]: { visitedAt?, completedAt? } },
 *   quizzes:   { [quizId]: { lastAnswers: { [questionId]: string[] }, best, questions, attempts, lastAt } },
 *   assessment?: { attempts, best, passed, lastAt },
 *   assessmentDraft?: { seed, answers: { [questionId]: string[] }, at },
 *   scenarios: { [scenarioId]: { runs: Run[], endings: string[] } },
 *   lastLocation?: { href, title, at },
 *   epoch?,
 *   updatedAt
 * }
 * Timestamps are what Date#toISOString writes, so they order as text. `epoch` (added within
 * version 1; older documents simply lack it) is the time of the last replace or reset.
 * A quiz's `lastAnswers` holds every question checked so far (written as each is checked, so a
 * half-done quiz comes back); `attempts` counts the times every question was checked.
 * `assessmentDraft` (also added within version 1) is a final assessment started but not submitted.
 *
 * Records are keyed by ids from the course, and are only ever read as own properties (see
 * src/lib/progress/records.ts), so an id such as "constructor" is data, not a built-in.
 * Every limit below is also applied by the code that writes (src/lib/progress/limits.ts), so the
 * course never saves a document it would refuse to read back.
 */
import * as z from 'zod/mini';
import { driverIds } from './driver-ids';
import { isCoursePath, isId, isTimestamp } from './primitives';
import { PROGRESS_LIMITS, PROGRESS_VERSION } from './progress-limits';

export { PROGRESS_LIMITS, PROGRESS_VERSION };

const timestamp = z.string().check(z.refine(isTimestamp, 'not a real time'));
const id = z.string().check(z.refine(isId, 'not an id'));
const count = z.int().check(z.minimum(0), z.maximum(PROGRESS_LIMITS.count));
const score = z.int().check(z.minimum(0), z.maximum(100));

export const lessonProgressSchema = z.object({
  /** First visit. */
  visitedAt: z.optional(timestamp),
  /** First time the end was reached or the lesson marked complete. */
  completedAt: z.optional(timestamp),
});

/** The options chosen for each question, by question id: option ids, or "behaviour:driver". */
const answersSchema = z.record(
  id,
  z
    .array(z.string().check(z.maxLength(PROGRESS_LIMITS.text)))
    .check(z.maxLength(PROGRESS_LIMITS.answersPerQuestion)),
);

export const quizProgressSchema = z
  .object({
    /** The answers of every question checked so far, as they were checked. */
    lastAnswers: answersSchema,
    /** Best number of questions answered correctly. */
    best: count,
    /** Number of questions in the quiz (the most it has had, if it changed). */
    questions: count,
    attempts: count,
    lastAt: timestamp,
  })
  .check(
    z.refine((quiz) => quiz.best <= quiz.questions, {
      message: 'best is more than the number of questions',
      path: ['best'],
    }),
  );

export const assessmentProgressSchema = z.object({
  attempts: count,
  /** Best score, in percent. */
  best: score,
  passed: z.boolean(),
  lastAt: timestamp,
});

export const assessmentDraftSchema = z.object({
  /** The attempt's seed: which questions are asked, and in what order. */
  seed: z.int().check(z.minimum(0), z.maximum(0xffff_ffff)),
  /** The answers given so far. */
  answers: answersSchema,
  /** When an answer was last given. */
  at: timestamp,
});

export const scenarioRunSchema = z.object({
  /** Unique per run: when it finished and the path taken. */
  id: z.string().check(z.maxLength(2_000)),
  finishedAt: timestamp,
  ending: id,
  outcome: z.enum(['reorder', 'one-off', 'lost']),
  drivers: z.object(
    Object.fromEntries(driverIds.map((driver) => [driver, score])) as Record<
      (typeof driverIds)[number],
      typeof score
    >,
  ),
  /** Value won this quarter, in yen. */
  deal: z.int(),
  /** Position on the pusher → advisor scale, 0–100. */
  scale: score,
  /** Choice ids, in order. */
  path: z.array(id).check(z.maxLength(PROGRESS_LIMITS.pathLength)),
});

export const scenarioProgressSchema = z.object({
  /** Oldest first; at most the latest PROGRESS_LIMITS.runsPerScenario. */
  runs: z.array(scenarioRunSchema).check(z.maxLength(PROGRESS_LIMITS.runsPerScenario)),
  /** Ending ids reached at least once. */
  endings: z.array(id).check(z.maxLength(PROGRESS_LIMITS.endingsPerScenario)),
});

export const locationSchema = z.object({
  /** A path on this site, never another origin ("//host") or a script URL. */
  href: z.string().check(z.refine(isCoursePath, 'not a course address')),
  title: z.string().check(z.maxLength(PROGRESS_LIMITS.text)),
  at: timestamp,
});

export const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  lessons: z.record(id, lessonProgressSchema),
  quizzes: z.record(id, quizProgressSchema),
  assessment: z.optional(assessmentProgressSchema),
  /** A final assessment started and not yet submitted. */
  assessmentDraft: z.optional(assessmentDraftSchema),
  scenarios: z.record(id, scenarioProgressSchema),
  lastLocation: z.optional(locationSchema),
  /** When the learner last replaced or reset their progress: older copies are superseded. */
  epoch: z.optional(timestamp),
  updatedAt: timestamp,
});

export type Progress = z.infer<typeof progressSchema>;
export type LessonProgress = z.infer<typeof lessonProgressSchema>;
export type QuizProgress = z.infer<typeof quizProgressSchema>;
export type AssessmentProgress = z.infer<typeof assessmentProgressSchema>;
export type AssessmentDraft = z.infer<typeof assessmentDraftSchema>;
export type StoredAnswers = z.infer<typeof answersSchema>;
export type ScenarioRun = z.infer<typeof scenarioRunSchema>;
export type ScenarioProgress = z.infer<typeof scenarioProgressSchema>;
export type Location = z.infer<typeof locationSchema>;
