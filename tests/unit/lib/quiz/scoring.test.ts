import { describe, expect, it } from 'vitest';
import {
  decodeAnswer,
  encodeAnswer,
  isAnswered,
  scoreQuestion,
  scoreQuiz,
} from '../../../../src/lib/quiz/scoring';
import { scrambled, seedFrom, shuffled } from '../../../../src/lib/quiz/shuffle';
import { quizSchema, type Question } from '../../../../src/schemas/quiz';
import { formatIssues } from '../../../../src/lib/content/format-issues';

const option = (id: string, correct = false) => ({
  id,
  text: `Option ${id}`,
  correct,
  feedback: `Because ${id}.`,
});
const base = {
  prompt: 'A question?',
  explanation: 'The reason.',
  lessonAnchor: 'trust-outweighs-price',
  drivers: [],
};

const single: Question = {
  ...base,
  id: 'one',
  type: 'single',
  options: [option('a', true), option('b'), option('c')],
};
const multiple: Question = {
  ...base,
  id: 'many',
  type: 'multiple',
  options: [option('a', true), option('b', true), option('c')],
};
const order: Question = {
  ...base,
  id: 'order',
  type: 'order',
  items: ['p', 'q', 'r', 's'].map((id) => ({ id, text: `Item ${id}`, feedback: `${id} here.` })),
};
const match: Question = {
  ...base,
  id: 'match',
  type: 'match',
  pairs: [
    { id: 'x', text: 'Seeks both sides winning', driver: 'intention', feedback: 'Win-win.' },
    {
      id: 'y',
      text: 'Keeps every promise in writing',
      driver: 'communication',
      feedback: 'Follow-through.',
    },
    {
      id: 'z',
      text: 'Brings an idea beyond the product',
      driver: 'valueCreation',
      feedback: 'Beyond.',
    },
  ],
};

describe('scoreQuestion', () => {
  it('single: full credit for the correct option only', () => {
    expect(scoreQuestion(single, { type: 'single', choice: 'a' })).toEqual({
      credit: 1,
      correct: true,
    });
    expect(scoreQuestion(single, { type: 'single', choice: 'b' })).toEqual({
      credit: 0,
      correct: false,
    });
  });

  it('multiple: correct only when exactly the right options are chosen', () => {
    expect(scoreQuestion(multiple, { type: 'multiple', choices: ['b', 'a'] }).correct).toBe(true);
    expect(scoreQuestion(multiple, { type: 'multiple', choices: ['a'] }).credit).toBe(0);
    expect(scoreQuestion(multiple, { type: 'multiple', choices: ['a', 'b', 'c'] }).credit).toBe(0);
  });

  it('order: partial credit by pairs in the right relative order', () => {
    expect(scoreQuestion(order, { type: 'order', order: ['p', 'q', 'r', 's'] })).toEqual({
      credit: 1,
      correct: true,
    });
    expect(scoreQuestion(order, { type: 'order', order: ['q', 'p', 'r', 's'] }).credit).toBeCloseTo(
      5 / 6,
    );
    expect(scoreQuestion(order, { type: 'order', order: ['s', 'r', 'q', 'p'] }).credit).toBe(0);
  });

  it('match: partial credit by behaviours matched to the right driver', () => {
    const answer = {
      type: 'match' as const,
      matches: { x: 'intention' as const, y: 'competence' as const, z: 'valueCreation' as const },
    };
    expect(scoreQuestion(match, answer).credit).toBeCloseTo(2 / 3);
    expect(scoreQuestion(match, answer).correct).toBe(false);
  });

  it('gives nothing for a missing answer or one of the wrong type', () => {
    expect(scoreQuestion(single, undefined).credit).toBe(0);
    expect(scoreQuestion(single, { type: 'multiple', choices: ['a'] }).credit).toBe(0);
  });
});

describe('isAnswered', () => {
  it('requires a choice, at least one choice, or every behaviour matched', () => {
    expect(isAnswered(single, { type: 'single', choice: undefined })).toBe(false);
    expect(isAnswered(multiple, { type: 'multiple', choices: [] })).toBe(false);
    expect(isAnswered(match, { type: 'match', matches: { x: 'intention' } })).toBe(false);
    expect(isAnswered(order, { type: 'order', order: ['p', 'q', 'r', 's'] })).toBe(true);
  });
});

