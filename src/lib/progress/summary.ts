/** What the dashboard, outline and home page show, derived from the document and the course's ids. */
import type { Progress, QuizProgress, ScenarioProgress } from '../../schemas/progress';
import { own } from '../records';

export type LessonStatus = 'not-started' | 'visited' | 'completed';

export function lessonStatus(progress: Progress, lessonId: string): LessonStatus {
  const lesson = own(progress.lessons, lessonId);
  if (lesson?.completedAt) return 'completed';
  if (lesson?.visitedAt) return 'visited';
  return 'not-started';
}

/** A scenario's runs and endings, if the learner has finished it at least once. */
export function scenarioProgress(
  progress: Progress,
  scenarioId: string,
): ScenarioProgress | undefined {
  return own(progress.scenarios, scenarioId);
}

/** A knowledge check's last result, if the learner has taken it. */
export function quizProgress(progress: Progress, quizId: string): QuizProgress | undefined {
  return own(progress.quizzes, quizId);
}

export function isEmpty(progress: Progress): boolean {
  return (
    Object.keys(progress.lessons).length === 0 &&
    Object.keys(progress.quizzes).length === 0 &&
    Object.keys(progress.scenarios).length === 0 &&
    progress.assessment === undefined &&
    progress.assessmentDraft === undefined &&
    progress.lastLocation === undefined
  );
}
