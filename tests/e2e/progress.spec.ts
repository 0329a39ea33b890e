import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { lessonPaths, lessonTitles } from './course';
import { PROGRESS_KEY, playFirstChoicesToEnd, storedProgress } from './progress-helpers';

const KEY = PROGRESS_KEY;

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

async function visitLesson(page: Page, index: number) {
  await page.goto(lessonPaths[index] ?? '/');
  await expect
    .poll(async () => JSON.stringify(await storedProgress(page)))
    .toContain(lessonPaths[index]?.split('/')[2] ?? '');
}

test(
  'a scenario ending and a finished lesson survive a reload',
  { tag: '@smoke' },
  async ({ page }) => {
    await page.goto('/scenarios/discount-request/');
    await playFirstChoicesToEnd(page);
    await expect(page.getByText(/Endings found: 1 of \d+/)).toBeVisible();

    await page.goto(lessonPaths[0]);
    await page.locator('#lesson-end').scrollIntoViewIfNeeded();
    const outline = page.getByRole('navigation', { name: 'Course outline' });
    await expect(outline.locator('[data-status="completed"]')).toHaveText('Completed');

    await page.reload();
    await expect(
      page.getByRole('navigation', { name: 'Course outline' }).locator('[data-status="completed"]'),
    ).toHaveText('Completed');
    await page.goto('/progress/');
    await expect(page.getByText(/1 of 8 lessons completed/)).toBeVisible();
    await expect(page.getByText(/Endings found: 1 of \d+/)).toBeVisible();
    await page.goto('/scenarios/discount-request/');
    await playFirstChoicesToEnd(page);
    await expect(page.getByText(/Endings found: 1 of \d+/)).toBeVisible();
  },
);

test('the dashboard counts scenario runs in words: 1 run, then 2 runs', async ({ page }) => {
  const runs = page
    .getByRole('region', { name: 'Role-play scenarios' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'The 15% discount request' }) });
  for (const expected of ['1 run', '2 runs']) {
    await page.goto('/scenarios/discount-request/');
    await playFirstChoicesToEnd(page);
    await expect(page.locator('#debrief-title')).toBeVisible();
    await page.goto('/progress/');
    await expect(runs).toContainText(new RegExp(` · ${expected}$`));
  }
});

test(
  'the home page offers to continue where the learner stopped',
  { tag: '@smoke' },
  async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: /^Continue:/ })).toBeHidden();
    await visitLesson(page, 2);
    await page.goto('/');
    await page.getByRole('link', { name: `Continue: ${lessonTitles[2]}` }).click();
    await expect(page).toHaveURL(new RegExp(lessonPaths[2]));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessonTitles[2]);
  },
);

test('the lesson list marks visited lessons with a word, not only a colour', async ({ page }) => {
  await visitLesson(page, 1);
  await page.goto('/lessons/');
  const item = page.getByRole('list', { name: 'Lessons' }).getByRole('listitem').nth(1);
  await expect(item.getByText('Visited')).toBeVisible();
});

test('export, reset and import bring everything back', { tag: '@smoke' }, async ({ page }) => {
  await visitLesson(page, 0);
  await visitLesson(page, 3);
  await page.goto('/progress/');
  await expect(page.getByText('Visited')).toHaveCount(2);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^shinrai-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();

  await page.getByRole('button', { name: 'Reset progress' }).click();
  const resetDialog = page.getByRole('dialog', { name: 'Reset all progress?' });
  await expect(resetDialog).toBeVisible();
  await expectNoAxeViolations(page);
  await resetDialog.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByText('Visited')).toHaveCount(0);
  await expect(page.getByText('0 of 8 lessons completed')).toBeVisible();

  await page.getByLabel('Import progress').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: readFileSync(file),
  });
  const importDialog = page.getByRole('dialog', { name: 'Import this progress?' });
  await expect(importDialog).toBeVisible();
  await expect(importDialog.getByText(/2 lessons visited/)).toBeVisible();
  await expect(importDialog.getByRole('radio', { name: /Merge with this device/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await importDialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText('Visited')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'Progress imported.' })).toBeVisible();
});

test('reset can be undone until the next reset', async ({ page }) => {
  await visitLesson(page, 5);
  await page.goto('/progress/');
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByText('Visited')).toHaveCount(0);
  await page.getByRole('button', { name: 'Restore progress from before the reset' }).click();
  await expect(page.getByText('Visited')).toHaveCount(1);
});

test('importing garbage explains the problem and changes nothing', async ({ page }) => {
  await visitLesson(page, 0);
  await page.goto('/progress/');
  const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
  const input = page.getByLabel('Import progress');

  await input.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('not json at all'),
  });
  await expect(page.getByRole('alert')).toHaveText(/isn’t JSON/);
  await input.setInputFiles({
    name: 'future.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version": 99}'),
  });
  await expect(page.getByRole('alert')).toHaveText(/newer version of Shinrai \(version 99\)/);
  await input.setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        version: 1,
        lessons: { '<script>': {} },
        quizzes: {},
        scenarios: {},
        updatedAt: 'now',
      }),
    ),
  });
  await expect(page.getByRole('alert')).toHaveText(/damaged/);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
  await expect(page.getByText('Visited')).toHaveCount(1);
});

