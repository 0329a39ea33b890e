import { describe, expect, it } from 'vitest';
import { peekProgress } from '../../../../src/lib/progress/peek';

const T = '2026-11-29T10:00:00.000Z';

describe('peekProgress', () => {
  it('reads lesson marks, endings found and the place to resume', () => {
    const glimpse = peekProgress(
      JSON.stringify({
        lessons: { a: { visitedAt: T }, b: { visitedAt: T, completedAt: T } },
        scenarios: { s: { endings: ['reorder', 'Bad Id', 3] } },
        lastLocation: { href: '/lessons/a/#x', title: 'A' },
      }),
    );
    expect(glimpse.readable).toBe(true);
    expect(glimpse.lessonStatus('a')).toBe('visited');
    expect(glimpse.lessonStatus('b')).toBe('completed');
    expect(glimpse.lessonStatus('c')).toBe('not-started');
    expect(glimpse.endings('s')).toEqual(['reorder']);
    expect(glimpse.continueAt).toEqual({ href: '/lessons/a/#x', title: 'A' });
  });

  it('trusts nothing: bad times, built-in names and other sites read as nothing', () => {
    const glimpse = peekProgress(
      JSON.stringify({
        lessons: { a: { visitedAt: '2024-99-99T00:00:00.000Z' } },
        lastLocation: { href: '//evil.example/x', title: 'X' },
      }),
    );
    expect(glimpse.lessonStatus('a')).toBe('not-started');
    expect(glimpse.lessonStatus('constructor')).toBe('not-started');
    expect(glimpse.endings('toString')).toEqual([]);
    expect(glimpse.continueAt).toBeUndefined();
  });

  it('says when what is stored is not progress at all, and reads nothing stored as empty', () => {
    expect(peekProgress('{oops').readable).toBe(false);
    expect(peekProgress('[1,2]').readable).toBe(false);
    expect(peekProgress(null).readable).toBe(true);
    expect(peekProgress(null).lessonStatus('a')).toBe('not-started');
  });
});
