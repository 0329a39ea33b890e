/** What a finished knowledge check records: every answer as given, and how many were right. */
import type { Question } from '../../schemas/quiz';
import type { QuizAttempt } from '../progress/model';
import { own } from '../records';
import { encodeAnswer, scoreQuiz, type Answer } from './scoring';

export function quizAttempt(
  questions: readonly Question[],
  answers: Readonly<Record<string, Answer | undefined>>,
): Omit<QuizAttempt, 'at'> {
  const stored: Record<string, string[]> = {};
  for (const question of questions) {
    const answer = own(answers, question.id);
    if (answer) stored[question.id] = encodeAnswer(answer);
  }
  return {
    answers: stored,
    correct: scoreQuiz(questions, answers).correct,
    questions: questions.length,
  };
}
