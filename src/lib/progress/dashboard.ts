/**
 * What the progress page shows, worked out from the document and the course's catalogue: each
 * lesson's status, each scenario's endings, runs and best position, each knowledge check's
 * result, and every run on one timeline. What an imported file holds is in ./import-preview.ts.
 */
import type { Progress, QuizProgress } from '../../schemas/progress';
import { PROGRESS_LIMITS } from '../../schemas/progress-limits';
import { bandAt, type ScaleBand } from '../scenario/scale';
import {
  isEmpty,
  lessonStatus,
  quizProgress,
  scenarioProgress,
  type LessonStatus,
} from './summary';
import { courseStatus, type CourseStatus } from './course';

/** The course as the progress page lists it, in order, from the content collections. */
export interface CourseCatalog {
  lessons: { id: string; title: string; href: string }[];
  scenarios: { id: string; title: string; href: string; endings: number }[];
  /** Lesson knowledge checks: quiz id, the lesson's title and where the quiz is. */
  quizzes: { id: string; title: string; href: string }[];
  /** Where the final assessment is. */
  assessmentHref: string;
}

type Listed = { id: string; title: string; href: string };

export interface ScenarioRow extends Listed {
  /** Endings reached at least once, of `endings`. */
  found: number;
  endings: number;
  /** Runs kept; at the limit, only the latest are. */
  runs: number;
  runsCapped: boolean;
  /** The best scale position of any kept run; undefined before the first run. */
  best: { position: number; band: ScaleBand } | undefined;
}

export interface QuizRow extends Listed {
  /** The last result; undefined before the first answer is checked. */
  result: QuizProgress | undefined;
  /** Questions of the current try answered so far. */
  answered: number;
}

/** One finished run, for the chart of positions over time. */
export interface TimelineRun {
  finishedAt: string;
  /** The scenario's title. */
  title: string;
  position: number;
}

export interface DashboardView {
  /** Nothing recorded yet: the page says how to begin. */
  empty: boolean;
  /** The final assessment's record, and whether an attempt is under way. */
  assessment: Progress['assessment'];
  assessmentInProgress: boolean;
  lessons: (Listed & { status: LessonStatus })[];
  /** Lessons completed, of all, and as a whole percentage (0 for a course without lessons). */
  completed: { done: number; total: number; percent: number };
  scenarios: ScenarioRow[];
  /** Every kept run of every scenario, oldest first. */
  timeline: TimelineRun[];
  quizzes: QuizRow[];
  /** Records for lessons, scenarios or quizzes this edition of the course does not have. */
  unknown: number;
  /** How far the learner is from completing the course. */
  course: CourseStatus;
}

/** Ids in the document that this edition of the course does not know: kept, but not shown. */
function unknownIds(
  progress: Progress,
  known: { lessons: readonly string[]; scenarios: readonly string[]; quizzes: readonly string[] },
): string[] {
  const unknown = (ids: string[], valid: readonly string[]) =>
    ids.filter((id) => !valid.includes(id));
  return [
    ...unknown(Object.keys(progress.lessons), known.lessons),
    ...unknown(Object.keys(progress.scenarios), known.scenarios),
    ...unknown(Object.keys(progress.quizzes), known.quizzes),
  ];
}

function scenarioRow(
  progress: Progress,
  scenario: CourseCatalog['scenarios'][number],
): ScenarioRow {
  const played = scenarioProgress(progress, scenario.id);
  const runs = played?.runs.length ?? 0;
  const best = runs > 0 ? Math.max(...(played?.runs ?? []).map((run) => run.scale)) : undefined;
  return {
    ...scenario,
    found: played?.endings.length ?? 0,
    runs,
    runsCapped: runs >= PROGRESS_LIMITS.runsPerScenario,
    best: best === undefined ? undefined : { position: best, band: bandAt(best) },
  };
}

export function dashboardView(progress: Progress, catalog: CourseCatalog): DashboardView {
  const lessonIds = catalog.lessons.map((lesson) => lesson.id);
  const scenarioIds = catalog.scenarios.map((scenario) => scenario.id);
  const course = courseStatus(progress, { lessons: lessonIds, scenarios: scenarioIds });
  const { done, total } = course.lessons;
  return {
    empty: isEmpty(progress),
    assessment: progress.assessment,
    assessmentInProgress: progress.assessmentDraft !== undefined,
    lessons: catalog.lessons.map((lesson) => ({
      ...lesson,
      status: lessonStatus(progress, lesson.id),
    })),
    completed: { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100) },
    scenarios: catalog.scenarios.map((scenario) => scenarioRow(progress, scenario)),
    timeline: catalog.scenarios
      .flatMap((scenario) =>
        (scenarioProgress(progress, scenario.id)?.runs ?? []).map((run) => ({
          finishedAt: run.finishedAt,
          title: scenario.title,
          position: run.scale,
        })),
      )
      .sort((a, b) => (a.finishedAt < b.finishedAt ? -1 : 1)),
    quizzes: catalog.quizzes.map((quiz) => {
      const result = quizProgress(progress, quiz.id);
      return { ...quiz, result, answered: Object.keys(result?.lastAnswers ?? {}).length };
    }),
    unknown: unknownIds(progress, {
      lessons: lessonIds,
      scenarios: scenarioIds,
      quizzes: catalog.quizzes.map((quiz) => quiz.id),
    }).length,
    course,
  };
}
