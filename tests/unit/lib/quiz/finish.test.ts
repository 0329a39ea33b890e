import { describe, expect, it } from 'vitest';
import { quizAttempt } from '../../../../src/lib/quiz/finish';
import { emptyProgress, withFinishedQuiz, withVisit } from '../../../../src/lib/progress/model';
import { fakeMultiple, fakeSingle } from '../../fakes';

const at = '2026-11-02T09:00:00.000Z';
const price = fakeSingle('price', ['Ask what matters', 'Match the price']);
const signals = fakeMultiple('signals', [true, false, true]);

describe('quizAttempt', () => {
  it('keeps every answer as stored and counts the right ones', () => {
    const attempt = quizAttempt([price, signals], {
      price: { type: 'single', choice: 'option-1' },
      signals: { type: 'multiple', choices: ['option-1'] },
    });
    expect(attempt).toEqual({
      answers: { price: ['option-1'], signals: ['option-1'] },
      correct: 1,
      questions: 2,
    });
  });
});

describe('withFinishedQuiz', () => {
  const quiz = { id: 'trust-quiz', lesson: 'trust-outweighs-price' };
  const attempt = { answers: { price: ['option-1'] }, correct: 1, questions: 1, at };

  it('records the attempt and completes the quiz’s lesson', () => {
    const progress = withFinishedQuiz(emptyProgress(), quiz, attempt);
    expect(progress.quizzes['trust-quiz']).toMatchObject({ attempts: 1, best: 1, questions: 1 });
    expect(progress.lessons['trust-outweighs-price']).toEqual({ visitedAt: at, completedAt: at });
  });

  it('keeps the first visit of a lesson read before its quiz', () => {
    const visited = withVisit(emptyProgress(), quiz.lesson, '2026-11-01T08:00:00.000Z');
    const progress = withFinishedQuiz(visited, quiz, attempt);
    expect(progress.lessons['trust-outweighs-price']).toEqual({
      visitedAt: '2026-11-01T08:00:00.000Z',
      completedAt: at,
    });
  });
});
