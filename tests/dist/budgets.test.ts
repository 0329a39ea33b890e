/**
 * A fast cross-check only: the budgets hold what the browser fetches, in
 * tests/e2e/budgets.spec.ts. Read statically, dist/ misses code loaded by dynamic import(), so
 * its JavaScript figure is a lower bound and is not budgeted here. What it can tell in a second,
 * before the browser runs: every file a page references was built, and linked and inline CSS
 * alone stays within the CSS budget.
 */
import { globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cssBudgetGzip } from '../tools/budgets';
import { builtPages, distDir, measurePage } from '../tools/page-weight';

const pages = builtPages(distDir, globSync(`${distDir}/**/*.html`));

describe('page weights read from dist/', () => {
  it('has a built site to measure', () => {
    expect(pages).toContain('/');
    expect(pages.length).toBeGreaterThan(10);
  });

  for (const page of pages) {
    it(`${page}: every script it references was built, and its CSS is at most ${cssBudgetGzip} B gzip`, () => {
      // measurePage names any referenced file missing from dist/.
      const weight = measurePage(distDir, page);
      expect(
        weight.css.gzip,
        `${page}: CSS is ${weight.css.gzip} B gzip in ${weight.css.files} files (budget ${cssBudgetGzip} B)`,
      ).toBeLessThanOrEqual(cssBudgetGzip);
    });
  }
});
