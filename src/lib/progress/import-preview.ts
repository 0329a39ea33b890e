/**
 * What an imported file holds, in the learner's terms, shown before it is merged or replaces.
 * Apart from the dashboard's view model so that it loads only with the import dialog.
 */
import type { Progress } from '../../schemas/progress';

export function importPreview(progress: Progress) {
  const lessons = Object.values(progress.lessons);
  return {
    /** Lessons visited, and those of them completed. */
    lessons: lessons.filter((lesson) => lesson.visitedAt).length,
    completed: lessons.filter((lesson) => lesson.completedAt).length,
    runs: Object.values(progress.scenarios).reduce(
      (sum, scenario) => sum + scenario.runs.length,
      0,
    ),
    /** When it was last changed, for the interface to show in the learner's locale. */
    updatedAt: progress.updatedAt,
  };
}
