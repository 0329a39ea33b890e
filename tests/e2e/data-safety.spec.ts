/**
 * No data loss, tried as an attacker would: ids named like built-in properties, the 501st run of
 * a scenario, a replace-import while another tab is open, a resume address on another site, and
 * stored progress damaged in every way. The learner always keeps what can be read and has a way on.
 */
import { test, expect } from './fixtures';
import { lessonPaths } from './course';
import { onSite } from './base-path';
import {
  PROGRESS_KEY,
  playFirstChoicesToEnd,
  storeProgress,
  storedProgress,
} from './progress-helpers';

const T = '2026-11-20T09:00:00.000Z';

function run(minute: number) {
  const finishedAt = new Date(Date.UTC(2026, 9, 1) + minute * 60_000).toISOString();
  return {
    id: `${finishedAt}|match-today`,
    finishedAt,
    ending: 'one-off-price-war',
    outcome: 'one-off',
    drivers: {
      intention: 40,
      competence: 40,
      customerFocus: 40,
      communication: 40,
      valueCreation: 40,
    },
    deal: 1_000_000,
    scale: 10,
    path: ['match-today'],
  };
}

const withBuiltInIds = {
  version: 1,
  lessons: {
    constructor: { visitedAt: T },
    'trust-outweighs-price': { visitedAt: T, completedAt: T },
  },
  quizzes: {
    constructor: { lastAnswers: {}, best: 1, questions: 3, attempts: 1, lastAt: T },
  },
  scenarios: { constructor: { runs: [run(1)], endings: ['one-off-price-war'] } },
  updatedAt: T,
};

async function importFile(page: import('@playwright/test').Page, document: unknown) {
  await page.getByLabel('Import progress').setInputFiles({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(document)),
  });
}

test.describe('defect 1: an id named like a built-in property', () => {
  for (const mode of ['Merge with this device', 'Replace'] as const) {
    test(`imports by "${mode}" and the dashboard shows it`, async ({ page }) => {
      await page.goto(lessonPaths[0]);
      await expect.poll(async () => JSON.stringify(await storedProgress(page))).toContain('trust');
      await page.goto('/progress/');
      await importFile(page, withBuiltInIds);
      const dialog = page.getByRole('dialog', { name: 'Import this progress?' });
      await dialog.getByRole('radio', { name: new RegExp(mode) }).check();
      await dialog.getByRole('button', { name: 'Import' }).click();
      await expect(dialog).toBeHidden();
      await expect(
        page.getByRole('status').filter({ hasText: 'Progress imported.' }),
      ).toBeVisible();
      await expect(page.getByText(/1 of 8 lessons completed/)).toBeVisible();
      await expect(
        page.getByText(/belong to lessons or scenarios this course doesn’t have/),
      ).toBeVisible();
      await page.reload();
      await expect(page.getByText(/1 of 8 lessons completed/)).toBeVisible();
      expect(JSON.stringify(await storedProgress(page))).toContain('"constructor"');
    });
  }

  test('stored on the device, every page and the dashboard still work', async ({ page }) => {
    await storeProgress(page, withBuiltInIds);
    await page.goto(lessonPaths[1]);
    await expect(
      page.getByRole('navigation', { name: 'Course outline' }).locator('[data-status="completed"]'),
    ).toHaveText('Completed');
    await page.goto('/progress/');
    await expect(page.getByText(/1 of 8 lessons completed/)).toBeVisible();
    await expect(page.getByText('Loading your progress…')).toHaveCount(0);
  });
});

test('defect 2: the 501st run keeps the dashboard, with the latest 500 runs', async ({ page }) => {
  const runs = Array.from({ length: 500 }, (_, minute) => run(minute));
  await storeProgress(page, {
    version: 1,
    lessons: {},
    quizzes: {},
    scenarios: { 'discount-request': { runs, endings: ['one-off-price-war'] } },
    updatedAt: T,
  });
  await page.goto('/scenarios/discount-request/');
  await playFirstChoicesToEnd(page);
  await expect(page.locator('#debrief-title')).toBeVisible();
  await expect
    .poll(async () => {
      const stored = await storedProgress(page);
      const scenarios = stored['scenarios'] as Record<string, { runs: { finishedAt: string }[] }>;
      return scenarios['discount-request']?.runs.at(-1)?.finishedAt.slice(0, 4);
    })
    .toBe(String(new Date().getUTCFullYear()));

  await page.goto('/progress/');
  await expect(page.getByText(/your latest 500 runs are kept/)).toBeVisible();
  await expect(page.getByText(/couldn’t be read/)).toHaveCount(0);
});

test('defect 3: a replace-import is not undone by another open tab', async ({ page, context }) => {
  const lessonTab = page;
  await lessonTab.goto(lessonPaths[0]);
  await expect.poll(async () => JSON.stringify(await storedProgress(lessonTab))).toContain('trust');
  await lessonTab.goto(lessonPaths[4]);
  await expect
    .poll(async () => Object.keys((await storedProgress(lessonTab))['lessons'] as object).length)
    .toBe(2);

  const dashboard = await context.newPage();
  await dashboard.goto('/progress/');
  await importFile(dashboard, {
    version: 1,
    lessons: { 'becoming-a-trusted-advisor': { visitedAt: T } },
    quizzes: {},
    scenarios: {},
    updatedAt: T,
  });
  const dialog = dashboard.getByRole('dialog', { name: 'Import this progress?' });
  await dialog.getByRole('radio', { name: /Replace/ }).check();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dashboard.getByText('Visited')).toHaveCount(1);

  // The older tab, which still showed the replaced progress, now writes.
  await lessonTab.getByRole('button', { name: 'Mark this lesson complete' }).click();
  await expect
    .poll(async () => Object.keys((await storedProgress(lessonTab))['lessons'] as object).sort())
    .toEqual(['becoming-a-trusted-advisor', 'loyalty-beyond-trust']);
  await dashboard.reload();
  await expect(dashboard.getByText('Visited', { exact: true })).toHaveCount(1);
  await expect(dashboard.getByText('Completed', { exact: true })).toHaveCount(1);
});

