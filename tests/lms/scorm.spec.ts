/**
 * The SCORM packages in an LMS (scorm-again in the harness): what the LMS records as the learner
 * finishes, fails and retakes, stops and comes back on another computer, and what happens when
 * the LMS stops listening. Run by `npm run test:lms` after `npm run package`.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { decodeSuspendData, encodeSuspendData } from '../../src/lib/lms/suspend';
import { CONTENT, launch, recorded, serveLms, type Version } from './harness';
import { almostDone, lessonIds } from './fixtures';
import { drawn, takeAssessment } from './learner';

/** The learner leaves: the LMS closes the course (the launch page's frame goes away). */
async function leave(page: Page) {
  await page.evaluate(() => document.getElementById('sco')?.remove());
}

/** A value from scorm-again's record of cmi, by its dotted path below "cmi". */
async function cmi(page: Page, path: string): Promise<unknown> {
  const record = await recorded(page);
  const root = (record['cmi'] ?? record) as Record<string, unknown>;
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root);
}

const status = {
  '1.2': (page: Page) => cmi(page, 'core.lesson_status'),
  '2004': async (page: Page) =>
    `${String(await cmi(page, 'completion_status'))}/${String(await cmi(page, 'success_status'))}`,
};

const seedFor = (version: Version, learner: string, suspend: string) =>
  version === '1.2'
    ? { core: { student_id: learner, student_name: 'Sato, Kenji' }, suspend_data: suspend }
    : { learner_id: learner, learner_name: 'Sato, Kenji', suspend_data: suspend };

