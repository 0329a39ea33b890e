import { describe, expect, it } from 'vitest';
import {
  assessmentInteractions,
  scorm2004InteractionValues,
} from '../../../../src/lib/lms/interactions';
import type { Question } from '../../../../src/schemas/quiz';

const base = { prompt: 'p', explanation: 'e', lessonAnchor: 'lesson#heading' };
const questions = [
  {
    ...base,
    id: 'q-single',
    type: 'single',
    options: [
      { id: 'a', text: 'A', correct: true, feedback: 'f' },
      { id: 'b', text: 'B', correct: false, feedback: 'f' },
    ],
  },
  {
    ...base,
    id: 'q-order',
    type: 'order',
    items: [
      { id: 'one', text: '1' },
      { id: 'two', text: '2' },
      { id: 'three', text: '3' },
    ],
  },
  {
    ...base,
    id: 'q-match',
    type: 'match',
    pairs: [
      { id: 'x', behaviour: 'X', driver: 'intention' },
      { id: 'y', behaviour: 'Y', driver: 'competence' },
      { id: 'z', behaviour: 'Z', driver: 'communication' },
    ],
  },
] as unknown as Question[];

describe('assessment interactions', () => {
  it('record each kept answer in SCORM’s format, right or wrong', () => {
    expect(
      assessmentInteractions(questions, {
        'q-single': ['b'],
        'q-order': ['one', 'two', 'three'],
        'q-match': ['x:intention', 'y:competence', 'z:intention'],
      }),
    ).toEqual([
      { id: 'urn:shinrai:assessment:q-single', type: 'choice', response: 'b', result: 'incorrect' },
      {
        id: 'urn:shinrai:assessment:q-order',
        type: 'sequencing',
        response: 'one[,]two[,]three',
        result: 'correct',
      },
      {
        id: 'urn:shinrai:assessment:q-match',
        type: 'matching',
        response: 'x[.]intention[,]y[.]competence[,]z[.]intention',
        result: 'incorrect',
      },
    ]);
  });

  it('leave out questions without a kept answer, and ids the attempt did not ask', () => {
    const kept = { 'q-single': ['a'], constructor: ['a'], 'not-asked': ['a'] };
    expect(assessmentInteractions(questions, kept).map((interaction) => interaction.id)).toEqual([
      'urn:shinrai:assessment:q-single',
    ]);
  });

  it('become SetValue pairs after the interactions the LMS already holds', () => {
    const [first] = assessmentInteractions(questions, { 'q-single': ['a'] });
    if (!first) throw new Error('expected an interaction');
    expect(scorm2004InteractionValues([first], 16, new Date('2026-11-29T10:00:00.500Z'))).toEqual([
      ['cmi.interactions.16.id', 'urn:shinrai:assessment:q-single'],
      ['cmi.interactions.16.type', 'choice'],
      ['cmi.interactions.16.timestamp', '2026-11-29T10:00:00'],
      ['cmi.interactions.16.learner_response', 'a'],
      ['cmi.interactions.16.result', 'correct'],
    ]);
  });
});
