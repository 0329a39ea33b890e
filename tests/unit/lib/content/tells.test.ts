import { describe, expect, it } from 'vitest';
import {
  correctLongestTells,
  labelLengthTells,
  lostDealTells,
  multipleAnswerTells,
  quizTells,
  scenarioTells,
  winWinLongestTells,
  wordCount,
  type QuizFile,
} from '../../../../src/lib/content/tells';
import { formatProblems } from '../../../../src/lib/scenario/validate';
import type { Question } from '../../../../src/schemas/quiz';
import {
  fakeChoice,
  fakeEnding,
  fakeMultiple,
  fakeNode,
  fakeQuiz,
  fakeScenario,
  fakeSingle,
} from '../../fakes';

const file = 'content/scenarios/fake.yaml';

/** Two quiz files, so course-wide problems must name the file as well as the question. */
function course(first: Question[], second: Question[]): QuizFile[] {
  return [
    { file: 'content/quizzes/a.yaml', quiz: fakeQuiz({ id: 'a', questions: first }) },
    { file: 'content/quizzes/b.yaml', quiz: fakeQuiz({ id: 'b', questions: second }) },
  ];
}

const short = 'Hold the price';
const medium = 'Ask what is behind the request';
const long = 'Ask what is behind the request before you talk about price';

describe('wordCount', () => {
  it('splits on any run of whitespace', () => {
    expect(wordCount('  Could you\ttell me\nmore? ')).toBe(5);
  });
});

describe('scenario tells', () => {
  it('accept a scenario whose replies are of a size and whose numbers agree with its endings', () => {
    expect(scenarioTells(fakeScenario())).toEqual([]);
  });

  it('flag a decision whose longest reply is more than 1.4× its shortest', () => {
    const scenario = fakeScenario({
      nodes: [
        fakeNode({
          id: 'ask',
          choices: [
            fakeChoice({
              id: 'listen',
              label: 'Could you tell me more about what is driving this?',
            }),
            fakeChoice({ id: 'discount', stance: 'win-lose', label: 'I can take fifteen off.' }),
          ],
        }),
      ],
    });
    expect(formatProblems(file, labelLengthTells(scenario))).toMatchInlineSnapshot(
      `"content/scenarios/fake.yaml: node 'ask': reply lengths give the answer away: 'listen' has 10 words and 'discount' 5; the longest may be at most 1.4× the shortest"`,
    );
  });

  it('flag a scenario whose win-win reply is the longest in more than half of its decisions', () => {
    const winWin = 'Could you tell me more about what is driving this?';
    const winLose = 'I can match their price if you sign today.';
    const scenario = fakeScenario();
    const longWinWin = fakeScenario({
      nodes: scenario.nodes.map((node) => ({
        ...node,
        choices: node.choices.map((choice) => ({
          ...choice,
          label: choice.stance === 'win-win' ? winWin : winLose,
        })),
      })),
    });
    expect(labelLengthTells(longWinWin)).toEqual([]);
    expect(formatProblems(file, winWinLongestTells(longWinWin))).toMatchInlineSnapshot(
      `"content/scenarios/fake.yaml: scenario 'fake': the win-win reply is the longest in 2 of the 2 decisions that offer one (nodes 'ask', 'follow-up'); it may be longest in at most 50% of them"`,
    );
  });

  it('flag a lost ending that a run reaches with a deal still on the table', () => {
    const scenario = fakeScenario({
      endings: [
        fakeEnding(),
        fakeEnding({ id: 'one-off', outcome: 'lost', title: 'Lost', lifetime: 0 }),
      ],
    });
    expect(formatProblems(file, lostDealTells(scenario))).toMatchInlineSnapshot(
      `"content/scenarios/fake.yaml: ending 'one-off': is a lost account, yet 2 paths reach it with a deal still on the table, such as discount → push (¥15M); the choices on the way must bring the deal down to ¥0"`,
    );
  });

  it('accept a lost ending once every path to it brings the deal to 0', () => {
    const base = fakeScenario();
    const scenario = fakeScenario({
      nodes: [
        base.nodes[0] ?? fakeNode(),
        fakeNode({
          id: 'follow-up',
          choices: [
            fakeChoice({ id: 'options' }),
            fakeChoice({ id: 'push', stance: 'win-lose', next: 'lost', deal: -20_000_000 }),
          ],
        }),
      ],
      endings: [fakeEnding(), fakeEnding({ id: 'lost', outcome: 'lost', lifetime: 0 })],
    });
    expect(lostDealTells(scenario)).toEqual([]);
  });
});

describe('quiz tells', () => {
  const varied = course(
    [
      fakeMultiple('m1', [true, true, false, false]),
      fakeSingle('s1', [short, medium, long], 0),
      fakeSingle('s2', [medium, medium, medium], 1),
    ],
    [
      fakeMultiple('m2', [true, false, false]),
      fakeMultiple('m3', [true, true, true, false, false]),
      fakeSingle('s3', [short, medium, long], 2),
    ],
  );

  it('accept a course with varied multiple-answer patterns and few longest right answers', () => {
    expect(quizTells(varied)).toEqual([]);
  });

  it('flag more than half of the multiple-answer questions sharing one pattern', () => {
    const quizzes = course(
      [fakeMultiple('m1', [true, true, false, false])],
      [fakeMultiple('m2', [true, true, false, false]), fakeMultiple('m3', [true, false, false])],
    );
    expect(formatProblems('content/quizzes', multipleAnswerTells(quizzes))).toMatchInlineSnapshot(
      `"content/quizzes: all quizzes together: 2 of 3 multiple-answer questions have 2 correct of 4 options; at most 50% may share one pattern. Vary: content/quizzes/a.yaml question 'm1'; content/quizzes/b.yaml question 'm2'"`,
    );
  });

  it('flag every multiple-answer question having the same number of correct options', () => {
    const quizzes = course(
      [fakeMultiple('m1', [true, true, false, false]), fakeMultiple('m2', [true, true, false])],
      [
        fakeMultiple('m3', [true, true, false, false, false]),
        fakeMultiple('m4', [true, true, false, false, false, false]),
      ],
    );
    expect(formatProblems('content/quizzes', multipleAnswerTells(quizzes))).toMatchInlineSnapshot(
      `"content/quizzes: all quizzes together: every multiple-answer question has 2 correct options, so a learner can count instead of read. Vary: content/quizzes/a.yaml question 'm1'; content/quizzes/a.yaml question 'm2'; content/quizzes/b.yaml question 'm3'; content/quizzes/b.yaml question 'm4'"`,
    );
  });

  it('flag the correct option being the longest in more than 40% of single-answer questions', () => {
    const quizzes = course(
      [fakeSingle('s1', [short, medium, long], 2), fakeSingle('s2', [long, short, medium], 0)],
      [fakeSingle('s3', [short, medium, long], 0)],
    );
    expect(formatProblems('content/quizzes', correctLongestTells(quizzes))).toMatchInlineSnapshot(
      `"content/quizzes: all quizzes together: the correct option is the longest in 2 of 3 single-answer questions (67%); at most 40% may be. Shorten the answer or lengthen a distractor in: content/quizzes/a.yaml question 's1'; content/quizzes/a.yaml question 's2'"`,
    );
  });
});
