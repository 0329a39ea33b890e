import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { answerByKeyboard, blockFor, loadQuiz, openQuiz } from './quiz-helpers';
import { drawQuestions } from '../../src/lib/quiz/draw';

const lessonQuiz = loadQuiz('trust-outweighs-price');
const assessment = loadQuiz('final-assessment');
/** The questions the attempt with seed 12345 draws from the bank. */
const drawn = drawQuestions(assessment.questions, assessment.draw, 12345);

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test.describe('a lesson’s knowledge check', () => {
  test(
    'a wrong answer shows that option’s feedback, a right one shows Correct',
    { tag: '@smoke' },
    async ({ page }) => {
      await openQuiz(page);
      const question = lessonQuiz.questions.find((candidate) => candidate.type === 'single');
      if (question?.type !== 'single') throw new Error('the quiz needs a single-answer question');
      const block = blockFor(page, question);
      await block.scrollIntoViewIfNeeded();
      await expectNoAxeViolations(page);

      const wrong = question.options.find((option) => !option.correct);
      const right = question.options.find((option) => option.correct);
      await block.getByRole('radio', { name: wrong?.text ?? '' }).check();
      await block.getByRole('button', { name: 'Check answer' }).click();
      const feedback = block.getByRole('status');
      await expect(feedback).toBeFocused();
      await expect(feedback).toContainText('Not quite');
      await expect(feedback).toContainText(wrong?.feedback ?? '');
      await expect(feedback).toContainText(question.explanation);
      await expectNoAxeViolations(page);

      await block.getByRole('button', { name: 'Try again' }).click();
      await block.getByRole('radio', { name: right?.text ?? '' }).check();
      await block.getByRole('button', { name: 'Check answer' }).click();
      await expect(feedback).toContainText('Correct');
    },
  );

  test('checking without an answer asks for one; an order question always has one', async ({
    page,
  }) => {
    await openQuiz(page);
    expect(
      lessonQuiz.questions.map((question) => question.type),
      'the quiz has an order question to check',
    ).toContain('order');
    for (const question of lessonQuiz.questions) {
      const block = blockFor(page, question);
      await block.scrollIntoViewIfNeeded();
      await block.getByRole('button', { name: 'Check answer' }).click();
      if (question.type === 'order') {
        // The items' starting order is an answer, so it is marked rather than refused.
        await expect(block.getByRole('status')).toContainText(/Correct|Not quite|Partly right/);
        await expect(block.getByText('Choose an answer first.')).toHaveCount(0);
      } else {
        await expect(block.getByText('Choose an answer first.')).toBeVisible();
      }
    }
  });

  test('a finished quiz shows its result after a reload and offers Try again', async ({ page }) => {
    await openQuiz(page);
    for (const question of lessonQuiz.questions) {
      const block = blockFor(page, question);
      await block.scrollIntoViewIfNeeded();
      await answerByKeyboard(page, block, question, true);
      await block.getByRole('button', { name: 'Check answer' }).click();
      await expect(block.getByRole('status')).toContainText('Correct');
    }
    const total = lessonQuiz.questions.length;
    await expect(
      page.getByText(`You scored ${total} of ${total} on this knowledge check.`),
    ).toBeVisible();

    await page.reload();
    await expect(
      page.getByText(`You scored ${total} of ${total} on this knowledge check.`),
    ).toBeVisible();
    await expect(page.getByText('Your last result is shown.', { exact: false })).toBeVisible();
    await expect(
      page.locator('.knowledge-check').getByRole('button', { name: 'Try again' }),
    ).toHaveCount(total);
    await page.goto('/progress/');
    await expect(page.getByText(`Best ${total} of ${total} correct · 1 attempt`)).toBeVisible();
  });
});

const lessonIds = readdirSync(join(import.meta.dirname, '..', '..', 'content', 'lessons')).map(
  (file) => file.replace(/\.mdx$/, ''),
);

for (const lesson of lessonIds) {
  test(`${lesson}: every question can be answered right, then wrong`, async ({ page }) => {
    // Many keyboard steps in one test: give a loaded CI machine room.
    test.setTimeout(90_000);
    const quiz = loadQuiz(lesson);
    await openQuiz(page, lesson);
    for (const question of quiz.questions) {
      const block = blockFor(page, question);
      await answerByKeyboard(page, block, question, true);
      await block.getByRole('button', { name: 'Check answer' }).click();
      await expect(block.getByRole('status')).toContainText('Correct');
      await expect(block.getByRole('status')).toBeFocused();
      await block.getByRole('button', { name: 'Try again' }).click();
      // Focus returns to the question before the learner answers it again.
      await expect(block.locator('[id$="-legend"]')).toBeFocused();
      await answerByKeyboard(page, block, question, false);
      await block.getByRole('button', { name: 'Check answer' }).click();
      await expect(block.getByRole('status')).toContainText(/Not quite|Partly right/);
      await expect(block.getByRole('status')).toBeFocused();
    }
  });
}

