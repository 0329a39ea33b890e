/**
 * Scoring every question type. Credit runs from 0 to 1:
 * - single: 1 for the correct option, else 0.
 * - multiple: 1 only when exactly the correct options are chosen, else 0 (the learner is told
 *   how many to choose, so a partial pick is a wrong answer).
 * - order: partial credit, the share of item pairs placed in the right order relative to each
 *   other (1 = all in order; one neighbouring swap in four items = 5/6).
 * - match: partial credit, the share of behaviours matched to the right driver.
 * A question counts as correct only with full credit.
 */
import { driverIds, type Driver } from '../../schemas/driver-ids';
import type { Question } from '../../schemas/quiz';

export type Answer =
  | { type: 'single'; choice: string | undefined }
  | { type: 'multiple'; choices: readonly string[] }
  | { type: 'order'; order: readonly string[] }
  | { type: 'match'; matches: Readonly<Record<string, Driver | undefined>> };

export interface QuestionScore {
  credit: number;
  correct: boolean;
}

function orderCredit(correct: readonly string[], given: readonly string[]): number {
  const position = new Map(given.map((id, index) => [id, index]));
  let pairs = 0;
  let inOrder = 0;
  for (let i = 0; i < correct.length; i++) {
    for (let j = i + 1; j < correct.length; j++) {
      pairs++;
      const a = position.get(correct[i] ?? '');
      const b = position.get(correct[j] ?? '');
      if (a !== undefined && b !== undefined && a < b) inOrder++;
    }
  }
  return pairs === 0 ? 0 : inOrder / pairs;
}

export function scoreQuestion(question: Question, answer: Answer | undefined): QuestionScore {
  let credit = 0;
  if (answer?.type === question.type) {
    switch (question.type) {
      case 'single': {
        const choice = answer.type === 'single' ? answer.choice : undefined;
        credit = question.options.find((option) => option.id === choice)?.correct ? 1 : 0;
        break;
      }
      case 'multiple': {
        const chosen = new Set(answer.type === 'multiple' ? answer.choices : []);
        const right = question.options
          .filter((option) => option.correct)
          .map((option) => option.id);
        credit = chosen.size === right.length && right.every((id) => chosen.has(id)) ? 1 : 0;
        break;
      }
      case 'order':
        credit = orderCredit(
          question.items.map((item) => item.id),
          answer.type === 'order' ? answer.order : [],
        );
        break;
      case 'match': {
        const matches = answer.type === 'match' ? answer.matches : {};
        const right = question.pairs.filter((pair) => matches[pair.id] === pair.driver).length;
        credit = right / question.pairs.length;
        break;
      }
    }
  }
  return { credit, correct: credit === 1 };
}

/** Whether the learner has given a complete answer that can be checked. */
export function isAnswered(question: Question, answer: Answer | undefined): boolean {
  if (!answer || answer.type !== question.type) return false;
  switch (answer.type) {
    case 'single':
      return answer.choice !== undefined;
    case 'multiple':
      return answer.choices.length > 0;
    case 'order':
      return true;
    case 'match':
      return (
        question.type === 'match' &&
        question.pairs.every((pair) => answer.matches[pair.id] !== undefined)
      );
  }
}

export interface QuizScore {
  /** Sum of credit, rounded to one decimal. */
  points: number;
  correct: number;
  questions: number;
  percent: number;
}

export function scoreQuiz(
  questions: readonly Question[],
  answers: Readonly<Record<string, Answer | undefined>>,
): QuizScore {
  const scores = questions.map((question) => scoreQuestion(question, answers[question.id]));
  const total = scores.reduce((sum, score) => sum + score.credit, 0);
  return {
    points: Math.round(total * 10) / 10,
    correct: scores.filter((score) => score.correct).length,
    questions: questions.length,
    percent: questions.length === 0 ? 0 : Math.round((total / questions.length) * 100),
  };
}

/** Answers as the progress document stores them: option ids, or "behaviour:driver" for matches. */
export function encodeAnswer(answer: Answer): string[] {
  switch (answer.type) {
    case 'single':
      return answer.choice ? [answer.choice] : [];
    case 'multiple':
      return [...answer.choices];
    case 'order':
      return [...answer.order];
    case 'match':
      return Object.entries(answer.matches).flatMap(([pair, driver]) =>
        driver ? [`${pair}:${driver}`] : [],
      );
  }
}

/** Reads a stored answer back, keeping only what fits the question as it is now. */
export function decodeAnswer(question: Question, stored: readonly string[]): Answer {
  switch (question.type) {
    case 'single': {
      const choice = stored.find((id) => question.options.some((option) => option.id === id));
      return { type: 'single', choice };
    }
    case 'multiple':
      return {
        type: 'multiple',
        choices: stored.filter((id) => question.options.some((option) => option.id === id)),
      };
    case 'order': {
      const known = question.items.map((item) => item.id);
      const valid = stored.length === known.length && known.every((id) => stored.includes(id));
      return { type: 'order', order: valid ? [...stored] : known };
    }
    case 'match': {
      const matches: Record<string, Driver | undefined> = {};
      for (const entry of stored) {
        const [pair = '', driver] = entry.split(':');
        const known = question.pairs.find((candidate) => candidate.id === pair);
        const valid = driverIds.find((id) => id === driver);
        if (known && valid) matches[pair] = valid;
      }
      return { type: 'match', matches };
    }
  }
}
