/**
 * The largest progress document a real learner of the shipped course can have: every lesson
 * visited and completed, every knowledge check answered right, the assessment passed and a
 * retake begun, and each scenario played a given number of times along its real paths, with
 * the ids and values the store writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  emptyProgress,
  withAssessmentAttempt,
  withAssessmentDraft,
  withCompletion,
  withFinishedQuiz,
  withLocation,
  withVisit,
} from '../../../../src/lib/progress/model';
import { keptEndings } from '../../../../src/lib/progress/limits';
import { drawQuestions } from '../../../../src/lib/quiz/draw';
import { allRuns } from '../../../../src/lib/scenario/paths';
import { runRecord } from '../../../../src/lib/scenario/record';
import type { Progress, ScenarioRun } from '../../../../src/schemas/progress';
import { quizSchema, type Question, type Quiz } from '../../../../src/schemas/quiz';
import { shippedLessonIds, shippedScenarios } from '../../content/shipped';

const quizDir = join(import.meta.dirname, '..', '..', '..', '..', 'content', 'quizzes');

function shippedQuizzes(): Quiz[] {
  return readdirSync(quizDir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => quizSchema.parse(parse(readFileSync(join(quizDir, file), 'utf8'))));
}

/** A right answer, as the progress document stores it. */
function rightAnswer(question: Question): string[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.filter((option) => option.correct).map((option) => option.id);
    case 'order':
      return question.items.map((item) => item.id);
    case 'match':
      return question.pairs.map((pair) => `${pair.id}:${pair.driver}`);
  }
}

const minute = (n: number) => new Date(Date.UTC(2026, 10, 2, 9) + n * 60_000).toISOString();

/** The shipped course's ids, as courseStatus takes them. */
export function shippedCourse() {
  return {
    lessons: [...shippedLessonIds()].sort(),
    scenarios: shippedScenarios().map(({ scenario }) => scenario.id),
  };
}

export function realisticProgress(runsPerScenario: number): Progress {
  let progress = emptyProgress();
  let clock = 0;
  for (const lesson of shippedCourse().lessons) {
    progress = withVisit(progress, lesson, minute(clock++));
    progress = withCompletion(progress, lesson, minute((clock += 20)));
  }
  const quizzes = shippedQuizzes();
  for (const quiz of quizzes.filter((each) => each.id !== 'final-assessment')) {
    const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, rightAnswer(q)]));
    const attempt = { answers, questions: quiz.questions.length, at: minute((clock += 5)) };
    progress = withFinishedQuiz(progress, quiz, { ...attempt, correct: 1 });
    progress = withFinishedQuiz(progress, quiz, { ...attempt, correct: quiz.questions.length });
  }
  // Each scenario's runs are spread over its real paths, one run every seven minutes.
  const scenarios: Progress['scenarios'] = {};
  for (const { scenario } of shippedScenarios()) {
    const paths = allRuns(scenario).flatMap((state) => {
      const record = runRecord(state);
      return record ? [record] : [];
    });
    const runs: ScenarioRun[] = Array.from({ length: runsPerScenario }, (_, index) => {
      const record = paths[index % paths.length];
      if (!record) throw new Error(`${scenario.id} has no path to an ending`);
      const finishedAt = minute((clock += 7));
      return { id: `${finishedAt}|${record.path.join('/')}`, finishedAt, ...record };
    });
    scenarios[scenario.id] = { runs, endings: keptEndings(runs.map((run) => run.ending)) };
  }
  progress = { ...progress, scenarios, updatedAt: minute(clock) };
  progress = withAssessmentAttempt(progress, { percent: 70, passed: false, at: minute(++clock) });
  progress = withAssessmentAttempt(progress, { percent: 90, passed: true, at: minute(++clock) });
  const bank = quizzes.find((quiz) => quiz.id === 'final-assessment');
  if (!bank) throw new Error('the final assessment is missing');
  const seed = 3_141_592_653;
  const drawn = drawQuestions(bank.questions, bank.draw, seed).slice(0, 10);
  progress = withAssessmentDraft(progress, {
    seed,
    answers: Object.fromEntries(drawn.map((q) => [q.id, rightAnswer(q)])),
    at: minute(++clock),
  });
  return withLocation(progress, {
    href: '/training/shinrai/lessons/becoming-a-trusted-advisor/#the-whole-course-in-one-idea',
    title: 'Becoming a trusted advisor',
    at: minute(++clock),
  });
}
