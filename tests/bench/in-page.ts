/**
 * Recorders the bench installs in a page to time what the learner sees: when a key or click
 * happened (the event's own timestamp) and when the answer was painted, taken as the first task
 * after the next animation frame, which runs once that frame is painted. Both on the page's
 * performance.now() clock.
 */
import type { ElementHandle, Page } from '@playwright/test';

export interface Recorded {
  /** keydown and click timestamps, in order. */
  inputs: number[];
  /** When each watched change was painted. */
  painted: number[];
  /** Event Timing entries of at least 16 ms (shorter ones are not reported by the browser). */
  events: { interactionId: number; duration: number }[];
}

declare global {
  interface Window {
    benchRecord?: Recorded;
  }
}

/**
 * Starts recording on `page`. A change counts when it happens inside `target` (or anywhere) and,
 * if `selector` is given, leaves an element matching it in the page, or, if `marks` are given,
 * adds text containing one of them.
 */
export async function record(
  page: Page,
  options: { target?: ElementHandle; selector?: string; marks?: string[] },
): Promise<void> {
  await page.evaluate(
    ({ target, selector, marks }) => {
      const recorded: Recorded = { inputs: [], painted: [], events: [] };
      window.benchRecord = recorded;
      for (const type of ['keydown', 'click'])
        addEventListener(type, (event) => recorded.inputs.push(event.timeStamp), true);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as PerformanceEventTiming[])
          if (entry.interactionId)
            recorded.events.push({ interactionId: entry.interactionId, duration: entry.duration });
      }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);

      let pending = false;
      const afterPaint = () => {
        pending = true;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            recorded.painted.push(performance.now());
            pending = false;
          };
          channel.port2.postMessage(null);
        });
      };
      const hasMark = (text: string | null) => marks.some((mark) => text?.includes(mark));
      const counts = (mutations: MutationRecord[]) => {
        if (selector) return document.querySelector(selector) !== null;
        if (marks.length === 0) return true;
        return mutations.some(
          (mutation) =>
            [...mutation.addedNodes].some((node) => hasMark(node.textContent)) ||
            (mutation.type === 'characterData' && hasMark(mutation.target.textContent)),
        );
      };
      new MutationObserver((mutations) => {
        if (!pending && counts(mutations)) afterPaint();
      }).observe(target ?? document.body, {
        attributes: true,
        childList: true,
        subtree: true,
        characterData: true,
      });
    },
    { target: options.target, selector: options.selector, marks: options.marks ?? [] },
  );
}

export async function recorded(page: Page): Promise<Recorded> {
  return page.evaluate(() => window.benchRecord ?? { inputs: [], painted: [], events: [] });
}

/** From the last input to the first paint after it; undefined if nothing was painted after it. */
export function lastInputToPaint({ inputs, painted }: Recorded): number | undefined {
  const lastInput = Math.max(...inputs);
  const shown = painted.find((time) => time >= lastInput);
  return shown === undefined ? undefined : shown - lastInput;
}

/** The longest interaction Event Timing saw, or undefined when none reached 16 ms. */
export function longestInteraction({ events }: Recorded): number | undefined {
  return events.length === 0 ? undefined : Math.max(...events.map((event) => event.duration));
}
