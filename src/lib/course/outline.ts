/**
 * The course outline: lessons in the article's order, and each lesson's neighbours.
 * Pure so that ordering mistakes in content (two lessons claiming one place, a gap) fail loudly and testably.
 */

export interface OrderedEntry {
  id: string;
  filePath?: string | undefined;
  data: { order: number };
}

function nameOf(entry: OrderedEntry): string {
  return entry.filePath ?? entry.id;
}

/** Sorts lessons by `order` and insists on the sequence 1, 2, 3… with no repeats or gaps. */
export function orderLessons<T extends OrderedEntry>(entries: readonly T[]): T[] {
  const sorted = [...entries].sort((a, b) => a.data.order - b.data.order);
  const problems: string[] = [];
  sorted.forEach((entry, index) => {
    const expected = index + 1;
    const previous = sorted[index - 1];
    if (previous && previous.data.order === entry.data.order) {
      problems.push(
        `${nameOf(entry)}: order ${entry.data.order} is already taken by ${nameOf(previous)}`,
      );
    } else if (entry.data.order !== expected && problems.length === 0) {
      problems.push(
        `${nameOf(entry)}: order ${entry.data.order} leaves a gap; expected ${expected}`,
      );
    }
  });
  if (problems.length > 0) {
    throw new Error(`Lesson order is broken:\n  ${problems.join('\n  ')}`);
  }
  return sorted;
}

export interface Neighbours<T> {
  previous: T | undefined;
  next: T | undefined;
}

/** The lessons before and after `id` in an ordered list. */
export function neighboursOf<T extends { id: string }>(
  ordered: readonly T[],
  id: string,
): Neighbours<T> {
  const index = ordered.findIndex((entry) => entry.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}
