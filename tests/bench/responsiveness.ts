/**
 * How soon a click is answered on screen with the CPU slowed 4× (a mid-range phone): a reply in
 * a scenario to the trust meter's update painted, and "Check answer" to the feedback painted.
 * Each sample is a first visit; the figure is the median of ten. Reported, never asserted.
 */
import type { Page } from '@playwright/test';
import messages from '../../src/i18n/en.json' with { type: 'json' };
import { measureInBrowser } from '../tools/browser-weight.ts';
import { median } from './browser.ts';
import { lastInputToPaint, longestInteraction, record, recorded } from './in-page.ts';
import { answerFirstQuestion, feedbackMarks, replyThatMovesTrust } from './page-types.ts';

export interface Responsiveness {
  interaction: string;
  page: string;
  /** Click to painted, ms, one per sample. */
  samples: number[];
  medianMs: number;
  slowestMs: number;
  /** Event Timing's longest interaction per sample, ms; 0 where it stayed under 16 ms. */
  eventTimingMs: number[];
  eventTimingMedianMs: number;
}

const slowdown = 4;
const sampleCount = 10;

async function sample(
  page: Page,
  prepare: () => Promise<void>,
  click: () => Promise<void>,
): Promise<{ painted: number | undefined; event: number | undefined }> {
  const devtools = await page.context().newCDPSession(page);
  try {
    await prepare();
    await devtools.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await click();
    await page.waitForFunction(
      () => {
        const { inputs = [], painted = [] } = window.benchRecord ?? {};
        return painted.some((time) => time >= Math.max(...inputs));
      },
      undefined,
      { timeout: 10_000 },
    );
    // Event Timing entries are delivered after the frame; give them a moment.
    await page.waitForTimeout(300);
  } finally {
    await devtools.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await devtools.detach();
  }
  const result = await recorded(page);
  return { painted: lastInputToPaint(result), event: longestInteraction(result) };
}

async function measure(
  page: Page,
  interaction: string,
  url: URL,
  prepare: () => Promise<void>,
  click: () => Promise<void>,
): Promise<Responsiveness> {
  const samples: number[] = [];
  const eventTimingMs: number[] = [];
  for (let index = 0; index < sampleCount; index++) {
    await measureInBrowser(page, url);
    const { painted, event } = await sample(page, prepare, click);
    if (painted !== undefined) samples.push(painted);
    eventTimingMs.push(event ?? 0);
  }
  return {
    interaction,
    page: url.pathname,
    samples,
    medianMs: median(samples),
    slowestMs: Math.max(...samples),
    eventTimingMs,
    eventTimingMedianMs: median(eventTimingMs),
  };
}

export async function scenarioReply(page: Page, url: URL): Promise<Responsiveness> {
  const reply = page
    .getByRole('group', { name: messages['scenario.yourResponse'] })
    .getByRole('button', { name: replyThatMovesTrust(), exact: true });
  return measure(
    page,
    'scenario reply → trust meter painted',
    url,
    async () => {
      await reply.scrollIntoViewIfNeeded();
      const meter = await page
        .getByRole('meter', { name: messages['scenario.meter.label'] })
        .elementHandle();
      await record(page, { target: meter });
    },
    () => reply.click(),
  );
}

export async function checkAnswer(page: Page, url: URL): Promise<Responsiveness> {
  const check = page.getByRole('button', { name: messages['quiz.check'] }).first();
  return measure(
    page,
    '“Check answer” → feedback painted',
    url,
    async () => {
      await answerFirstQuestion(page);
      await record(page, { marks: feedbackMarks });
    },
    () => check.click(),
  );
}
