/**
 * The progress schema as plain checks, for the browser. src/schemas/progress.ts stays the
 * documented shape and the source of the types; this module applies the same rules without
 * bundling a schema library (it saves about 6 KB gzip on every page that reads progress).
 * tests/unit/lib/progress/guard.test.ts holds the two to the same verdict and the same output
 * on random and hostile documents.
 *
 * Like the schema, each reader returns a clean copy: unknown keys are left behind, and a
 * "__proto__" key in a record is skipped, never assigned.
 */
import type {
  AssessmentDraft,
  AssessmentProgress,
  LessonProgress,
  Location,
  Progress,
  QuizProgress,
  ScenarioProgress,
  ScenarioRun,
  StoredAnswers,
} from '../../schemas/progress';
import { PROGRESS_LIMITS, PROGRESS_VERSION } from '../../schemas/progress-limits';
import { isCoursePath } from '../../schemas/primitives';
import { driverIds } from '../../schemas/driver-ids';
import {
  array,
  boolean,
  fail,
  id,
  int,
  object,
  optional,
  record,
  text,
  timestamp,
  type Path,
} from '../checks';

export { Invalid, reads } from '../checks';

const count = (value: unknown, path: Path) => int(value, path, 0, PROGRESS_LIMITS.count);
const score = (value: unknown, path: Path) => int(value, path, 0, 100);

export function readLesson(value: unknown, path: Path = []): LessonProgress {
  const source = object(value, path);
  return {
    ...optional(source, 'visitedAt', path, timestamp),
    ...optional(source, 'completedAt', path, timestamp),
  };
}

function answers(value: unknown, path: Path): StoredAnswers {
  return record(value, path, (chosen, at) =>
    array(chosen, at, PROGRESS_LIMITS.answersPerQuestion, (option, p) =>
      text(option, p, PROGRESS_LIMITS.text),
    ),
  );
}

export function readQuiz(value: unknown, path: Path = []): QuizProgress {
  const source = object(value, path);
  const quiz: QuizProgress = {
    lastAnswers: answers(source['lastAnswers'], [...path, 'lastAnswers']),
    best: count(source['best'], [...path, 'best']),
    questions: count(source['questions'], [...path, 'questions']),
    attempts: count(source['attempts'], [...path, 'attempts']),
    lastAt: timestamp(source['lastAt'], [...path, 'lastAt']),
  };
  if (quiz.best > quiz.questions)
    fail([...path, 'best'], 'best is more than the number of questions');
  return quiz;
}

export function readAssessment(value: unknown, path: Path = []): AssessmentProgress {
  const source = object(value, path);
  return {
    attempts: count(source['attempts'], [...path, 'attempts']),
    best: score(source['best'], [...path, 'best']),
    passed: boolean(source['passed'], [...path, 'passed']),
    lastAt: timestamp(source['lastAt'], [...path, 'lastAt']),
  };
}

export function readDraft(value: unknown, path: Path = []): AssessmentDraft {
  const source = object(value, path);
  return {
    seed: int(source['seed'], [...path, 'seed'], 0, 0xffff_ffff),
    answers: answers(source['answers'], [...path, 'answers']),
    at: timestamp(source['at'], [...path, 'at']),
  };
}

const outcomes = ['reorder', 'one-off', 'lost'] as const;

export function readRun(value: unknown, path: Path = []): ScenarioRun {
  const source = object(value, path);
  const drivers = object(source['drivers'], [...path, 'drivers']);
  const outcome = source['outcome'];
  if (!outcomes.some((known) => known === outcome)) fail([...path, 'outcome'], 'not an outcome');
  return {
    id: text(source['id'], [...path, 'id'], 2_000),
    finishedAt: timestamp(source['finishedAt'], [...path, 'finishedAt']),
    ending: id(source['ending'], [...path, 'ending']),
    outcome: outcome as ScenarioRun['outcome'],
    drivers: Object.fromEntries(
      driverIds.map((driver) => [driver, score(drivers[driver], [...path, 'drivers', driver])]),
    ) as ScenarioRun['drivers'],
    deal: int(source['deal'], [...path, 'deal'], Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
    scale: score(source['scale'], [...path, 'scale']),
    path: array(source['path'], [...path, 'path'], PROGRESS_LIMITS.pathLength, id),
  };
}

export function readScenario(value: unknown, path: Path = []): ScenarioProgress {
  const source = object(value, path);
  return {
    runs: array(source['runs'], [...path, 'runs'], PROGRESS_LIMITS.runsPerScenario, readRun),
    endings: array(source['endings'], [...path, 'endings'], PROGRESS_LIMITS.endingsPerScenario, id),
  };
}

export function readLocation(value: unknown, path: Path = []): Location {
  const source = object(value, path);
  const href = source['href'];
  if (!isCoursePath(href)) fail([...path, 'href'], 'not a course address');
  return {
    href,
    title: text(source['title'], [...path, 'title'], PROGRESS_LIMITS.text),
    at: timestamp(source['at'], [...path, 'at']),
  };
}

/** A whole document of the current version; throws Invalid naming the first problem. */
export function readProgress(value: unknown): Progress {
  const source = object(value, []);
  if (source['version'] !== PROGRESS_VERSION) fail(['version'], `expected ${PROGRESS_VERSION}`);
  return {
    version: PROGRESS_VERSION,
    lessons: record(source['lessons'], ['lessons'], readLesson),
    quizzes: record(source['quizzes'], ['quizzes'], readQuiz),
    ...optional(source, 'assessment', [], readAssessment),
    ...optional(source, 'assessmentDraft', [], readDraft),
    scenarios: record(source['scenarios'], ['scenarios'], readScenario),
    ...optional(source, 'lastLocation', [], readLocation),
    ...optional(source, 'epoch', [], timestamp),
    updatedAt: timestamp(source['updatedAt'], ['updatedAt']),
  };
}
