/** Lighthouse's mobile scores for a few pages, run against the preview server. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { distDir, fileFor } from '../tools/page-weight.ts';
import { launchOptions } from './browser.ts';

export interface LighthouseRow {
  page: string;
  scores?: Record<string, number>;
  lcpMs?: number;
  tbtMs?: number;
  cls?: number;
  error?: string;
}

const debuggingPort = Number(process.env['BENCH_LIGHTHOUSE_PORT'] ?? 9333);

export async function runLighthouse(origin: string, pages: string[]): Promise<LighthouseRow[]> {
  let lighthouse: typeof import('lighthouse').default;
  try {
    lighthouse = (await import('lighthouse')).default;
  } catch (error) {
    return pages.map((page) => ({ page, error: `lighthouse could not load: ${String(error)}` }));
  }
  let browser;
  try {
    browser = await chromium.launch(launchOptions([`--remote-debugging-port=${debuggingPort}`]));
  } catch (error) {
    return pages.map((page) => ({ page, error: `Chromium could not start: ${String(error)}` }));
  }
  const rows: LighthouseRow[] = [];
  try {
    for (const page of pages) {
      if (!existsSync(fileFor(distDir, page))) {
        rows.push({ page, error: 'page not built yet' });
        continue;
      }
      try {
        const result = await lighthouse(`${origin}${page}`, {
          port: debuggingPort,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error('no report');
        const scores = Object.fromEntries(
          Object.entries(lhr.categories).map(([id, category]) => [
            id,
            Math.round((category.score ?? 0) * 100),
          ]),
        );
        rows.push({
          page,
          scores,
          lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
          tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
          cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
        });
      } catch (error) {
        rows.push({ page, error: String(error) });
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}
