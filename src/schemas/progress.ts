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
 *   scenarios: { [scenarioId]: { runs: Run[], endings: string[] } },
 *   lastLocation?: { href, title, at },
 *   updatedAt
 * }
 * Timestamps are ISO 8601 strings, so they order as text.
 */
import * as z from 'zod/mini';
import { driverIds } from './driver-ids';

export const PROGRESS_VERSION = 1;

const timestamp = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/, 'not an ISO timestamp'));
const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not an id'), z.maxLength(100));
const count = z.int().check(z.minimum(0), z.maximum(1_000_000));
const score = z.int().check(z.minimum(0), z.maximum(100));

export const lessonProgressSchema = z.object({
  /** First visit. */
  visitedAt: z.optional(timestamp),
  /** First time the end was reached or the lesson marked complete. */
  completedAt: z.optional(timestamp),
});

export const quizProgressSchema = z.object({
  /** The options chosen, per question, on the latest attempt. */
  lastAnswers: z.record(id, z.array(z.string().check(z.maxLength(100))).check(z.maxLength(20))),
  /** Best number of questions answered correctly. */
  best: count,
  /** Number of questions in the quiz at that time. */
  questions: count,
  attempts: count,
  lastAt: timestamp,
});

export const assessmentProgressSchema = z.object({
  attempts: count,
  /** Best score, in percent. */
  best: score,
  passed: z.boolean(),
  lastAt: timestamp,
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
  path: z.array(id).check(z.maxLength(60)),
});

export const scenarioProgressSchema = z.object({
  runs: z.array(scenarioRunSchema).check(z.maxLength(500)),
  /** Ending ids reached at least once. */
  endings: z.array(id).check(z.maxLength(100)),
});

export const locationSchema = z.object({
  /** A path on this site, never another origin or a script URL. */
  href: z
    .string()
    .check(z.regex(/^\/[A-Za-z0-9\-/#._]*$/, 'not a course address'), z.maxLength(300)),
  title: z.string().check(z.maxLength(300)),
  at: timestamp,
});

export const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  lessons: z.record(id, lessonProgressSchema),
  quizzes: z.record(id, quizProgressSchema),
  assessment: z.optional(assessmentProgressSchema),
  scenarios: z.record(id, scenarioProgressSchema),
  lastLocation: z.optional(locationSchema),
  updatedAt: timestamp,
});

export type Progress = z.infer<typeof progressSchema>;
export type LessonProgress = z.infer<typeof lessonProgressSchema>;
export type QuizProgress = z.infer<typeof quizProgressSchema>;
export type AssessmentProgress = z.infer<typeof assessmentProgressSchema>;
export type ScenarioRun = z.infer<typeof scenarioRunSchema>;
export type ScenarioProgress = z.infer<typeof scenarioProgressSchema>;
export type Location = z.infer<typeof locationSchema>;
