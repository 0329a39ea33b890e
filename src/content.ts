/** Ordered, prefiltered content for pages, so no page repeats getCollection(...).sort(...). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { orderLessons } from './lib/course/outline';

export type Lesson = CollectionEntry<'lessons'>;

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
