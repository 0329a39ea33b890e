/**
 * The final assessment's answers as SCORM 2004 interactions (cmi.interactions.n.*), one per
 * question: what the learner answered, in SCORM's response format, and whether it was right, so
 * an LMS's reports show which questions a group of learners gets wrong. Read from the answers the
 * attempt kept (the progress document's assessment draft, as it stood when the learner submitted).
 */
import type { Question } from '../../schemas/quiz';
import { own } from '../records';
import { decodeAnswer, scoreQuestion, type Answer } from '../quiz/scoring';
import type { ScormValues } from './scorm';

export interface Interaction {
  id: string;
  type: 'choice' | 'sequencing' | 'matching';
  /** SCORM 2004's learner_response: ids joined by "[,]", matches as "source[.]target". */
  response: string;
  result: 'correct' | 'incorrect';
}

const TYPE = {
  single: 'choice',
  multiple: 'choice',
  order: 'sequencing',
  match: 'matching',
} as const;

function response(answer: Answer): string {
  switch (answer.type) {
    case 'single':
      return answer.choice ?? '';
    case 'multiple':
      return answer.choices.join('[,]');
    case 'order':
      return answer.order.join('[,]');
    case 'match':
      return Object.entries(answer.matches)
        .flatMap(([pair, driver]) => (driver ? [`${pair}[.]${driver}`] : []))
        .join('[,]');
  }
}

/** One interaction per question of the attempt that has a kept answer, in the attempt's order. */
export function assessmentInteractions(
  questions: readonly Question[],
  kept: Readonly<Record<string, readonly string[]>>,
): Interaction[] {
  return questions.flatMap((question) => {
    const stored = own(kept, question.id);
    if (!stored) return [];
    const answer = decodeAnswer(question, stored);
    return [
      {
        id: `urn:shinrai:assessment:${question.id}`,
        type: TYPE[question.type],
        response: response(answer),
        result: scoreQuestion(question, answer).correct ? 'correct' : 'incorrect',
      },
    ];
  });
}

/** The SetValue pairs that add the interactions after the `count` the LMS already holds. */
export function scorm2004InteractionValues(
  interactions: readonly Interaction[],
  count: number,
  at: Date,
): ScormValues {
  // SCORM 2004's time type: seconds, no fraction, and here no zone (the LMS's own clock).
  const timestamp = at.toISOString().slice(0, 19);
  return interactions.flatMap((interaction, index) => {
    const n = `cmi.interactions.${count + index}`;
    return [
      [`${n}.id`, interaction.id],
      [`${n}.type`, interaction.type],
      [`${n}.timestamp`, timestamp],
      [`${n}.learner_response`, interaction.response],
      [`${n}.result`, interaction.result],
    ] satisfies ScormValues;
  });
}