for (const version of ['1.2', '2004'] as const) {
  test.describe(`SCORM ${version}`, () => {
    test.beforeEach(async ({ context }) => {
      await serveLms(context, version);
    });

    test('a learner who finishes the course is recorded complete and passed, with the score', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const last = lessonIds.at(-1) ?? '';
      const frame = await launch(page, {
        seed: seedFor(version, 'learner-1', encodeSuspendData(almostDone(last))),
      });
      await frame.goto(`${new URL(frame.url()).origin}${CONTENT}lessons/${last}/index.html`);
      await frame.getByRole('button', { name: 'Mark this lesson complete' }).click();
      await takeAssessment(page, frame, true);
      await leave(page);
      if (version === '1.2') {
        expect(await status['1.2'](page)).toBe('passed');
        expect(await cmi(page, 'core.score.raw')).toBe('100');
        expect(await cmi(page, 'core.exit')).toBe('');
      } else {
        expect(await status['2004'](page)).toBe('completed/passed');
        expect(await cmi(page, 'score.scaled')).toBe('1');
        expect(await cmi(page, 'progress_measure')).toBe('1');
        expect(await cmi(page, 'exit')).toBe('normal');
      }
    });

    test('a failed assessment is recorded failed, then passed after a retake', async ({ page }) => {
      test.setTimeout(150_000);
      const frame = await launch(page, {
        seed: seedFor(version, 'learner-2', encodeSuspendData(almostDone())),
      });
      await takeAssessment(page, frame, false);
      await expect
        .poll(() => status[version](page))
        .toBe(version === '1.2' ? 'failed' : 'incomplete/failed');
      await frame.getByRole('button', { name: /Take it again/ }).click();
      await takeAssessment(page, frame, true);
      await expect
        .poll(() => status[version](page))
        .toBe(version === '1.2' ? 'passed' : 'completed/passed');
      if (version === '2004') {
        // Every answer of both attempts, each with its response and whether it was right.
        const interactions = Object.values(
          ((await cmi(page, 'interactions')) ?? {}) as Record<string, Record<string, string>>,
        ).filter((entry) => typeof entry === 'object' && 'id' in entry);
        expect(interactions).toHaveLength(drawn.length * 2);
        expect(interactions.slice(drawn.length).map((entry) => entry['result'])).toEqual(
          drawn.map(() => 'correct'),
        );
        expect(
          interactions.slice(0, drawn.length).some((entry) => entry['result'] === 'incorrect'),
        ).toBe(true);
        expect(interactions[0]?.['learner_response']).not.toBe('');
      }
    });

    test('a learner who stops halfway resumes there on another computer', async ({ browser }) => {
      const first = await browser.newContext();
      await serveLms(first, version);
      const page = await first.newPage();
      const frame = await launch(page, { seed: seedFor(version, 'learner-3', '') });
      await frame.getByRole('link', { name: /Start the course/ }).click();
      await frame.getByRole('link', { name: /Next/ }).first().click();
      await expect.poll(() => frame.url()).toMatch(/lessons\/trust-outweighs-price\/index\.html/);
      // The learner reads for a moment: the lesson records itself as the place to resume.
      await expect
        .poll(() => frame.evaluate(() => localStorage.getItem('shinrai:progress') ?? ''))
        .toContain('"href":"/lessons/trust-outweighs-price/"');
      await leave(page);
      const suspend = String(await cmi(page, 'suspend_data'));
      expect(await cmi(page, version === '1.2' ? 'core.exit' : 'exit')).toBe('suspend');
      await first.close();

      // Another computer: nothing in this browser, only what the LMS kept.
      const second = await browser.newContext();
      await serveLms(second, version);
      const again = await second.newPage();
      const resumed = await launch(again, { seed: seedFor(version, 'learner-3', suspend) });
      await expect.poll(() => resumed.url()).toMatch(/lessons\/trust-outweighs-price\/index\.html/);
      await expect(resumed.getByRole('heading', { level: 1 })).toHaveText(
        'Why trust outweighs price',
      );
      await second.close();
    });

    test('when the LMS stops recording, the learner is told and nothing is lost', async ({
      page,
    }) => {
      const frame = await launch(page, { seed: seedFor(version, 'learner-4', ''), refuses: true });
      await frame.getByRole('link', { name: /Start the course/ }).click();
      const launcher = page.frame({ url: /\/lms\/launch\/index\.html/ });
      await expect(launcher?.getByRole('status') ?? page.locator('none')).toHaveText(
        /Your LMS is not recording progress right now/,
      );
      // The launch page, its notice and the course in its frame, as the LMS shows them.
      const results = await new AxeBuilder({ page }).include(['#sco']).analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
      // The visit is kept in this browser, for the next commit the LMS accepts.
      await expect
        .poll(() => frame.evaluate(() => localStorage.getItem('shinrai:progress') ?? ''))
        .toContain('trust-drives-sales-in-japan');
    });
  });
}

test('the fullest progress fits SCORM 1.2’s 4,096 characters of suspend data', async ({
  page,
  context,
}) => {
  await serveLms(context, '1.2');
  const full = almostDone();
  // Five hundred runs of every scenario, the most the course keeps.
  for (const scenario of Object.values(full.scenarios)) {
    const [run] = scenario.runs;
    if (!run) continue;
    scenario.runs = Array.from({ length: 500 }, (_, index) => ({
      ...run,
      id: `${new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString()}|${index}`,
      finishedAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
    }));
  }
  // This browser holds it all (the same learner's), and the LMS nothing yet.
  await page.addInitScript((stored) => {
    if (window.top === window && !localStorage.getItem('shinrai:progress')) {
      localStorage.setItem('shinrai:progress', stored);
      localStorage.setItem('shinrai:lms:learner', 'learner-5');
    }
  }, JSON.stringify(full));
  await launch(page, { seed: seedFor('1.2', 'learner-5', '') });
  await expect.poll(async () => String(await cmi(page, 'suspend_data')).length).toBeGreaterThan(0);
  const suspend = String(await cmi(page, 'suspend_data'));
  expect(suspend.length).toBeLessThanOrEqual(4096);
  const back = decodeSuspendData(suspend);
  expect(
    back.ok &&
      Object.values(back.progress.scenarios).every((scenario) => scenario.endings.length > 0),
  ).toBe(true);
});
