/** The LMS launch page on the website: without an LMS it is the website as it always was. */
import { test, expect } from './fixtures';
import { onSite } from './base-path';

test('opened outside an LMS, the launch page goes to the home page', async ({ page }) => {
  await page.goto('/lms/launch/');
  await expect(page).toHaveURL(new RegExp(`${onSite('/')}$`));
  await expect(page.getByRole('link', { name: 'Start the course' })).toBeVisible();
});
