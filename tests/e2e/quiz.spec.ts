import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { test, expect } from './fixtures';
import { quizSchema, type Question, type Quiz } from '../../src/schemas/quiz';
import { driverIds } from '../../src/schemas/driver-ids';
import { drawQuestions } from '../../src/lib/quiz/draw';

function loadQuiz(id: string): Quiz {
  const text = readFileSync(
    join(import.meta.dirname, '..', '..', 'content', 'quizzes', `${id}.yaml`),
    'utf8',
  );
  return quizSchema.parse(parse(text));
}

const lessonQuiz = loadQuiz('trust-outweighs-price');
const assessment = loadQuiz('final-assessment');
/** The questions the attempt with seed 12345 draws from the bank. */
const drawn = drawQuestions(assessment.questions, assessment.draw, 12345);

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

/** Answers one question with the keyboard alone: Space on choices, Enter on move buttons, arrows in selects. */
async function answerByKeyboard(page: Page, block: Locator, question: Question, right: boolean) {
  const keyOn = async (target: Locator, key: string) => {
    await target.focus();
    await page.keyboard.press(key);
  };
  switch (question.type) {
    case 'single': {
      const option = right
        ? question.options.find((candidate) => candidate.correct)
        : question.options.find((candidate) => !candidate.correct);
      await keyOn(block.getByRole('radio', { name: option?.text ?? '' }), 'Space');
      break;
    }
    case 'multiple': {
      const chosen = right
        ? question.options.filter((option) => option.correct)
        : question.options.filter((option) => !option.correct).slice(0, 1);
      for (const option of chosen)
        await keyOn(block.getByRole('checkbox', { name: option.text }), 'Space');
      break;
    }
    case 'order': {
      if (!right) break;
      // Bring each item, in the correct order, up to its place.
      for (const [target, item] of question.items.entries()) {
        for (let guard = 0; guard < 10; guard++) {
          const texts = await block.locator('.order-text').allTextContents();
          if (texts.indexOf(item.text) <= target) break;
          await keyOn(block.getByRole('button', { name: `Move “${item.text}” up` }), 'Enter');
        }
      }
      break;
    }
    case 'match':
      for (const pair of question.pairs) {
        const wanted = right
          ? pair.driver
          : (driverIds.find((driver) => driver !== pair.driver) ?? pair.driver);
        const select = block.getByLabel(pair.text);
        await select.focus();
        for (let step = 0; step <= driverIds.indexOf(wanted); step++)
          await page.keyboard.press('ArrowDown');
        await expect(select).toHaveValue(wanted);
      }
      break;
  }
}

/** The quiz hydrates when it scrolls into view (client:visible); wait until it is live. */
async function openQuiz(page: Page, lesson = 'trust-outweighs-price') {
  await page.goto(`/lessons/${lesson}/`);
  await page.locator('.knowledge-check').scrollIntoViewIfNeeded();
  await expect(page.locator('.knowledge-check astro-island')).not.toHaveAttribute('ssr', '');
}

function blockFor(page: Page, question: Question): Locator {
  return page
    .locator('.question-block')
    .filter({ has: page.getByText(question.prompt, { exact: true }) });
}

test.describe('a lesson’s knowledge check', () => {
  test('a wrong answer shows that option’s feedback, a right one shows Correct', async ({
    page,
  }) => {
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
  });

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

  test('a keyboard-only run with wrong answers fails, and shows the drivers behind the misses and a review', async ({
    page,
  }) => {
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
  });

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
