/**
 * Page budgets as the browser pays them: every built page is opened in Chromium as a first
 * visit, with the cache off, and what it fetches without interaction is held to its budget in
 * tests/tools/budgets.ts. Pages run one after another in one test per kind, reusing the page.
 */
import { globSync } from 'node:fs';
import { test, expect } from './fixtures';
import { budgetFor, cssBudgetGzip } from '../tools/budgets';
import { measureInBrowser, type Weighed } from '../tools/browser-weight';
import { builtPages, distDir, measurePage } from '../tools/page-weight';
import { onSite } from './base-path';

const pages = builtPages(distDir, globSync(`${distDir}/**/*.html`));

const kinds = new Map<string, string[]>();
for (const page of pages) {
  const { kind } = budgetFor(page);
  kinds.set(kind, [...(kinds.get(kind) ?? []), page]);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const listed = (weighed: Weighed) =>
  weighed.parts.map((part) => `\n  ${kb(part.gzip).padStart(8)}  ${part.url}`).join('');

test('every built page is measured', () => {
  expect(pages).toContain('/');
  expect(pages.length).toBeGreaterThan(10);
});

for (const [kind, group] of kinds) {
  const count = group.length === 1 ? '1 page' : `${group.length} pages`;
  test(`${kind}, ${count}: JavaScript and CSS within budget`, async ({ page, baseURL }) => {
    test.setTimeout(15_000 * group.length);
    if (kind === 'LMS launch page') {
      // Outside an LMS the launch page leaves for the home page; measure it as an LMS opens it,
      // with a SCORM 2004 API that accepts every call.
      await page.addInitScript(() => {
        const yes = () => 'true';
        Object.assign(window, {
          API_1484_11: {
            Initialize: yes,
            Terminate: yes,
            GetValue: () => '',
            SetValue: yes,
            Commit: yes,
            GetLastError: () => '0',
            GetErrorString: () => '',
            GetDiagnostic: () => '',
          },
        });
      });
    }
    for (const path of group) {
      const budget = budgetFor(path);
      const weight = await measureInBrowser(page, new URL(onSite(path), baseURL));
      expect
        .soft(
          weight.js.gzip,
          `${path} (${kind}): ${kb(weight.js.gzip)} gzip of JavaScript without interaction, ` +
            `over its ${kb(budget.jsGzip)} budget, in ${weight.js.files} files:${listed(weight.js)}\n`,
        )
        .toBeLessThanOrEqual(budget.jsGzip);
      expect
        .soft(
          weight.css.gzip,
          `${path} (${kind}): ${kb(weight.css.gzip)} gzip of CSS, over its ${kb(cssBudgetGzip)} ` +
            `budget, in ${weight.css.files} files:${listed(weight.css)}\n`,
        )
        .toBeLessThanOrEqual(cssBudgetGzip);
      // The static reading of dist/ is a lower bound: a script it finds that the browser did
      // not fetch means this measurement missed something, not that the page is lighter.
      const fetched = new Set(weight.js.parts.map((part) => part.url));
      expect
        .soft(
          measurePage(distDir, path).jsFiles.filter((file) => !fetched.has(file)),
          `${path}: scripts the static reading of dist/ lists but the browser never fetched`,
        )
        .toEqual([]);
    }
  });
}
