import { test, expect } from './fixtures';
import { onSite } from './base-path';
import { contentPages, lessonPaths, lessonTitles } from './course';

test(
  'a learner walks from the home page through every lesson to the conclusion',
  { tag: '@smoke' },
  async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Start the course' }).click();

    for (const [index, title] of lessonTitles.entries()) {
      // A loaded machine may take a while to open the next lesson.
      await expect(page).toHaveURL(onSite(lessonPaths[index] ?? ''), { timeout: 15_000 });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(
        page.getByRole('main').getByText(`Lesson ${index + 1} of ${lessonTitles.length}`),
      ).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Key takeaway' })).toBeVisible();

      const pager = page.getByRole('navigation', { name: 'Lesson navigation' });
      if (index < lessonTitles.length - 1) {
        await pager.getByRole('link', { name: /^Next/ }).click();
      } else {
        await expect(pager.getByRole('link', { name: /^Next/ })).toHaveCount(0);
        await expect(pager.getByText('You have reached the end of the course.')).toBeVisible();
      }
    }
  },
);

test('the previous link goes back one lesson', async ({ page }) => {
  await page.goto(lessonPaths[2]);
  await page
    .getByRole('navigation', { name: 'Lesson navigation' })
    .getByRole('link', { name: /^Previous/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessonTitles[1]);
});

test('the lesson list shows every lesson in order with its summary and minutes', async ({
  page,
}) => {
  await page.goto('/lessons/');
  const items = page.getByRole('list', { name: 'Lessons' }).getByRole('listitem');
  await expect(items).toHaveCount(lessonTitles.length);
  for (const [index, title] of lessonTitles.entries()) {
    const item = items.nth(index);
    await expect(item.getByRole('link')).toHaveText(title);
    await expect(item.getByText(/\d+ minute read/)).toBeVisible();
  }
});

test('the outline marks the current lesson, and only that one', async ({ page }) => {
  await page.goto(lessonPaths[4]);
  const outline = page.getByRole('navigation', { name: 'Course outline' });
  const current = outline.locator('[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText(lessonTitles[4]);
  await expect(outline.getByRole('link')).toHaveCount(lessonTitles.length);
});

test('breadcrumbs lead back to the lesson list', async ({ page }) => {
  await page.goto(lessonPaths[0]);
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByText(lessonTitles[0])).toHaveAttribute('aria-current', 'page');
  await crumbs.getByRole('link', { name: 'Lessons' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessons');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the outline is collapsed until opened', async ({ page }) => {
    await page.goto(lessonPaths[3]);
    const outline = page.getByRole('navigation', { name: 'Course outline' });
    const firstLesson = outline.getByRole('link', { name: lessonTitles[0] });
    await expect(firstLesson).toBeHidden();
    await outline.getByText('Course outline').click();
    await expect(firstLesson).toBeVisible();
  });

  for (const path of contentPages) {
    test(`${path} has no horizontal scroll`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    });
  }
});

test('on a wide screen the outline is always open beside the lesson', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(lessonPaths[3]);
  const outline = page.getByRole('navigation', { name: 'Course outline' });
  await expect(outline.getByRole('link', { name: lessonTitles[0] })).toBeVisible();
});

test(
  'an unknown address shows a friendly page with a way back',
  { tag: '@smoke' },
  async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page');
    await page.getByRole('link', { name: 'Go to the lessons' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessons');
  },
);

test('the about page credits the source article and its author', async ({ page }) => {
  await page.goto('/about/');
  const main = page.getByRole('main');
  await expect(main.getByText('“Building Customer Loyalty”').first()).toBeVisible();
  await expect(main.getByRole('heading', { name: 'The author' })).toBeVisible();
  await expect(main.getByText(/Dr\. Greg Story/).first()).toBeVisible();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(lessonPaths[0]);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});
