import { describe, expect, it } from 'vitest';
import { neighboursOf, orderLessons } from '../../../../src/lib/course/outline';
import { fakeLessonEntry } from '../../fakes';

describe('orderLessons', () => {
  it('puts lessons in course order whatever order they were loaded in', () => {
    const loaded = [fakeLessonEntry('c', 3), fakeLessonEntry('a', 1), fakeLessonEntry('b', 2)];
    expect(orderLessons(loaded).map((lesson) => lesson.id)).toEqual(['a', 'b', 'c']);
  });

  it('names both files when two lessons claim the same place', () => {
    const loaded = [fakeLessonEntry('a', 1), fakeLessonEntry('b', 2), fakeLessonEntry('c', 2)];
    expect(() => orderLessons(loaded)).toThrowErrorMatchingInlineSnapshot(`
      [Error: Lesson order is broken:
        content/lessons/c.mdx: order 2 is already taken by content/lessons/b.mdx]
    `);
  });

  it('names the file after a gap in the sequence', () => {
    const loaded = [fakeLessonEntry('a', 1), fakeLessonEntry('c', 3)];
    expect(() => orderLessons(loaded)).toThrow(
      'content/lessons/c.mdx: order 3 leaves a gap; expected 2',
    );
  });

  it('does not reorder the list it was given', () => {
    const loaded = [fakeLessonEntry('b', 2), fakeLessonEntry('a', 1)];
    orderLessons(loaded);
    expect(loaded.map((lesson) => lesson.id)).toEqual(['b', 'a']);
  });
});

describe('neighboursOf', () => {
  const ordered = [fakeLessonEntry('a', 1), fakeLessonEntry('b', 2), fakeLessonEntry('c', 3)];

  it('gives the lessons either side', () => {
    const { previous, next } = neighboursOf(ordered, 'b');
    expect([previous?.id, next?.id]).toEqual(['a', 'c']);
  });

  it('has no previous lesson for the first and no next for the last', () => {
    expect(neighboursOf(ordered, 'a').previous).toBeUndefined();
    expect(neighboursOf(ordered, 'c').next).toBeUndefined();
  });

  it('gives nothing for an unknown lesson', () => {
    expect(neighboursOf(ordered, 'zz')).toEqual({ previous: undefined, next: undefined });
  });
});
