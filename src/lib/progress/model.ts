/**
 * Building and updating the progress document. Pure: each function returns a new document.
 * Every writer checks what it is given against the schema's rules (ids, times, addresses, limits)
 * and leaves the document unchanged rather than write something it could not read back.
 */
import type {
  Location,
  Progress,
  QuizProgress,
  ScenarioRun,
  StoredAnswers,
} from '../../schemas/progress';
import { PROGRESS_LIMITS, PROGRESS_VERSION } from '../../schemas/progress-limits';
import { readRun, reads } from './guard';
import { isCoursePath, isId, isTimestamp } from '../../schemas/primitives';
import { own } from '../records';
import { cappedCount, cappedText, keptEndings, latestRuns } from './limits';
import { merge } from './merge';

/** The beginning of time for progress: older than any real timestamp. */
export const EPOCH = '1970-01-01T00:00:00.000Z';

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {}, quizzes: {}, scenarios: {}, updatedAt: EPOCH };
}

const earlier = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : a < b ? a : b;
const later = (a: string, b: string) => (a > b ? a : b);

export function withVisit(progress: Progress, lessonId: string, at: string): Progress {
  if (!isId(lessonId) || !isTimestamp(at)) return progress;
  const lesson = own(progress.lessons, lessonId) ?? {};
  if (lesson.visitedAt) return progress;
  return {
    ...progress,
    lessons: { ...progress.lessons, [lessonId]: { ...lesson, visitedAt: at } },
    updatedAt: later(progress.updatedAt, at),
  };
}

export function withCompletion(progress: Progress, lessonId: string, at: string): Progress {
  if (!isId(lessonId) || !isTimestamp(at)) return progress;
  const lesson = own(progress.lessons, lessonId) ?? {};
  if (lesson.completedAt) return progress;
  return {
    ...progress,
    lessons: {
      ...progress.lessons,
      [lessonId]: { visitedAt: earlier(lesson.visitedAt, at) ?? at, completedAt: at },
    },
    updatedAt: later(progress.updatedAt, at),
  };
}

/** Only a path on this site is kept as the place to resume; anything else is ignored. */
export function withLocation(progress: Progress, location: Location): Progress {
  if (!isCoursePath(location.href) || !isTimestamp(location.at)) return progress;
  return {
    ...progress,
    lastLocation: { href: location.href, title: cappedText(location.title), at: location.at },
    updatedAt: later(progress.updatedAt, location.at),
  };
}

/** Adds a finished run; past the limit, the oldest runs make room. */
export function withScenarioRun(
  progress: Progress,
  scenarioId: string,
  run: ScenarioRun,
): Progress {
  if (!isId(scenarioId) || reads(readRun, run) === undefined) return progress;
  const scenario = own(progress.scenarios, scenarioId) ?? { runs: [], endings: [] };
  if (scenario.runs.some((known) => known.id === run.id)) return progress;
  return {
    ...progress,
    scenarios: {
      ...progress.scenarios,
      [scenarioId]: {
        runs: latestRuns([...scenario.runs, run]),
        endings: keptEndings([...scenario.endings, run.ending]),
      },
    },
    updatedAt: later(progress.updatedAt, run.finishedAt),
  };
}

export interface QuizAttempt {
  answers: Record<string, string[]>;
  correct: number;
  questions: number;
  at: string;
}

/** Answers keyed by question id, keeping only what the schema accepts. */
function keptAnswers(answers: Readonly<Record<string, readonly string[]>>): StoredAnswers {
  return Object.fromEntries(
    Object.entries(answers)
      .filter(([questionId]) => isId(questionId))
      .map(([questionId, chosen]) => [
        questionId,
        chosen.slice(0, PROGRESS_LIMITS.answersPerQuestion).map(cappedText),
      ]),
  );
}

/** A quiz's record with one question's answer set or removed, as of `at`. */
function withQuizRecord(
  progress: Progress,
  quizId: string,
  questions: number,
  at: string,
  answers: (known: StoredAnswers) => StoredAnswers,
): Progress {
  if (!isId(quizId) || !isTimestamp(at)) return progress;
  const known = own(progress.quizzes, quizId);
  const size = cappedCount(questions);
  const record: QuizProgress = {
    lastAnswers: answers(known?.lastAnswers ?? {}),
    best: Math.min(known?.best ?? 0, size),
    questions: size,
    attempts: known?.attempts ?? 0,
    lastAt: at,
  };
  return {
    ...progress,
    quizzes: { ...progress.quizzes, [quizId]: record },
    updatedAt: later(progress.updatedAt, at),
  };
}

