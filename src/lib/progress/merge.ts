/**
 * Combines two progress documents without losing anything either holds: used when another tab
 * writes, before every write, and when a learner imports a file. Commutative and idempotent, so
 * the order in which devices and tabs meet never matters.
 */
import type {
  AssessmentProgress,
  LessonProgress,
  Progress,
  QuizProgress,
  ScenarioProgress,
  ScenarioRun,
} from '../../schemas/progress';
import { PROGRESS_VERSION } from '../../schemas/progress';

const earlier = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : a < b ? a : b;
const later = (a: string, b: string) => (a > b ? a : b);

/** Picks one of two values the same way whichever comes first: by time, then by content. */
function newer<T>(a: T, b: T, at: (value: T) => string): T {
  if (at(a) !== at(b)) return at(a) > at(b) ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

function mergeRecords<T>(
  a: Record<string, T>,
  b: Record<string, T>,
  both: (x: T, y: T) => T,
): Record<string, T> {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const merged: Record<string, T> = {};
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    const value = x !== undefined && y !== undefined ? both(x, y) : (x ?? y);
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
    best: Math.max(a.best, b.best),
    questions: latest.questions,
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
  const runs = [...byId.values()].sort((x, y) =>
    x.finishedAt === y.finishedAt ? (x.id < y.id ? -1 : 1) : x.finishedAt < y.finishedAt ? -1 : 1,
  );
  return { runs, endings: [...new Set([...a.endings, ...b.endings])].sort() };
}

export function merge(a: Progress, b: Progress): Progress {
  const assessment = mergeAssessment(a.assessment, b.assessment);
  const lastLocation =
    a.lastLocation && b.lastLocation
      ? newer(a.lastLocation, b.lastLocation, (location) => location.at)
      : (a.lastLocation ?? b.lastLocation);
  return {
    version: PROGRESS_VERSION,
    lessons: mergeRecords(a.lessons, b.lessons, mergeLesson),
    quizzes: mergeRecords(a.quizzes, b.quizzes, mergeQuiz),
    ...(assessment ? { assessment } : {}),
    scenarios: mergeRecords(a.scenarios, b.scenarios, mergeScenario),
    ...(lastLocation ? { lastLocation } : {}),
    updatedAt: later(a.updatedAt, b.updatedAt),
  };
}
