/** Ordered, prefiltered content for pages, so no page repeats getCollection(...).sort(...). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { orderLessons } from './lib/course/outline';
import { formatProblems, validateScenario } from './lib/scenario/validate';

export type Lesson = CollectionEntry<'lessons'>;
export type ScenarioEntry = CollectionEntry<'scenarios'>;

/** Every lesson in course order; throws with the file names when two lessons share a place. */
export async function getLessons(): Promise<Lesson[]> {
  return orderLessons(await getCollection('lessons'));
}

export function lessonHref(lesson: Pick<Lesson, 'id'>): string {
  return `/lessons/${lesson.id}/`;
}

export function totalMinutes(lessons: readonly Lesson[]): number {
  return lessons.reduce((sum, lesson) => sum + lesson.data.minutes, 0);
}

/**
 * Every scenario, checked as a graph against the lessons that exist, in the order of the lessons
 * they practise. A broken scenario stops the build with every problem named by file, node and choice.
 */
export async function getScenarios(): Promise<ScenarioEntry[]> {
  const lessons = await getLessons();
  const lessonIds = new Set(lessons.map((lesson) => lesson.id));
  const entries = await getCollection('scenarios');
  const report = entries
    .map((entry) => {
      const file = entry.filePath ?? `content/scenarios/${entry.id}.yaml`;
      const problems = validateScenario(entry.data, { lessonIds });
      if (entry.data.id !== entry.id) {
        problems.push({
          where: 'scenario',
          message: `id '${entry.data.id}' must match the file name '${entry.id}'`,
        });
      }
      return formatProblems(file, problems);
    })
    .filter(Boolean);
  if (report.length > 0) throw new Error(`Scenario content is broken:\n${report.join('\n')}`);

  const lessonOrder = new Map(lessons.map((lesson) => [lesson.id, lesson.data.order]));
  return entries.sort(
    (a, b) =>
      (lessonOrder.get(a.data.lesson) ?? 0) - (lessonOrder.get(b.data.lesson) ?? 0) ||
      a.data.title.localeCompare(b.data.title),
  );
}

export function scenarioHref(scenario: Pick<ScenarioEntry, 'id'>): string {
  return `/scenarios/${scenario.id}/`;
}
