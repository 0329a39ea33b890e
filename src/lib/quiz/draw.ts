/**
 * Draws one assessment attempt from a question bank: a fixed number of questions per lesson,
 * chosen by the attempt's seed, so a retake is a new test and a reload gives the same one.
 */
import { seedFrom, shuffled } from './shuffle';

/** Anything placed in a lesson by a "lesson-id#heading-id" anchor, such as a quiz question. */
export interface Anchored {
  lessonAnchor: string;
}

/** The lesson a question belongs to: the part of its lessonAnchor before the "#". */
export function lessonOf(question: Anchored): string {
  return question.lessonAnchor.split('#')[0] ?? '';
}

/**
 * `perLesson` questions from each lesson, lessons in the order they first appear in the bank and
 * questions in bank order within a lesson. The same seed always draws the same questions; a lesson
 * with fewer questions than `perLesson` gives all it has. Without `perLesson`, every question.
 */
export function drawQuestions<T extends Anchored>(
  questions: readonly T[],
  perLesson: number | undefined,
  seed: number,
): T[] {
  if (perLesson === undefined) return [...questions];
  const byLesson = new Map<string, T[]>();
  for (const question of questions) {
    const lesson = lessonOf(question);
    byLesson.set(lesson, [...(byLesson.get(lesson) ?? []), question]);
  }
  return [...byLesson].flatMap(([lesson, pool]) => {
    // Each lesson gets its own seed, so two lessons with equal-sized pools don't draw in step.
    const chosen = new Set(shuffled(pool, seedFrom(`${seed}:${lesson}`)).slice(0, perLesson));
    return pool.filter((question) => chosen.has(question));
  });
}
