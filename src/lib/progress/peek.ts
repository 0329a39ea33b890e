/**
 * A quick, read-only look at stored progress for pages that only show it (lesson marks, endings
 * found, "Continue"), without the store or its checks. It trusts nothing: a record it cannot read
 * counts as not started, a resume address off this site is never offered, and text that is not a
 * progress document at all is reported, so the page can say so and point to the progress page,
 * where the store repairs it.
 */
import { isCoursePath, isId, isTimestamp } from '../../schemas/primitives';
import type { LessonStatus } from './summary';

export interface Glimpse {
  /** False when something is stored but cannot be read as progress. */
  readable: boolean;
  lessonStatus(lessonId: string): LessonStatus;
  /** Endings of a scenario reached before. */
  endings(scenarioId: string): string[];
  continueAt?: { href: string; title: string };
}

type Loose = Record<string, unknown>;

const isLoose = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own property that is itself an object, or nothing. */
function entry(record: unknown, key: string): Loose | undefined {
  if (!isLoose(record) || !Object.hasOwn(record, key)) return undefined;
  const value = record[key];
  return isLoose(value) ? value : undefined;
}

export function peekProgress(raw: string | null | undefined): Glimpse {
  let document: unknown;
  try {
    document = raw ? JSON.parse(raw) : {};
  } catch {
    document = undefined;
  }
  const root: Loose = isLoose(document) ? document : {};
  const readable = root === document;
  const location = entry(root, 'lastLocation');
  const href = location?.['href'];
  const title = location?.['title'];
  return {
    readable,
    lessonStatus(lessonId) {
      const lesson = entry(root['lessons'], lessonId);
      if (isTimestamp(lesson?.['completedAt'])) return 'completed';
      if (isTimestamp(lesson?.['visitedAt'])) return 'visited';
      return 'not-started';
    },
    endings(scenarioId) {
      const endings = entry(root['scenarios'], scenarioId)?.['endings'];
      return Array.isArray(endings) ? endings.filter(isId) : [];
    },
    ...(isCoursePath(href) && typeof title === 'string' ? { continueAt: { href, title } } : {}),
  };
}