test('defect 4: "Continue" never leads to another site', async ({ page }) => {
  await storeProgress(page, {
    version: 1,
    lessons: { 'trust-outweighs-price': { visitedAt: T } },
    quizzes: {},
    scenarios: {},
    lastLocation: { href: '//evil.example/x', title: 'Why trust outweighs price', at: T },
    updatedAt: T,
  });
  // A page that only shows progress reads what it can and offers nothing off this site.
  await page.goto('/');
  await expect(page.getByRole('link', { name: /^Continue:/ })).toBeHidden();
  for (const link of await page.getByRole('link').all()) {
    const href = (await link.getAttribute('href')) ?? '';
    expect(href.startsWith('//'), href).toBe(false);
  }
  // A page that records progress repairs it, keeps the original and says so.
  await page.goto(lessonPaths[1]);
  await expect(
    page.getByRole('status').filter({ hasText: 'Everything readable was kept' }),
  ).toBeVisible();
  // The lesson visited is kept, and the resume place returns once the learner reads again.
  await page.goto(lessonPaths[2]);
  await expect
    .poll(async () => JSON.stringify(await storedProgress(page)))
    .toContain(lessonPaths[2]);
  await page.goto('/');
  await expect(page.getByRole('link', { name: /^Continue:/ })).toHaveAttribute(
    'href',
    onSite(lessonPaths[2]),
  );
});

test.describe('a way out, however damaged the stored progress', () => {
  const damaged = {
    'not JSON': '{"version": 1, "lessons": [oops',
    'a newer version': JSON.stringify({ version: 7, lessons: {} }),
    'not progress': '[1, 2, 3]',
    'impossible values': JSON.stringify({
      version: 1,
      lessons: {
        'trust-outweighs-price': { visitedAt: '2024-99-99T00:00:00.000Z' },
        'partnership-mindset': { visitedAt: T },
      },
      quizzes: {
        'trust-outweighs-price': {
          lastAnswers: {},
          best: 999999,
          questions: 3,
          attempts: 1,
          lastAt: T,
        },
      },
      scenarios: { constructor: 'nothing' },
      updatedAt: T,
    }),
  };
  for (const [kind, raw] of Object.entries(damaged)) {
    test(`${kind}: the dashboard shows what it could read and offers the kept copy`, async ({
      page,
    }) => {
      await storeProgress(page, raw);
      await page.goto('/progress/');
      await expect(page.getByRole('heading', { name: 'Course completion' })).toBeVisible();
      await expect(page.getByText('Loading your progress…')).toHaveCount(0);
      await expect(
        page.getByRole('heading', { name: 'Progress that couldn’t be read' }),
      ).toBeVisible();
      await expect(page.getByRole('button', { name: 'Download the copy' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Reset progress' })).toBeVisible();
      if (kind === 'impossible values') {
        await expect(
          page.getByText(/Everything readable has been kept \(3 items left out\)/),
        ).toBeVisible();
        await expect(page.getByText('Visited')).toHaveCount(1);
      }
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download the copy' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^shinrai-unreadable-\d{4}-\d{2}-\d{2}\.json$/);
      await page.getByRole('button', { name: 'Delete the copy' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'The copy was deleted.' }),
      ).toBeVisible();
      const kept = await page.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith('shinrai:progress:unreadable:')),
      );
      expect(kept).toEqual([]);
    });
  }

  test.describe('for a learner in Tokyo', () => {
    test.use({ timezoneId: 'Asia/Tokyo' });
    test('a copy kept by an earlier version can be recovered into the current progress', async ({
      page,
    }) => {
      await page.goto('/about/');
      await page.evaluate(
        ([key, earlier]) => {
          localStorage.setItem(`shinrai:progress:unreadable:2026-10-01T00:00:00.000Z`, earlier);
          localStorage.removeItem(key);
        },
        [
          PROGRESS_KEY,
          JSON.stringify({
            version: 1,
            lessons: { 'true-intention': { visitedAt: T, completedAt: T } },
            quizzes: {},
            scenarios: {
              'discount-request': {
                runs: Array.from({ length: 501 }, (_, i) => run(i)),
                endings: [],
              },
            },
            updatedAt: T,
          }),
        ] as const,
      );
      await page.goto('/progress/');
      await expect(page.getByText('Copy kept on Oct 1, 2026, 9:00 AM')).toBeVisible();
      await page.getByRole('button', { name: 'Recover what can be read' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Recovered.' })).toBeVisible();
      await expect(page.getByText(/1 of 8 lessons completed/)).toBeVisible();
      await expect(page.getByText(/your latest 500 runs are kept/)).toBeVisible();
    });
  });
});

test('nearly full storage is announced before a write fails', async ({ page }) => {
  await page.goto('/about/');
  await page.evaluate(() => {
    localStorage.setItem('someone-else', 'x'.repeat(4_500_000));
  });
  await page.goto(lessonPaths[0]);
  await expect(
    page.getByRole('status').filter({ hasText: /space for Shinrai is \d+% full/ }),
  ).toBeVisible();
  await page.goto('/progress/');
  await expect(
    page.locator('.dashboard').getByText(/space for Shinrai is \d+% full\. Export your progress/),
  ).toBeVisible();
});
