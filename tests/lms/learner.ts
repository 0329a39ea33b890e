/** What a learner does in a test LMS, in the course's frame, for every LMS standard's tests. */
import { expect, type Frame, type Page } from '@playwright/test';
import { drawQuestions } from '../../src/lib/quiz/draw';
import { answerByKeyboard, loadQuiz } from '../e2e/quiz-helpers';
import { CONTENT } from './harness';

const assessment = loadQuiz('final-assessment');
/** The questions the attempt with seed 12345 asks. */
export const drawn = drawQuestions(assessment.questions, assessment.draw, 12345);

/** The learner takes the final assessment in the course's frame, every answer right or wrong. */
export async function takeAssessment(page: Page, frame: Frame, right: boolean) {
  await frame.goto(`${new URL(frame.url()).origin}${CONTENT}assessment/index.html?seed=12345`);
  await expect(frame.locator('.question-block')).toHaveCount(drawn.length);
  for (const question of drawn) {
    const block = frame
      .locator('.question-block')
      .filter({ has: frame.getByText(question.prompt, { exact: true }) });
    await answerByKeyboard(page, block, question, right);
  }
  await frame.getByRole('button', { name: 'Submit answers' }).click();
  await expect(frame.locator('.quiz-summary .mark')).toHaveText(
    right ? '✓ Passed' : '✕ Not passed yet',
  );
}
