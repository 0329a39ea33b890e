import { describe, expect, it } from 'vitest';
import {
  isQuizFinished,
  restoredAnswers,
  storedAnswerFits,
} from '../../../../src/lib/quiz/restore';
import type { Question } from '../../../../src/schemas/quiz';
import { fakeMultiple, fakeSingle } from '../../fakes';

const single = fakeSingle('price', ['Match the price', 'Ask what matters', 'Wait']);
const multiple = fakeMultiple('signals', [true, false, true]);
const order: Question = {
  id: 'spiral',
  type: 'order',
  prompt: 'Put the discount spiral in order.',
  explanation: 'Each cut teaches the buyer to wait for the next.',
  lessonAnchor: 'trust-outweighs-price',
  drivers: [],
  items: ['cut', 'wait', 'rival', 'cut-again'].map((id) => ({ id, text: id, feedback: 'Why.' })),
};

describe('restoredAnswers', () => {
  it('brings back each question answered before, and only those', () => {
    const restored = restoredAnswers([single, multiple, order], {
      price: ['option-2'],
      signals: ['option-1', 'option-3'],
    });
    expect(restored).toEqual({
      price: { type: 'single', choice: 'option-2' },
      signals: { type: 'multiple', choices: ['option-1', 'option-3'] },
    });
  });

  it('asks again a question whose stored answer no longer fits it', () => {
    expect(storedAnswerFits(single, ['z'])).toBe(false);
    expect(storedAnswerFits(multiple, ['option-1', 'gone'])).toBe(false);
    // An ordering with an item missing is not turned into the correct order.
    expect(storedAnswerFits(order, ['cut', 'wait', 'rival'])).toBe(false);
    expect(storedAnswerFits(order, ['wait', 'cut', 'rival', 'cut-again'])).toBe(true);
    expect(restoredAnswers([order], { spiral: ['cut', 'wait', 'rival'] })).toEqual({});
  });

  it('reads stored answers as own properties only', () => {
    const builtIn = { ...single, id: 'constructor' };
    expect(restoredAnswers([builtIn], {})).toEqual({});
    expect(restoredAnswers([single], undefined)).toEqual({});
  });
});

describe('isQuizFinished', () => {
  it('is true once every question has been checked', () => {
    expect(isQuizFinished([single, multiple], { price: true })).toBe(false);
    expect(isQuizFinished([single, multiple], { price: true, signals: true })).toBe(true);
  });
});
