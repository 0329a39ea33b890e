import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { lessonPaths } from './course';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

const results = (page: Page) =>
  page.getByRole('list', { name: 'Search results' }).locator(':scope > li');

test('/search/?q=discount lists the price lesson among the first three results', async ({
  page,
}) => {
  await page.goto('/search/?q=discount');
  await expect(page.getByLabel('Search lessons, scenarios and the glossary')).toHaveValue(
    'discount',
  );
  await expect(results(page).first()).toBeVisible();
  const titles = await results(page).locator('.search-title').allTextContents();
  expect(titles.slice(0, 3)).toContain('Why trust outweighs price');
});

test(
  '"five drivers" finds the five-drivers lesson first, with a sub-result that deep-links to its heading',
  { tag: '@smoke' },
  async ({ page }) => {
    await page.goto('/search/?q=five%20drivers');
    const first = results(page).first();
    await expect(first.locator('.search-title')).toHaveText('The five drivers of trust');
    const sub = first.getByRole('link', { name: 'Intention', exact: true });
    await expect(sub).toHaveAttribute('href', /\/lessons\/five-drivers-of-trust\/#intention$/);
    await sub.click();
    await expect(page).toHaveURL(/#intention$/);
    await expect(
      page.getByRole('heading', { name: 'Intention', exact: true, level: 2 }),
    ).toBeInViewport();
  },
);

test('a filter narrows the results to scenarios', { tag: '@smoke' }, async ({ page }) => {
  await page.goto('/search/?q=discount');
  await expect(results(page).first()).toBeVisible();
  await page.getByRole('checkbox', { name: /^Scenario \(\d+\)$/ }).check();
  await expect(results(page).locator('.search-type').first()).toHaveText('Scenario');
  const types = await results(page).locator('.search-type').allTextContents();
  expect(new Set(types)).toEqual(new Set(['Scenario']));
});

test('keyboard only: / opens search, type, arrow down, Enter lands on the page', async ({
  page,
}) => {
  await page.goto('/lessons/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Search lessons, scenarios and the glossary')).toBeFocused();
  await page.keyboard.type('partnership');
  await expect(dialog.getByRole('status')).toHaveText(/\d+ results?/);
  await page.keyboard.press('ArrowDown');
  const focused = dialog.locator('.search-results a').first();
  await expect(focused).toBeFocused();
  const href = await focused.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href ?? '');
});

test('Escape closes the dialog and returns focus to the Search link', async ({ page }) => {
  await page.goto('/');
  const opener = page.getByRole('link', { name: 'Search' });
  await opener.click();
  await expect(page.getByRole('dialog', { name: 'Search the course' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(opener).toBeFocused();
});

test('a glossary term is found', { tag: '@smoke' }, async ({ page }) => {
  await page.goto('/search/?q=nemawashi');
  const glossary = results(page).filter({
    has: page.locator('.search-type', { hasText: 'Glossary' }),
  });
  await expect(glossary.first()).toBeVisible();
  await expect(
    glossary
      .first()
      .getByRole('link', { name: /Nemawashi/ })
      .first(),
  ).toHaveAttribute('href', /\/glossary\/#nemawashi$/);
});

test('no query suggests searches, and no results suggests the glossary', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByRole('button', { name: 'reorder' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Search lessons, scenarios and the glossary').fill('zzzqqqxx');
  await expect(page.getByText('Nothing matches “zzzqqqxx”.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Browse the glossary instead' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('axe finds no violations with the dialog open and showing results', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.type('trust');
  await expect(dialog.locator('.search-result').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a lesson page that is not searched requests nothing under /pagefind/', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) requested.push(request.url());
  });
  await page.goto(lessonPaths[1]);
  await page.waitForLoadState('networkidle');
  expect(requested).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the search dialog fills the screen', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Search' }).click();
    const box = await page.getByRole('dialog').boundingBox();
    expect(box?.width).toBe(390);
    expect(box?.height).toBe(844);
  });
});