test.describe('the final assessment', () => {
  async function takeByKeyboard(page: Page, right: boolean) {
    test.setTimeout(90_000);
    await page.goto('/assessment/?seed=12345');
    await expect(page.locator('.question-block')).toHaveCount(drawn.length);
    await expectNoAxeViolations(page);
    for (const question of drawn) {
      await answerByKeyboard(page, blockFor(page, question), question, right);
    }
    await page.getByRole('button', { name: 'Submit answers' }).focus();
    await page.keyboard.press('Enter');
  }

  test('submitting with questions unanswered says how many', async ({ page }) => {
    await page.goto('/assessment/?seed=1');
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await expect(page.getByRole('alert')).toHaveText(/questions are unanswered/);
  });

  test('with one question left, it says that one is unanswered, in the singular', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto('/assessment/?seed=12345');
    await expect(page.locator('.question-block')).toHaveCount(drawn.length);
    // An order question always counts as answered, so leave out one of another kind.
    const left = drawn.findLast((question) => question.type !== 'order');
    for (const question of drawn) {
      if (question !== left) await answerByKeyboard(page, blockFor(page, question), question, true);
    }
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      '1 question is unanswered. Answer it, then submit.',
    );
  });

  test('a keyboard-only run with right answers passes', async ({ page }) => {
    await takeByKeyboard(page, true);
    await expect(page.locator('.quiz-summary .mark')).toHaveText('✓ Passed');
    await expect(page.getByRole('heading', { name: /^100%/ })).toBeFocused();
    await expectNoAxeViolations(page);
  });

  test(
    'a keyboard-only run with wrong answers fails, and shows the drivers behind the misses and a review',
    { tag: '@smoke' },
    async ({ page }) => {
      await takeByKeyboard(page, false);
      await expect(page.locator('.quiz-summary .mark')).toHaveText('✕ Not passed yet');
      await expect(
        page.getByRole('heading', { name: 'Where the missed points were, by trust driver' }),
      ).toBeVisible();
      await expect(page.getByText(/^Intention: \d+ of \d+ questions missed$/)).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Review every question' })).toBeVisible();
      await expect(page.getByText(drawn[0]?.explanation ?? '').first()).toBeVisible();
      await page.getByRole('button', { name: /Take it again/ }).click();
      await expect(page).not.toHaveURL(/seed=12345/);
      await expect(page.getByRole('button', { name: 'Submit answers' })).toBeVisible();
    },
  );

  test('the same seed gives the same question order', async ({ page }) => {
    // The questions render on the client, so read them only once they are on screen.
    const prompts = async () => {
      await expect(page.locator('.question-prompt').first()).toBeVisible();
      return page.locator('.question-prompt').allTextContents();
    };
    await page.goto('/assessment/?seed=777');
    const first = await prompts();
    expect(first.length).toBeGreaterThan(1);
    await page.reload();
    expect(await prompts()).toEqual(first);
    await page.goto('/assessment/?seed=778');
    expect(await prompts()).not.toEqual(first);
  });

  test('an attempt asks 16 questions drawn from the bank, and a retake asks others', async ({
    page,
  }) => {
    const prompts = async () => {
      await expect(page.locator('.question-prompt').first()).toBeVisible();
      return page.locator('.question-prompt').allTextContents();
    };
    await page.goto('/assessment/?seed=777');
    await expect(page.getByText(/16 questions/).first()).toBeVisible();
    const first = await prompts();
    expect(first).toHaveLength(16);
    await page.goto('/assessment/?seed=778');
    const second = await prompts();
    expect(second).toHaveLength(16);
    expect(second.filter((prompt) => !first.includes(prompt)).length).toBeGreaterThan(0);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the assessment has no horizontal scroll', async ({ page }) => {
    await page.goto('/assessment/?seed=5');
    await expect(page.locator('.question-block').first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });
});

