import { globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { budgetFor, cssBudgetGzip } from '../tools/budgets';
import { builtPages, distDir, measurePage } from '../tools/page-weight';

const pages = builtPages(distDir, globSync(`${distDir}/**/*.html`));

describe('page budgets', () => {
  it('has a built site to measure', () => {
    expect(pages).toContain('/');
    expect(pages.length).toBeGreaterThan(10);
  });

  for (const page of pages) {
    const budget = budgetFor(page);
    const weight = measurePage(distDir, page);

    it(`${page} (${budget.kind}) ships at most ${budget.jsGzip} B of JavaScript, gzip`, () => {
      expect(
        weight.js.gzip,
        `${page}: JavaScript is ${weight.js.gzip} B gzip in ${weight.js.files} files (budget ${budget.jsGzip} B)`,
      ).toBeLessThanOrEqual(budget.jsGzip);
    });

    it(`${page} ships at most ${cssBudgetGzip} B of CSS, gzip`, () => {
      expect(
        weight.css.gzip,
        `${page}: CSS is ${weight.css.gzip} B gzip in ${weight.css.files} files (budget ${cssBudgetGzip} B)`,
      ).toBeLessThanOrEqual(cssBudgetGzip);
    });
  }
});