describe('scoreQuiz', () => {
  it('adds credit into points, counts full marks and gives a percentage', () => {
    const score = scoreQuiz([single, order, match], {
      one: { type: 'single', choice: 'a' },
      order: { type: 'order', order: ['q', 'p', 'r', 's'] },
      match: { type: 'match', matches: { x: 'intention', y: 'communication', z: 'valueCreation' } },
    });
    expect(score).toEqual({ points: 2.8, correct: 2, questions: 3, percent: 94 });
  });
});

describe('stored answers', () => {
  it('round-trip through the progress document', () => {
    const answer = {
      type: 'match' as const,
      matches: { x: 'intention' as const, y: 'communication' as const },
    };
    expect(decodeAnswer(match, encodeAnswer(answer))).toEqual(answer);
    expect(
      decodeAnswer(order, encodeAnswer({ type: 'order', order: ['s', 'p', 'q', 'r'] })),
    ).toEqual({
      type: 'order',
      order: ['s', 'p', 'q', 'r'],
    });
  });

  it('drop what no longer fits the question', () => {
    expect(decodeAnswer(single, ['gone'])).toEqual({ type: 'single', choice: undefined });
    expect(decodeAnswer(match, ['x:honesty', 'ghost:intention'])).toEqual({
      type: 'match',
      matches: {},
    });
    expect(decodeAnswer(order, ['p'])).toEqual({ type: 'order', order: ['p', 'q', 'r', 's'] });
  });
});

describe('shuffle', () => {
  it('is reproducible from its seed', () => {
    const items = Array.from({ length: 20 }, (_, index) => index);
    expect(shuffled(items, 42)).toEqual(shuffled(items, 42));
    expect(shuffled(items, 42)).not.toEqual(shuffled(items, 43));
    expect([...shuffled(items, 7)].sort((a, b) => a - b)).toEqual(items);
  });

  it('never leaves an ordering task already solved', () => {
    for (let seed = 0; seed < 200; seed++) {
      expect(scrambled(['a', 'b', 'c'], seed)).not.toEqual(['a', 'b', 'c']);
    }
  });

  it('derives stable seeds from text', () => {
    expect(seedFrom('question-1')).toBe(seedFrom('question-1'));
    expect(seedFrom('question-1')).not.toBe(seedFrom('question-2'));
  });
});

describe('quizSchema', () => {
  const errorsFor = (questions: unknown[]) => {
    const result = quizSchema.safeParse({ id: 'q', lesson: 'l', questions });
    return result.success ? '' : formatIssues('content/quizzes/q.yaml', result.error.issues);
  };
  const valid = [single, multiple, order];

  it('accepts a sound quiz', () => {
    expect(errorsFor(valid)).toBe('');
  });

  it('names the question with other than one correct option in a single-answer question', () => {
    expect(
      errorsFor([{ ...single, options: [option('a', true), option('b', true)] }, multiple, order]),
    ).toBe(
      "content/quizzes/q.yaml: questions[0]: question 'one': a single-answer question needs exactly 1 correct option, not 2",
    );
  });

  it('names a multiple-answer question with no correct option', () => {
    expect(
      errorsFor([single, { ...multiple, options: [option('a'), option('b')] }, order]),
    ).toContain(
      "questions[1]: question 'many': a multiple-answer question needs at least 1 correct option",
    );
  });

  it('names duplicate option ids', () => {
    expect(
      errorsFor([{ ...single, options: [option('a', true), option('a')] }, multiple, order]),
    ).toContain("questions[0]: question 'one': option id 'a' is used more than once");
  });

  it('names an order or match question with fewer than 3 items', () => {
    const text = errorsFor([
      single,
      { ...order, items: order.items.slice(0, 2) },
      { ...match, pairs: match.pairs.slice(0, 2) },
    ]);
    expect(text).toContain('questions[1].items');
    expect(text).toContain('questions[2].pairs');
  });
});