test.describe('no tap is lost, no answer is forgotten', () => {
  test('an answer chosen the moment the page opens is checked and gets feedback', async ({
    page,
  }) => {
    const question = lessonQuiz.questions.find((candidate) => candidate.type === 'single');
    if (question?.type !== 'single') throw new Error('the quiz needs a single-answer question');
    const right = question.options.find((option) => option.correct);
    await page.goto('/lessons/trust-outweighs-price/#quiz-title');
    // No wait for the island: until it is live its controls are disabled and it says so.
    const block = blockFor(page, question);
    await block.getByRole('radio', { name: right?.text ?? '' }).check();
    await block.getByRole('button', { name: 'Check answer' }).click();
    await expect(block.getByRole('status')).toContainText('Correct');
  });

  test('until its questions arrive, the quiz says it is loading and offers nothing to tap', async ({
    page,
  }) => {
    // Hold the questions back, as a slow phone network would.
    await page.route('**/quizzes/*.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await page.goto('/lessons/trust-outweighs-price/#quiz-title');
    await expect(page.getByText('Loading the knowledge check…')).toBeVisible();
    await expect(page.locator('.knowledge-check').getByRole('radio')).toHaveCount(0);
    await expect(page.getByText('Loading the knowledge check…')).toBeHidden();
    await expect(page.locator('.knowledge-check').getByRole('radio').first()).toBeEnabled();
  });

  test.describe('with the network failing', () => {
    test.use({ expectedErrors: [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/] });

    test('if the questions can’t be fetched, the quiz says so and can try again', async ({
      page,
    }) => {
      let refuse = true;
      await page.route('**/quizzes/*.json', async (route) => {
        if (refuse) await route.abort('internetdisconnected');
        else await route.continue();
      });
      await page.goto('/lessons/trust-outweighs-price/#quiz-title');
      await expect(
        page.getByText('The knowledge check couldn’t be loaded.', { exact: false }),
      ).toBeVisible();
      refuse = false;
      await page.getByRole('button', { name: 'Try loading it again' }).click();
      await expect(page.locator('.knowledge-check').getByRole('radio').first()).toBeEnabled();
    });
  });

  test(
    'each checked answer survives a reload and a new tab; Try again clears only its question',
    { tag: '@smoke' },
    async ({ page, context }) => {
      const [first, second, third] = lessonQuiz.questions;
      if (!first || !second || !third) throw new Error('the quiz needs three questions');
      await openQuiz(page);
      for (const question of [first, second]) {
        const block = blockFor(page, question);
        await answerByKeyboard(page, block, question, true);
        await block.getByRole('button', { name: 'Check answer' }).click();
        await expect(block.getByRole('status')).toContainText('Correct');
      }

      await page.reload();
      await openQuiz(page);
      await expect(page.getByText('Your answers from last time are back.')).toBeVisible();
      await expect(blockFor(page, first).getByRole('status')).toContainText('Correct');
      await expect(blockFor(page, second).getByRole('status')).toContainText('Correct');
      await expect(
        blockFor(page, third).getByRole('button', { name: 'Check answer' }),
      ).toBeVisible();

      const other = await context.newPage();
      await openQuiz(other);
      await expect(blockFor(other, second).getByRole('status')).toContainText('Correct');
      await blockFor(other, first).getByRole('button', { name: 'Try again' }).click();

      await page.reload();
      await openQuiz(page);
      await expect(
        blockFor(page, first).getByRole('button', { name: 'Check answer' }),
      ).toBeVisible();
      await expect(blockFor(page, second).getByRole('status')).toContainText('Correct');
      await page.goto('/progress/');
      await expect(page.getByText(/In progress: 1 of \d+ answered/)).toBeVisible();
    },
  );

  test('an assessment in progress comes back, even without its address', async ({ page }) => {
    await page.goto('/assessment/?seed=31337');
    const drawn = drawQuestions(assessment.questions, assessment.draw, 31337);
    const answered = drawn.slice(0, 3);
    for (const question of answered) {
      await answerByKeyboard(page, blockFor(page, question), question, true);
    }
    await page.goto('/assessment/');
    await expect(page).toHaveURL(/seed=31337/);
    await expect(page.getByText('Your answers from last time are back.')).toBeVisible();
    const single = answered.find((question) => question.type === 'single');
    if (single?.type === 'single') {
      const right = single.options.find((option) => option.correct);
      await expect(
        blockFor(page, single).getByRole('radio', { name: right?.text ?? '' }),
      ).toBeChecked();
    }
    await page.goto('/progress/');
    await expect(
      page.getByText('An attempt is in progress, and your answers are kept.'),
    ).toBeVisible();
  });
});
