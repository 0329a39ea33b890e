import { describe, expect, it } from 'vitest';
import { drawQuestions, lessonOf } from '../../../../src/lib/quiz/draw';

/** A bank of `perLesson` questions for each lesson, ids like "price-3". */
function fakeBank(lessons: readonly string[], perLesson: number) {
  return lessons.flatMap((lesson) =>
    Array.from({ length: perLesson }, (_, index) => ({
      id: `${lesson}-${index + 1}`,
      lessonAnchor: `${lesson}#heading-${index + 1}`,
    })),
  );
}

const lessons = ['trust', 'price', 'mindset', 'intention'];
const bank = fakeBank(lessons, 5);
const ids = (questions: readonly { id: string }[]) => questions.map((question) => question.id);

describe('lessonOf', () => {
  it('reads the lesson part of the anchor, with or without a heading', () => {
    expect(lessonOf({ lessonAnchor: 'trust-outweighs-price#the-arithmetic-of-trust' })).toBe(
      'trust-outweighs-price',
    );
    expect(lessonOf({ lessonAnchor: 'trust-outweighs-price' })).toBe('trust-outweighs-price');
  });
});

describe('drawQuestions', () => {
  it('returns every question, in bank order, when no number per lesson is set', () => {
    expect(drawQuestions(bank, undefined, 7)).toEqual(bank);
  });

  it('draws exactly the number asked from each lesson, lessons in bank order', () => {
    const drawn = drawQuestions(bank, 2, 42);
    expect(drawn).toHaveLength(8);
    expect(drawn.map(lessonOf)).toEqual([
      'trust',
      'trust',
      'price',
      'price',
      'mindset',
      'mindset',
      'intention',
      'intention',
    ]);
  });

  it('follows the order lessons first appear in the bank, even when the bank is interleaved', () => {
    const interleaved = [bank[5], bank[0], bank[6], bank[1], bank[2]].filter(
      (question) => question !== undefined,
    );
    expect(drawQuestions(interleaved, 1, 3).map(lessonOf)).toEqual(['price', 'trust']);
  });

  it('draws the same questions for the same seed', () => {
    expect(ids(drawQuestions(bank, 2, 2024))).toEqual(ids(drawQuestions(bank, 2, 2024)));
  });

  it('draws different questions for different seeds', () => {
    expect(ids(drawQuestions(bank, 2, 1))).not.toEqual(ids(drawQuestions(bank, 2, 2)));
    const attempts = new Set(
      Array.from({ length: 30 }, (_, seed) => ids(drawQuestions(bank, 2, seed)).join(' ')),
    );
    expect(attempts.size).toBeGreaterThan(25);
  });

  it('never repeats a question within an attempt', () => {
    for (let seed = 0; seed < 200; seed++) {
      const drawn = ids(drawQuestions(bank, 2, seed));
      expect(new Set(drawn).size).toBe(drawn.length);
    }
  });

  it('reaches every question in the bank over many attempts', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed++)
      for (const id of ids(drawQuestions(bank, 2, seed))) seen.add(id);
    expect([...seen].sort()).toEqual(ids(bank).sort());
  });

  it('gives all of a lesson that has fewer questions than asked', () => {
    const small = fakeBank(['trust'], 1);
    expect(drawQuestions(small, 2, 9)).toEqual(small);
  });

  it('does not change the bank it draws from', () => {
    const copy = [...bank];
    drawQuestions(bank, 2, 5);
    expect(bank).toEqual(copy);
  });
});
