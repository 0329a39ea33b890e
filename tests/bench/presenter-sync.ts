/**
 * How long an action in the presenter console takes to show in the audience window (the issue
 * asks for under 200 ms). Both pages stamp times on the same clock (timeOrigin + now).
 */
import type { Browser } from '@playwright/test';

export type PresenterSync = { median: number; max: number; samples: number } | string;

export async function presenterSyncMs(
  browser: Browser,
  origin: string,
  scenario: string,
): Promise<PresenterSync> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const audience = await context.newPage();
    await audience.goto(`${origin}/present/${scenario}/`);
    await audience.locator('.present-phase').waitFor();
    const trainer = await context.newPage();
    await trainer.goto(`${origin}/present/${scenario}/console/`);
    await trainer.locator('.console-phase').waitFor();
    await audience.evaluate(() => {
      const changes: number[] = [];
      Object.assign(window, { changes });
      new MutationObserver(() => changes.push(performance.timeOrigin + performance.now())).observe(
        document.body,
        { subtree: true, characterData: true, childList: true },
      );
    });
    const latencies: number[] = [];
    // Forward through the first decision's phases and back again, one action at a time.
    const keys = [...Array<string>(5).fill('ArrowRight'), ...Array<string>(5).fill('ArrowLeft')];
    for (const key of [...keys, ...keys]) {
      await audience.evaluate(
        () => ((window as unknown as { changes: number[] }).changes.length = 0),
      );
      const sent = await trainer.evaluate((pressed) => {
        const at = performance.timeOrigin + performance.now();
        document.dispatchEvent(new KeyboardEvent('keydown', { key: pressed, bubbles: true }));
        return at;
      }, key);
      const shown = await audience.waitForFunction(
        () => (window as unknown as { changes: number[] }).changes[0],
        undefined,
        { timeout: 5000 },
      );
      latencies.push(Number(await shown.jsonValue()) - sent);
    }
    latencies.sort((a, b) => a - b);
    return {
      median: latencies[Math.floor(latencies.length / 2)] ?? 0,
      max: latencies.at(-1) ?? 0,
      samples: latencies.length,
    };
  } catch (error) {
    return `could not measure: ${String(error)}`;
  } finally {
    await context.close();
  }
}
