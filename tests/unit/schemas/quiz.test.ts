import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../../src/schemas/quiz';
import { formatIssues } from '../../../src/lib/content/format-issues';

const question = (id: string, lesson: string) => ({
  id,
  type: 'single',
  prompt: 'Which reply builds trust?',
  explanation: 'Because it does.',
  lessonAnchor: `${lesson}#a-heading`,
  options: [
    { id: 'a', text: 'Ask what lies behind it', correct: true, feedback: 'Right.' },
    { id: 'b', text: 'Cut the price at once', feedback: 'No.' },
  ],
});

function fakeBank(perLesson: Record<string, number>) {
  return Object.entries(perLesson).flatMap(([lesson, count]) =>
    Array.from({ length: count }, (_, index) => question(`${lesson}-${index + 1}`, lesson)),
  );
}

function errorsFor(quiz: unknown): string {
  const result = quizSchema.safeParse(quiz);
  return result.success ? '' : formatIssues('content/quizzes/bad.yaml', result.error.issues);
}

const assessment = { id: 'final-assessment', lesson: 'becoming-a-trusted-advisor' };

describe('quizSchema', () => {
  it('accepts a lesson quiz without draw, and a bank with enough questions per lesson', () => {
    expect(errorsFor({ ...assessment, questions: fakeBank({ price: 3 }) })).toBe('');
    expect(
      errorsFor({ ...assessment, draw: 2, questions: fakeBank({ price: 5, mindset: 5 }) }),
    ).toBe('');
  });

  it('names each lesson that has fewer questions than an attempt draws', () => {
    const questions = fakeBank({ price: 5, mindset: 1, intention: 2 });
    expect(errorsFor({ ...assessment, draw: 2, questions })).toMatchInlineSnapshot(
      `"content/quizzes/bad.yaml: questions: lesson 'mindset' has 1 question, fewer than the 2 drawn per attempt"`,
    );
  });

  it('takes draw as a positive whole number', () => {
    const questions = fakeBank({ price: 5 });
    expect(errorsFor({ ...assessment, draw: 0, questions })).toContain('draw:');
    expect(errorsFor({ ...assessment, draw: 1.5, questions })).toContain('draw:');
  });

  it('fits a bank of up to 80 questions', () => {
    expect(errorsFor({ ...assessment, questions: fakeBank({ price: 80 }) })).toBe('');
    expect(errorsFor({ ...assessment, questions: fakeBank({ price: 81 }) })).toContain(
      'keep the quiz to at most 80 questions',
    );
  });
});
