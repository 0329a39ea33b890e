/** What the progress tests share: the stored document, and playing a scenario to its end. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const PROGRESS_KEY = 'shinrai:progress';

/** Waits until the progress script has written what the page records. */
export async function storedProgress(page: Page): Promise<Record<string, unknown>> {
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY))
    .not.toBeNull();
  return JSON.parse(
    (await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? '{}',
  ) as Record<string, unknown>;
}

/** Stores a document as if an earlier visit had left it, before the course reads it. */
export async function storeProgress(page: Page, document: unknown): Promise<void> {
  await page.goto('/about/');
  await page.evaluate(
    ([key, text]) => {
      localStorage.setItem(key, text);
    },
    [PROGRESS_KEY, typeof document === 'string' ? document : JSON.stringify(document)] as const,
  );
}

export async function playFirstChoicesToEnd(page: Page): Promise<void> {
  const buttons = page.getByRole('group', { name: 'Your response' }).getByRole('button');
  for (let step = 0; step < 30; step++) {
    if (await page.locator('#debrief-title').isVisible()) return;
    await buttons.first().click();
  }
}