/** One question checked: its answer is kept at once, so a half-done quiz comes back. */
export function withQuizAnswer(
  progress: Progress,
  quizId: string,
  answer: { questionId: string; chosen: readonly string[]; questions: number; at: string },
): Progress {
  if (!isId(answer.questionId)) return progress;
  return withQuizRecord(progress, quizId, answer.questions, answer.at, (known) => ({
    ...known,
    ...keptAnswers({ [answer.questionId]: answer.chosen }),
  }));
}

/** "Try again" on one question: only that question's answer is forgotten. */
export function withoutQuizAnswer(
  progress: Progress,
  quizId: string,
  change: { questionId: string; questions: number; at: string },
): Progress {
  if (!own(own(progress.quizzes, quizId)?.lastAnswers, change.questionId)) return progress;
  return withQuizRecord(progress, quizId, change.questions, change.at, (known) =>
    Object.fromEntries(Object.entries(known).filter(([id]) => id !== change.questionId)),
  );
}

export function withQuizAttempt(
  progress: Progress,
  quizId: string,
  attempt: QuizAttempt,
): Progress {
  if (!isId(quizId) || !isTimestamp(attempt.at)) return progress;
  const known = own(progress.quizzes, quizId);
  const questions = cappedCount(attempt.questions);
  const correct = Math.min(cappedCount(attempt.correct), questions);
  return {
    ...progress,
    quizzes: {
      ...progress.quizzes,
      [quizId]: {
        lastAnswers: keptAnswers(attempt.answers),
        // A quiz that has since lost questions cannot keep a best above its new size.
        best: Math.min(Math.max(known?.best ?? 0, correct), questions),
        questions,
        attempts: cappedCount((known?.attempts ?? 0) + 1),
        lastAt: attempt.at,
      },
    },
    updatedAt: later(progress.updatedAt, attempt.at),
  };
}

/** A knowledge check finished: its attempt is recorded, and finishing it completes its lesson. */
export function withFinishedQuiz(
  progress: Progress,
  quiz: { id: string; lesson: string },
  attempt: QuizAttempt,
): Progress {
  return withCompletion(withQuizAttempt(progress, quiz.id, attempt), quiz.lesson, attempt.at);
}

/** A submitted attempt, which also ends the attempt in progress. */
export function withAssessmentAttempt(
  progress: Progress,
  attempt: { percent: number; passed: boolean; at: string },
): Progress {
  if (!isTimestamp(attempt.at)) return progress;
  const known = progress.assessment;
  const percent = Math.min(100, cappedCount(attempt.percent));
  const { assessmentDraft: _submitted, ...rest } = progress;
  return {
    ...rest,
    assessment: {
      attempts: cappedCount((known?.attempts ?? 0) + 1),
      best: Math.max(known?.best ?? 0, percent),
      passed: (known?.passed ?? false) || attempt.passed,
      lastAt: attempt.at,
    },
    updatedAt: later(progress.updatedAt, attempt.at),
  };
}

/** The final assessment in progress: its seed and the answers given so far. */
export function withAssessmentDraft(
  progress: Progress,
  draft: { seed: number; answers: Readonly<Record<string, readonly string[]>>; at: string },
): Progress {
  const { seed, at } = draft;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff || !isTimestamp(at))
    return progress;
  return {
    ...progress,
    assessmentDraft: { seed, answers: keptAnswers(draft.answers), at },
    updatedAt: later(progress.updatedAt, at),
  };
}

/**
 * What the learner chose to replace everything with: a new epoch, so that every copy held by
 * another tab is superseded by it rather than merged back in.
 */
export function replacedBy(incoming: Progress, at: string): Progress {
  const base = merge(incoming, incoming);
  return { ...base, epoch: at, updatedAt: later(base.updatedAt, at) };
}

/** A reset is a replace with nothing. */
export function resetAt(at: string): Progress {
  return replacedBy(emptyProgress(), at);
}

/**
 * Brings another document's records into this one (an import to merge, or the copy kept before
 * a reset): they join this document's epoch, so a reset made since does not discard them.
 */
export function adopt(current: Progress, incoming: Progress): Progress {
  const { epoch: _ignored, ...records } = incoming;
  return merge(
    current,
    current.epoch === undefined ? records : { ...records, epoch: current.epoch },
  );
}
