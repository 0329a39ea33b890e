/** Building and updating the progress document. Pure: each function returns a new document. */
import {
  PROGRESS_VERSION,
  type Location,
  type Progress,
  type ScenarioRun,
} from '../../schemas/progress';

/** The beginning of time for progress: older than any real timestamp. */
export const EPOCH = '1970-01-01T00:00:00.000Z';

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {}, quizzes: {}, scenarios: {}, updatedAt: EPOCH };
}

const earlier = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : a < b ? a : b;

export function withVisit(progress: Progress, lessonId: string, at: string): Progress {
  const lesson = progress.lessons[lessonId] ?? {};
  if (lesson.visitedAt) return progress;
  return {
    ...progress,
    lessons: { ...progress.lessons, [lessonId]: { ...lesson, visitedAt: at } },
    updatedAt: at,
  };
}

export function withCompletion(progress: Progress, lessonId: string, at: string): Progress {
  const lesson = progress.lessons[lessonId] ?? {};
  if (lesson.completedAt) return progress;
  return {
    ...progress,
    lessons: {
      ...progress.lessons,
      [lessonId]: { visitedAt: earlier(lesson.visitedAt, at) ?? at, completedAt: at },
    },
    updatedAt: at,
  };
}

export function withLocation(progress: Progress, location: Location): Progress {
  return { ...progress, lastLocation: location, updatedAt: location.at };
}

export function withScenarioRun(
  progress: Progress,
  scenarioId: string,
  run: ScenarioRun,
): Progress {
  const scenario = progress.scenarios[scenarioId] ?? { runs: [], endings: [] };
  if (scenario.runs.some((known) => known.id === run.id)) return progress;
  return {
    ...progress,
    scenarios: {
      ...progress.scenarios,
      [scenarioId]: {
        runs: [...scenario.runs, run],
        endings: [...new Set([...scenario.endings, run.ending])].sort(),
      },
    },
    updatedAt: run.finishedAt,
  };
}

export interface QuizAttempt {
  answers: Record<string, string[]>;
  correct: number;
  questions: number;
  at: string;
}

export function withQuizAttempt(
  progress: Progress,
  quizId: string,
  attempt: QuizAttempt,
): Progress {
  const known = progress.quizzes[quizId];
  return {
    ...progress,
    quizzes: {
      ...progress.quizzes,
      [quizId]: {
        lastAnswers: attempt.answers,
        best: Math.max(known?.best ?? 0, attempt.correct),
        questions: attempt.questions,
        attempts: (known?.attempts ?? 0) + 1,
        lastAt: attempt.at,
      },
    },
    updatedAt: attempt.at,
  };
}

export function withAssessmentAttempt(
  progress: Progress,
  attempt: { percent: number; passed: boolean; at: string },
): Progress {
  const known = progress.assessment;
  return {
    ...progress,
    assessment: {
      attempts: (known?.attempts ?? 0) + 1,
      best: Math.max(known?.best ?? 0, attempt.percent),
      passed: (known?.passed ?? false) || attempt.passed,
      lastAt: attempt.at,
    },
    updatedAt: attempt.at,
  };
}
