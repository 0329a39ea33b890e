/**
 * Combines two progress documents without losing anything either holds: used when another tab
 * writes, before every write, and when a learner imports a file. Commutative, associative and
 * idempotent, so the order in which devices and tabs meet never matters.
 *
 * The one exception is deliberate: a document from a later epoch (a replace or reset made since)
 * supersedes one from an earlier epoch instead of being merged with it, so a tab that still holds
 * the old progress in memory cannot bring back what the learner chose to replace.
 */
import type {
  AssessmentDraft,
  AssessmentProgress,
  LessonProgress,
  Progress,
  QuizProgress,
  ScenarioProgress,
  ScenarioRun,
} from '../../schemas/progress';
import { PROGRESS_VERSION } from '../../schemas/progress-limits';
import { own } from '../records';
import { keptEndings, latestRuns } from './limits';

const earlier = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : a < b ? a : b;
const later = (a: string, b: string) => (a > b ? a : b);

/** Picks one of two values the same way whichever comes first: by time, then by content. */
function newer<T>(a: T, b: T, at: (value: T) => string): T {
  if (at(a) !== at(b)) return at(a) > at(b) ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

function mergeRecords<T>(
  a: Readonly<Record<string, T>>,
  b: Readonly<Record<string, T>>,
  both: (x: T, y: T) => T,
): Record<string, T> {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const merged: Record<string, T> = {};
  for (const key of keys) {
    const x = own(a, key);
    const y = own(b, key);
    // A record on one side only is still put in normal form, so every path to a result agrees.
    const value =
      x !== undefined && y !== undefined
        ? both(x, y)
        : x !== undefined
          ? both(x, x)
          : y !== undefined
            ? both(y, y)
            : undefined;
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

function mergeLesson(a: LessonProgress, b: LessonProgress): LessonProgress {
  const visitedAt = earlier(a.visitedAt, b.visitedAt);
  const completedAt = earlier(a.completedAt, b.completedAt);
  return {
    ...(visitedAt === undefined ? {} : { visitedAt }),
    ...(completedAt === undefined ? {} : { completedAt }),
  };
}

function mergeQuiz(a: QuizProgress, b: QuizProgress): QuizProgress {
  const latest = newer(a, b, (quiz) => quiz.lastAt);
  return {
    lastAnswers: latest.lastAnswers,
    // Both by the larger, so the best never exceeds the questions it is counted out of.
    best: Math.max(a.best, b.best),
    questions: Math.max(a.questions, b.questions),
    attempts: Math.max(a.attempts, b.attempts),
    lastAt: latest.lastAt,
  };
}

function mergeAssessment(
  a: AssessmentProgress | undefined,
  b: AssessmentProgress | undefined,
): AssessmentProgress | undefined {
  if (!a || !b) return a ?? b;
  return {
    attempts: Math.max(a.attempts, b.attempts),
    best: Math.max(a.best, b.best),
    passed: a.passed || b.passed,
    lastAt: later(a.lastAt, b.lastAt),
  };
}

function mergeScenario(a: ScenarioProgress, b: ScenarioProgress): ScenarioProgress {
  const byId = new Map<string, ScenarioRun>();
  for (const run of [...a.runs, ...b.runs]) {
    const known = byId.get(run.id);
    byId.set(run.id, known ? newer(known, run, (r) => r.finishedAt) : run);
  }
  return {
    runs: latestRuns([...byId.values()]),
    endings: keptEndings([...a.endings, ...b.endings]),
  };
}

/** The latest draft, unless an attempt was submitted after it (in any tab or device). */
function mergeDraft(
  a: AssessmentDraft | undefined,
  b: AssessmentDraft | undefined,
  assessment: AssessmentProgress | undefined,
): AssessmentDraft | undefined {
  const latest = a && b ? newer(a, b, (draft) => draft.at) : (a ?? b);
  return latest && assessment && assessment.lastAt >= latest.at ? undefined : latest;
}

function mergeSameEpoch(a: Progress, b: Progress): Progress {
  const assessment = mergeAssessment(a.assessment, b.assessment);
  const assessmentDraft = mergeDraft(a.assessmentDraft, b.assessmentDraft, assessment);
  const lastLocation =
    a.lastLocation && b.lastLocation
      ? newer(a.lastLocation, b.lastLocation, (location) => location.at)
      : (a.lastLocation ?? b.lastLocation);
  return {
    version: PROGRESS_VERSION,
    lessons: mergeRecords(a.lessons, b.lessons, mergeLesson),
    quizzes: mergeRecords(a.quizzes, b.quizzes, mergeQuiz),
    ...(assessment ? { assessment } : {}),
    ...(assessmentDraft ? { assessmentDraft } : {}),
    scenarios: mergeRecords(a.scenarios, b.scenarios, mergeScenario),
    ...(lastLocation ? { lastLocation } : {}),
    ...(a.epoch === undefined ? {} : { epoch: a.epoch }),
    updatedAt: later(a.updatedAt, b.updatedAt),
  };
}

export function merge(a: Progress, b: Progress): Progress {
  if (a.epoch === b.epoch) return mergeSameEpoch(a, b);
  const latest = (a.epoch ?? '') > (b.epoch ?? '') ? a : b;
  return mergeSameEpoch(latest, latest);
}
