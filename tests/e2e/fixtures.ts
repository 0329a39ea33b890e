/**
 * The shared test: every end-to-end test fails if the page asks another origin for anything,
 * logs a console error, or trips the Content Security Policy. Its pages put the paths tests
 * write under the site's base path (see ./base-path.ts).
 */
import { test as base, expect, type Page } from '@playwright/test';
import { onSite } from './base-path';

/** The page, with goto taking site paths under the base path. */
function onBase(page: Page): Page {
  const goto = page.goto.bind(page);
  page.goto = (url, options) => goto(onSite(url), options);
  return page;
}

export const test = base.extend<{ guard: undefined; expectedErrors: RegExp[] }>({
  // Site paths ("/lessons/x/") go under the base path the site is served from, in every tab
  // (the default page is made by the context too).
  context: async ({ context }, use) => {
    const newPage = context.newPage.bind(context);
    context.newPage = async () => onBase(await newPage());
    await use(context);
  },
  /** Console errors a test provokes on purpose, such as a fetch it makes fail. */
  expectedErrors: [[], { option: true }],
  guard: [
    async ({ page, baseURL, expectedErrors }, use) => {
      const problems: string[] = [];
      const ownOrigin = new URL(baseURL ?? 'http://localhost:4321').origin;

      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return;
        if (new URL(url).origin !== ownOrigin) problems.push(`request to another origin: ${url}`);
      });
      // A page that is itself a 404 (the friendly not-found page) makes Chromium log its status;
      // that is the page working, not failing. Any other 404 is still reported.
      const notFoundDocuments = new Set<string>();
      page.on('response', (response) => {
        if (response.status() === 404 && response.request().isNavigationRequest()) {
          notFoundDocuments.add(response.url());
        }
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (notFoundDocuments.has(message.location().url)) return;
        if (expectedErrors.some((pattern) => pattern.test(message.text()))) return;
        problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });

      await use(undefined);

      expect(problems, 'the page stayed on its own origin with no errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
