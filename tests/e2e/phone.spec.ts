/**
 * Phone-first, every state: at 320, 360 and 390 px the document is never wider than the screen,
 * and every control is a comfortable tap, not only on first load but after play, with answers
 * checked, results shown and dialogs open.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { lessonPaths } from './course';
import { answerByKeyboard, blockFor, loadQuiz, openQuiz } from './quiz-helpers';
import { drawQuestions } from '../../src/lib/quiz/draw';

/** The document fits the screen: nothing to scroll sideways. */
async function expectFits(page: Page, state: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${state}: the page is wider than the screen`).toBe(0);
}

/** Every visible control is at least 44 px tall, so a thumb can hit it. */
async function expectTouchTargets(page: Page, state: string) {
  const small = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'button, a.button, select, label.option, label.search-filter, summary, input[type="number"]',
      ),
    ]
      .filter((element) => element.checkVisibility())
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.height > 0 && box.height < 44)
      .map(
        ({ element, box }) =>
          `${element.tagName} "${element.textContent.trim().slice(0, 40)}" ${Math.round(box.height)}px`,
      ),
  );
  expect(small, `${state}: controls smaller than 44 px`).toEqual([]);
}

async function expectPhoneReady(page: Page, state: string) {
  await expectFits(page, state);
  await expectTouchTargets(page, state);
}

async function playTo(page: Page, decisions: number) {
  const replies = page.getByRole('group', { name: 'Your response' }).getByRole('button');
  for (let step = 0; step < decisions; step++) {
    if (await page.locator('#debrief-title').isVisible()) return;
    await replies.last().click();
  }
}

for (const width of [320, 360, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('a scenario mid-play, at its debrief, with the map as a list, and after a rewind', async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await page.goto('/scenarios/hidden-defect/');
      await expectPhoneReady(page, 'start');
      await playTo(page, 2);
      await expectPhoneReady(page, 'mid-play');
      await playTo(page, 30);
      await expect(page.locator('#debrief-title')).toBeVisible();
      await expectPhoneReady(page, 'debrief');
      await page.getByText('The map as a list').click();
      await expectPhoneReady(page, 'map as a list');
      // The what-if buttons can be tapped: Playwright refuses a click on a covered button.
      await page.getByRole('button', { name: /Replay from decision 2/ }).click();
      await expect(page.locator('#debrief-title')).toBeHidden();
      await expectPhoneReady(page, 'after a rewind');
      await playTo(page, 30);
      await expect(page.getByText(/Compared with your first run/i).first()).toBeVisible();
      await expectPhoneReady(page, 'second debrief');
    });

    test('a lesson quiz with every question answered right, then wrong', async ({ page }) => {
      test.setTimeout(60_000);
      const quiz = loadQuiz('five-drivers-of-trust');
      await openQuiz(page, 'five-drivers-of-trust');
      await expectPhoneReady(page, 'quiz ready');
      for (const right of [true, false]) {
        for (const question of quiz.questions) {
          const block = blockFor(page, question);
          if (await block.getByRole('button', { name: 'Try again' }).isVisible()) {
            await block.getByRole('button', { name: 'Try again' }).click();
          }
          await answerByKeyboard(page, block, question, right);
          await block.getByRole('button', { name: 'Check answer' }).click();
        }
        await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
        await expectPhoneReady(page, right ? 'all answers right' : 'answers wrong');
      }
    });

    test('the final assessment in progress and with its results', async ({ page }) => {
      test.setTimeout(90_000);
      const bank = loadQuiz('final-assessment');
      await page.goto('/assessment/?seed=4242');
      await expect(page.locator('.question-block').first()).toBeVisible();
      const drawn = drawQuestions(bank.questions, bank.draw, 4242);
      for (const question of drawn.slice(0, 3)) {
        await answerByKeyboard(page, blockFor(page, question), question, true);
      }
      await expectPhoneReady(page, 'assessment in progress');
      for (const question of drawn.slice(3)) {
        await answerByKeyboard(page, blockFor(page, question), question, false);
      }
      await page.getByRole('button', { name: 'Submit answers' }).click();
      await expect(page.locator('.quiz-summary')).toBeVisible();
      await expectPhoneReady(page, 'assessment results');
    });

    test('the progress dashboard with data, and each of its dialogs', async ({ page }) => {
      await page.goto(lessonPaths[0]);
      await page.goto('/scenarios/discount-request/');
      await playTo(page, 30);
      await page.goto('/progress/');
      await expect(page.getByText(/1 of \d+ lessons|0 of \d+ lessons/)).toBeVisible();
      await expectPhoneReady(page, 'dashboard');
      await page.getByRole('button', { name: 'Reset progress' }).click();
      await expect(page.getByRole('dialog', { name: 'Reset all progress?' })).toBeVisible();
      await expectPhoneReady(page, 'reset dialog');
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await page.getByLabel('Import progress').setInputFiles({
        name: 'progress.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          JSON.stringify({
            version: 1,
            lessons: { 'true-intention': { visitedAt: '2026-11-01T00:00:00.000Z' } },
            quizzes: {},
            scenarios: {},
            updatedAt: '2026-11-01T00:00:00.000Z',
          }),
        ),
      });
      await expect(page.getByRole('dialog', { name: 'Import this progress?' })).toBeVisible();
      await expectPhoneReady(page, 'import dialog');
    });

    test('search: the dialog and the page, with results and filters', async ({ page }) => {
      await page.goto('/lessons/');
      await page.getByRole('link', { name: 'Search' }).click();
      await page.getByRole('searchbox').fill('nemawashi');
      await expect(page.locator('.search-result').first()).toBeVisible();
      await expectPhoneReady(page, 'search dialog with results');
      await page.goto('/search/?q=discount');
      await expect(page.locator('.search-result').first()).toBeVisible();
      await page.getByRole('checkbox', { name: /^Scenario \(\d+\)$/ }).check();
      await expectPhoneReady(page, 'search page filtered');
    });
  });
}

test.describe('the presenter views at 768 px portrait', () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  test('the audience view and the console fit, in every phase of a decision', async ({ page }) => {
    await page.goto('/present/discount-request/');
    await expectFits(page, 'presenter intro');
    for (let step = 0; step < 6; step++) {
      await page.keyboard.press('ArrowRight');
      await expectFits(page, `presenter step ${step + 1}`);
    }
    await page.goto('/present/discount-request/console/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectPhoneReady(page, 'console');
  });
});
