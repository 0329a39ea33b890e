/**
 * The first search on a lesson page, as a learner makes it: open the site's search, type
 * "discount" at 60 ms a key, and wait for results. Reports every byte that fetched (gzip) and
 * the time from the last key to the first result painted, the median of three first visits.
 * Works for Shinrai and for the Starlight build beside it.
 */
import type { Locator, Page } from '@playwright/test';
import { measureFirstUse, measureInBrowser, type FirstUse } from '../tools/browser-weight.ts';
import { lastInputToPaint, record, recorded } from './in-page.ts';
import { median } from './browser.ts';

export interface SearchUi {
  /** Opens the search and answers the box to type in. */
  open: (page: Page) => Promise<Locator>;
  /** A CSS selector for one result in the list. */
  result: string;
}

export interface FirstSearch {
  query: string;
  /** What opening search and the query fetched, from the first of the runs. */
  fetched: FirstUse;
  totalGzip: number;
  /** Last key to first result painted, one per run, ms. */
  samples: number[];
  medianMs: number;
}

export const query = 'discount';

export async function firstSearch(
  page: Page,
  lessonUrl: string,
  ui: SearchUi,
  runs = 3,
): Promise<FirstSearch> {
  const samples: number[] = [];
  let fetched: FirstUse | undefined;
  for (let run = 0; run < runs; run++) {
    await measureInBrowser(page, lessonUrl);
    const use = await measureFirstUse(page, `searching for “${query}”`, async () => {
      const box = await ui.open(page);
      await record(page, { selector: ui.result });
      await box.pressSequentially(query, { delay: 60 });
      await page.locator(ui.result).first().waitFor({ timeout: 15_000 });
    });
    fetched ??= use;
    const time = lastInputToPaint(await recorded(page));
    if (time !== undefined) samples.push(time);
  }
  if (!fetched) throw new Error('no search was run');
  return {
    query,
    fetched,
    totalGzip: fetched.js.gzip + fetched.css.gzip + fetched.other.gzip,
    samples,
    medianMs: median(samples),
  };
}
