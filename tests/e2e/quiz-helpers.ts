/** What the quiz tests share: the shipped quizzes, opening a quiz once it is live, answering it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect } from './fixtures';
import { quizSchema, type Question, type Quiz } from '../../src/schemas/quiz';
import { driverIds } from '../../src/schemas/driver-ids';

export function loadQuiz(id: string): Quiz {
  const text = readFileSync(
    join(import.meta.dirname, '..', '..', 'content', 'quizzes', `${id}.yaml`),
    'utf8',
  );
  return quizSchema.parse(parse(text));
}

/** Answers one question with the keyboard alone: Space on choices, Enter on move buttons, arrows in selects. */
export async function answerByKeyboard(
  page: Page,
  block: Locator,
  question: Question,
  right: boolean,
) {
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

/** The quiz wakes as it nears the screen and is live once its questions and saved answers are in. */
export async function openQuiz(page: Page, lesson = 'trust-outweighs-price') {
  await page.goto(`/lessons/${lesson}/`);
  await page.locator('.knowledge-check').scrollIntoViewIfNeeded();
  await expect(page.locator('.knowledge-check .question-block').first()).toBeVisible();
  await expect(page.locator('.knowledge-check [aria-busy="true"]')).toHaveCount(0);
}

export function blockFor(page: Page, question: Question): Locator {
  return page
    .locator('.question-block')
    .filter({ has: page.getByText(question.prompt, { exact: true }) });
}
