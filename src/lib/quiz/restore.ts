/**
 * What comes back of a knowledge check or an assessment on a later visit: the answer of every
 * question answered before, as long as it still fits the question as it is now. A question that
 * has changed since (an option removed, an item added) is simply asked again, never shown with an
 * answer the learner did not give.
 */
import type { Question } from '../../schemas/quiz';
import { own } from '../records';
import { decodeAnswer, encodeAnswer, isAnswered, type Answer } from './scoring';

/** Whether stored option ids are a complete answer to this question as it stands. */
export function storedAnswerFits(question: Question, stored: readonly string[]): boolean {
  if (question.type === 'order') {
    const ids = question.items.map((item) => item.id);
    return stored.length === ids.length && ids.every((id) => stored.includes(id));
  }
  const known = (id: string) =>
    question.type === 'match'
      ? question.pairs.some((pair) => id.startsWith(`${pair.id}:`))
      : question.options.some((option) => option.id === id);
  return stored.every(known) && isAnswered(question, decodeAnswer(question, stored));
}

/** The answers that can be restored, by question id. */
export function restoredAnswers(
  questions: readonly Question[],
  stored: Readonly<Record<string, readonly string[]>> | undefined,
): Record<string, Answer> {
  const restored: Record<string, Answer> = {};
  for (const question of questions) {
    const chosen = own(stored, question.id);
    if (chosen && storedAnswerFits(question, chosen)) {
      restored[question.id] = decodeAnswer(question, chosen);
    }
  }
  return restored;
}

/** A quiz is finished when every question has been checked. */
export function isQuizFinished(
  questions: readonly Question[],
  checked: Readonly<Record<string, boolean>>,
): boolean {
  return questions.every((question) => own(checked, question.id) === true);
}

/** The answered questions' answers, as the progress document stores them. */
export function answersToStore(
  questions: readonly Question[],
  answers: Readonly<Record<string, Answer | undefined>>,
): Record<string, string[]> {
  const stored: Record<string, string[]> = {};
  for (const question of questions) {
    const answer = own(answers, question.id);
    if (answer && isAnswered(question, answer)) stored[question.id] = encodeAnswer(answer);
  }
  return stored;
}
