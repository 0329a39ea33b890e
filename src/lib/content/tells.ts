/**
 * "Tells": habits of writing that let a learner pick the right answer without understanding it,
 * such as the trust-building reply always being the longest, and numbers that contradict an
 * ending. Pure; the build runs it over every scenario and all quizzes together and fails on any.
 */
import type { Quiz } from '../../schemas/quiz';
import type { Scenario } from '../../schemas/scenario';
// Build messages are for the course's authors, who work in English.
import { formatYen } from '../format/money';
import { allRuns } from '../scenario/paths';
import type { Problem } from '../scenario/validate';

export const TELL_LIMITS = {
  /**
   * Longest reply label ÷ shortest, in words, per decision. At 1.4 a 10-word reply may sit beside
   * one of 14 words: room for an honest reply that needs one more clause, but a reply half as long
   * again as its neighbour reads as "the considered one" before its meaning is weighed.
   */
  labelLengthRatio: 1.4,
  /**
   * Share of a scenario's decisions in which the win-win reply may be the strictly longest label.
   * With two to four replies, chance alone makes it longest in a quarter to a half of them; above
   * half, "choose the longest" starts to beat reading the replies.
   */
  winWinLongestShare: 0.5,
  /**
   * Share of all multiple-answer questions that may have the same number of correct options out
   * of the same number of options. Above half, "always tick two of four" scores better than reading.
   */
  multipleAnswerPatternShare: 0.5,
  /**
   * Share of single-answer questions whose correct option may be the strictly longest. With three
   * or four options chance gives 25–33%; 40% allows a few natural cases without rewarding length.
   */
  correctLongestShare: 0.4,
  /** The most a run may still have on the table when it ends in a lost account: nothing. */
  lostDealCeiling: 0,
} as const;

