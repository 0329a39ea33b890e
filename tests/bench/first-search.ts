/**
 * The first search on a lesson page: open the site's search, type "discount" and wait for
 * results. Reports every byte that fetched (gzip) and the time from the last key to the first
 * result painted, the median of three first visits. The keys go in back to back, so that no
 * search starts before the last one (both sites wait 200–300 ms after a key); a run where
 * results showed before the last key is not counted, and the report says how many were.
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
  /** Runs not counted because results were painted before the last key. */
  early: number;
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
  let early = 0;
  let fetched: FirstUse | undefined;
  for (let run = 0; run < runs; run++) {
    await measureInBrowser(page, lessonUrl);
    const use = await measureFirstUse(page, `searching for “${query}”`, async () => {
      const box = await ui.open(page);
      await record(page, { selector: ui.result });
      await box.pressSequentially(query);
      await page.locator(ui.result).first().waitFor({ timeout: 15_000 });
    });
    fetched ??= use;
    const run = await recorded(page);
    const time = lastInputToPaint(run);
    if (time === undefined || run.painted.some((at) => at < Math.max(...run.inputs))) early++;
    else samples.push(time);
  }
  if (!fetched) throw new Error('no search was run');
  return {
    query,
    fetched,
    totalGzip: fetched.js.gzip + fetched.css.gzip + fetched.other.gzip,
    samples,
    early,
    medianMs: median(samples),
  };
}