test('an import with unknown ids shows only what the course knows, and says so', async ({
  page,
}) => {
  await page.goto('/progress/');
  const foreign = {
    version: 1,
    lessons: { 'not-a-lesson': { visitedAt: '2026-11-01T00:00:00.000Z' } },
    quizzes: {},
    scenarios: {},
    updatedAt: '2026-11-01T00:00:00.000Z',
  };
  await page.getByLabel('Import progress').setInputFiles({
    name: 'foreign.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(foreign)),
  });
  await page.getByRole('dialog').getByRole('button', { name: 'Import' }).click();
  await expect(
    page.getByText(
      /1 item in your progress belongs to a lesson or scenario this course doesn’t have/,
    ),
  ).toBeVisible();
  await expect(page.getByText('not-a-lesson')).toHaveCount(0);
});

test.describe('corrupt stored progress', () => {
  test(
    'leads to a notice, a working course and the old value kept under a backup key',
    { tag: '@smoke' },
    async ({ page }) => {
      await page.goto('/about/');
      await page.evaluate((key) => {
        localStorage.setItem(key, '{"version": 1, "lessons": [oops');
      }, KEY);
      await page.goto(lessonPaths[0]);
      await expect(page.getByRole('status').filter({ hasText: 'couldn’t be read' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessonTitles[0]);
      // The quick reader shows the notice at once; the store keeps the copy once it has loaded.
      await expect
        .poll(() =>
          page.evaluate(() =>
            Object.keys(localStorage)
              .filter((key) => key.startsWith('shinrai:progress:unreadable:'))
              .map((key) => localStorage.getItem(key)),
          ),
        )
        .toEqual(['{"version": 1, "lessons": [oops']);
      // The course goes on recording from a fresh start.
      await expect
        .poll(async () => JSON.stringify(await storedProgress(page)))
        .toContain('trust-drives-sales-in-japan');
      await page.goto('/progress/');
      await expect(
        page.getByRole('heading', { name: 'Progress that couldn’t be read' }),
      ).toBeVisible();
      await expect(
        page.getByText(/Copy kept on [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M/),
      ).toBeVisible();
    },
  );
});

test.describe('storage that refuses to save', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
  });

  test('leads to a notice and a course that still works', async ({ page }) => {
    await page.goto(lessonPaths[1]);
    await expect(
      page.getByRole('status').filter({ hasText: 'can’t be saved on this device' }),
    ).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Lesson navigation' })
      .getByRole('link', { name: /^Next/ })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessonTitles[2]);
    await page.goto('/scenarios/discount-request/');
    await playFirstChoicesToEnd(page);
    await expect(page.locator('#debrief-title')).toBeVisible();
    await page.goto('/progress/');
    await expect(page.getByText(/isn’t letting Shinrai save/)).toBeVisible();
  });
});

test('two tabs see each other’s progress and neither overwrites the other', async ({
  page,
  context,
}) => {
  const dashboard = page;
  await dashboard.goto('/progress/');
  await expect(dashboard.getByText('Visited')).toHaveCount(0);

  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/about/');
  await second.goto('/about/');
  await first.goto(lessonPaths[0]);
  await second.goto(lessonPaths[1]);
  await expect
    .poll(async () => Object.keys((await storedProgress(second))['lessons'] as object).sort())
    .toEqual(['trust-drives-sales-in-japan', 'trust-outweighs-price']);
  // The open dashboard updated itself from the other tabs.
  await expect(dashboard.getByText('Visited')).toHaveCount(2);
});

test('axe finds no violations on the progress page, empty and in use', async ({ page }) => {
  await page.goto('/progress/');
  await expect(page.getByText('Nothing here yet.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  await visitLesson(page, 0);
  await page.goto('/scenarios/discount-request/');
  await playFirstChoicesToEnd(page);
  await page.goto('/progress/');
  await expect(
    page.getByRole('img', { name: /^Scale position of your last scenario run,/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('axe finds no violations on the progress page', async ({ page }) => {
    await visitLesson(page, 0);
    await page.goto('/progress/');
    await expect(page.getByText('Visited')).toHaveCount(1);
    await expectNoAxeViolations(page);
  });
});

test('a lesson can be marked complete from its header', async ({ page }) => {
  await page.goto(lessonPaths[4]);
  await page.getByRole('button', { name: 'Mark this lesson complete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lesson completed' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark this lesson complete' })).toBeHidden();
  await page.goto('/lessons/');
  await expect(
    page.getByRole('list', { name: 'Lessons' }).getByRole('listitem').nth(4).getByText('Completed'),
  ).toBeVisible();
});