/** A quiz with the file it came from, so a course-wide problem can name file and question. */
export interface QuizFile {
  file: string;
  quiz: Quiz;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The index of the one item with the most words, or undefined when the top is shared. */
function strictlyLongest(texts: readonly string[]): number | undefined {
  const counts = texts.map(wordCount);
  const most = Math.max(...counts);
  return counts.filter((count) => count === most).length === 1 ? counts.indexOf(most) : undefined;
}

/** Rule 1: in each decision, the longest reply is at most labelLengthRatio × the shortest. */
export function labelLengthTells(scenario: Scenario): Problem[] {
  return scenario.nodes.flatMap((node) => {
    const sized = node.choices.map((choice) => ({ id: choice.id, words: wordCount(choice.label) }));
    if (sized.length < 2) return []; // validateScenario reports a decision with fewer than 2
    const longest = sized.reduce((a, b) => (b.words > a.words ? b : a));
    const shortest = sized.reduce((a, b) => (b.words < a.words ? b : a));
    if (longest.words <= TELL_LIMITS.labelLengthRatio * shortest.words) return [];
    return [
      {
        where: `node '${node.id}'`,
        message: `reply lengths give the answer away: '${longest.id}' has ${longest.words} words and '${shortest.id}' ${shortest.words}; the longest may be at most ${TELL_LIMITS.labelLengthRatio}× the shortest`,
      },
    ];
  });
}

/** Rule 2: the win-win reply is the strictly longest in no more than half of its decisions. */
export function winWinLongestTells(scenario: Scenario): Problem[] {
  const withWinWin = scenario.nodes.filter((node) =>
    node.choices.some((choice) => choice.stance === 'win-win'),
  );
  const longestIsWinWin = withWinWin.filter((node) => {
    const index = strictlyLongest(node.choices.map((choice) => choice.label));
    return index !== undefined && node.choices[index]?.stance === 'win-win';
  });
  if (longestIsWinWin.length <= TELL_LIMITS.winWinLongestShare * withWinWin.length) return [];
  const nodes = longestIsWinWin.map((node) => `'${node.id}'`).join(', ');
  return [
    {
      where: `scenario '${scenario.id}'`,
      message: `the win-win reply is the longest in ${longestIsWinWin.length} of the ${withWinWin.length} decisions that offer one (nodes ${nodes}); it may be longest in at most ${percent(TELL_LIMITS.winWinLongestShare)} of them`,
    },
  ];
}

/** Rule 5: a run that ends in a lost account has no deal left on the table. */
export function lostDealTells(scenario: Scenario): Problem[] {
  const lost = new Set(
    scenario.endings.filter((ending) => ending.outcome === 'lost').map((ending) => ending.id),
  );
  const firstBadRun = new Map<string, { path: string; deal: number; count: number }>();
  for (const run of allRuns(scenario)) {
    if (!lost.has(run.at) || run.deal <= TELL_LIMITS.lostDealCeiling) continue;
    const known = firstBadRun.get(run.at);
    if (known) known.count += 1;
    else {
      const path = run.history.map((step) => step.choiceId).join(' → ');
      firstBadRun.set(run.at, { path, deal: run.deal, count: 1 });
    }
  }
  return [...firstBadRun].map(([endingId, { path, deal, count }]) => ({
    where: `ending '${endingId}'`,
    message: `is a lost account, yet ${count === 1 ? 'a path reaches' : `${count} paths reach`} it with a deal still on the table, such as ${path} (${formatYen(deal, 'en')}); the choices on the way must bring the deal down to ${formatYen(TELL_LIMITS.lostDealCeiling, 'en')}`,
  }));
}

export function scenarioTells(scenario: Scenario): Problem[] {
  return [
    ...labelLengthTells(scenario),
    ...winWinLongestTells(scenario),
    ...lostDealTells(scenario),
  ];
}

const COURSE = 'all quizzes together';
const named = (file: string, questionId: string) => `${file} question '${questionId}'`;

/** Rule 3: multiple-answer questions do not repeat one pattern of correct options. */
export function multipleAnswerTells(quizzes: readonly QuizFile[]): Problem[] {
  const multiple = quizzes.flatMap(({ file, quiz }) =>
    quiz.questions.flatMap((question) =>
      question.type === 'multiple'
        ? [
            {
              name: named(file, question.id),
              correct: question.options.filter((option) => option.correct).length,
              options: question.options.length,
            },
          ]
        : [],
    ),
  );
  // A pattern needs at least two questions to repeat; one question cannot give a habit away.
  if (multiple.length < 2) return [];
  const problems: Problem[] = [];
  const byPattern = Map.groupBy(multiple, (question) => `${question.correct}/${question.options}`);
  for (const group of byPattern.values()) {
    if (group.length <= TELL_LIMITS.multipleAnswerPatternShare * multiple.length) continue;
    const { correct, options } = group[0] ?? { correct: 0, options: 0 };
    problems.push({
      where: COURSE,
      message: `${group.length} of ${multiple.length} multiple-answer questions have ${correct} correct of ${options} options; at most ${percent(TELL_LIMITS.multipleAnswerPatternShare)} may share one pattern. Vary: ${group.map((question) => question.name).join('; ')}`,
    });
  }
  const correctCounts = new Set(multiple.map((question) => question.correct));
  if (correctCounts.size === 1) {
    problems.push({
      where: COURSE,
      message: `every multiple-answer question has ${multiple[0]?.correct ?? 0} correct options, so a learner can count instead of read. Vary: ${multiple.map((question) => question.name).join('; ')}`,
    });
  }
  return problems;
}

/** Rule 4: in single-answer questions the correct option is rarely the strictly longest. */
export function correctLongestTells(quizzes: readonly QuizFile[]): Problem[] {
  const single = quizzes.flatMap(({ file, quiz }) =>
    quiz.questions.flatMap((question) => (question.type === 'single' ? [{ file, question }] : [])),
  );
  const longestIsCorrect = single.filter(({ question }) => {
    const index = strictlyLongest(question.options.map((option) => option.text));
    return index !== undefined && question.options[index]?.correct === true;
  });
  if (longestIsCorrect.length <= TELL_LIMITS.correctLongestShare * single.length) return [];
  const share = Math.round((100 * longestIsCorrect.length) / single.length);
  return [
    {
      where: COURSE,
      message: `the correct option is the longest in ${longestIsCorrect.length} of ${single.length} single-answer questions (${share}%); at most ${percent(TELL_LIMITS.correctLongestShare)} may be. Shorten the answer or lengthen a distractor in: ${longestIsCorrect.map(({ file, question }) => named(file, question.id)).join('; ')}`,
    },
  ];
}

export function quizTells(quizzes: readonly QuizFile[]): Problem[] {
  return [...multipleAnswerTells(quizzes), ...correctLongestTells(quizzes)];
}
