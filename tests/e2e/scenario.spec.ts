import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { shippedScenarios } from '../unit/content/shipped';
import type { Scenario } from '../../src/schemas/scenario';
import {
  choose,
  currentEnding,
  currentNode,
  nodeById,
  start,
  type RunState,
} from '../../src/lib/scenario/engine';
import { allRuns } from '../../src/lib/scenario/paths';

const shipped = shippedScenarios().map(({ scenario }) => scenario);

const trustMeter = (page: Page) => page.getByRole('meter', { name: 'Buyer trust' });
const choices = (page: Page) =>
  page.getByRole('group', { name: 'Your response' }).getByRole('button');

const total = (effects: Record<string, number | undefined>) =>
  Object.values(effects).reduce<number>((sum, value) => sum + (value ?? 0), 0);

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

/** Plays always the first choice on offer until the debrief appears. */
async function playToEnd(page: Page) {
  for (let step = 0; step < 30; step++) {
    if (await page.getByRole('heading', { name: 'Your path, decision by decision' }).isVisible())
      return;
    await choices(page).first().click();
  }
  throw new Error('the scenario never ended');
}

/** The run that always takes the first reply on offer, or always the last. */
function runTaking(scenario: Scenario, pick: 'first' | 'last'): RunState {
  let state = start(scenario);
  for (let node = currentNode(state); node; node = currentNode(state)) {
    const choice = pick === 'first' ? node.choices[0] : node.choices.at(-1);
    if (!choice || state.history.length > scenario.nodes.length) break;
    state = choose(state, choice.id);
  }
  return state;
}

/**
 * Two runs that end differently: always the first reply, and always the last, unless that ends
 * the same way (in first-meeting both are "Listed as a backup"); then the first path through the
 * graph that ends elsewhere.
 */
function twoRunsEndingApart(scenario: Scenario): [RunState, RunState] {
  const first = runTaking(scenario, 'first');
  const endingOf = (run: RunState) => currentEnding(run)?.id;
  const other = [runTaking(scenario, 'last'), ...allRuns(scenario)].find(
    (run) => endingOf(run) !== undefined && endingOf(run) !== endingOf(first),
  );
  if (!other) throw new Error(`${scenario.id}: every path ends the same way`);
  return [first, other];
}

for (const scenario of shipped) {
  test(
    `${scenario.id}: two paths that end differently each reach their ending and its debrief`,
    { tag: '@smoke' },
    async ({ page }) => {
      const titles: string[] = [];
      for (const run of twoRunsEndingApart(scenario)) {
        await page.goto(`/scenarios/${scenario.id}/`);
        for (const step of run.history) {
          const choice = nodeById(scenario, step.nodeId)?.choices.find(
            (candidate) => candidate.id === step.choiceId,
          );
          await page
            .getByRole('group', { name: 'Your response' })
            .getByRole('button', { name: choice?.label ?? step.choiceId, exact: true })
            .click();
        }
        await expect(
          page.getByRole('heading', { name: 'Your path, decision by decision' }),
        ).toBeVisible();
        await expect(page.locator('#debrief-title')).toHaveText(currentEnding(run)?.title ?? '');
        titles.push((await page.locator('#debrief-title').textContent()) ?? '');
      }
      expect(titles[0], 'the two paths end with different titles').not.toBe(titles[1]);
    },
  );
}

test('the scenario list links every scenario', { tag: '@smoke' }, async ({ page }) => {
  await page.goto('/scenarios/');
  const list = page.getByRole('list', { name: 'Role-play scenarios' });
  for (const scenario of shipped) {
    await expect(list.getByRole('link', { name: scenario.title })).toBeVisible();
  }
});

for (const scenario of shipped) {
  test(`${scenario.id}: on the first decision, one reply lowers buyer trust and one does not`, async ({
    page,
  }) => {
    const first = scenario.nodes.find((node) => node.id === scenario.start);
    if (!first) throw new Error('no start node');
    const trustAfter: number[] = [];
    for (const choice of first.choices) {
      await page.goto(`/scenarios/${scenario.id}/`);
      await expect(trustMeter(page)).toHaveAttribute('aria-valuenow', '50');
      await choices(page).filter({ hasText: choice.label }).click();
      await expect(page.locator('.transcript').getByText(choice.why)).toBeVisible();
      await expect(page.locator('.transcript').getByText(choice.reaction)).toBeVisible();
      const after = Number(await trustMeter(page).getAttribute('aria-valuenow'));
      trustAfter.push(after);
      if (after < 50) {
        await expect(page.locator('.overall .delta-badge')).toHaveText(`−${50 - after}`);
      }
      await expect(page.locator('.transcript .turn-summary')).toBeVisible();
    }
    expect(trustAfter.some((value) => value < 50)).toBe(true);
    expect(trustAfter.some((value) => value >= 50)).toBe(true);
  });
}

function temptingFirstChoice(scenario: Scenario) {
  const first = scenario.nodes.find((node) => node.id === scenario.start);
  return first?.choices.find(
    (choice) => choice.stance === 'win-lose' && choice.deal > 0 && total(choice.effects) < 0,
  );
}

const tempting = shipped.find((scenario) => temptingFirstChoice(scenario));

test('a win-lose reply raises this deal while buyer trust falls, and the debrief weighs both', async ({
  page,
}) => {
  if (!tempting) throw new Error('no shipped scenario opens with a deal-raising win-lose choice');
  const choice = temptingFirstChoice(tempting);
  if (!choice) throw new Error('unreachable');
  await page.goto(`/scenarios/${tempting.id}/`);
  const deal = page.locator('.deal-value');
  const before = await deal.textContent();
  await choices(page).filter({ hasText: choice.label }).click();
  await expect(deal).not.toHaveText(before ?? '');
  await expect(page.getByText(/\+¥[\d.]+[KMB]? this deal/).first()).toBeVisible();
  expect(Number(await trustMeter(page).getAttribute('aria-valuenow'))).toBeLessThan(50);

  await playToEnd(page);
  await expect(page.getByText('Won this quarter')).toBeVisible();
  await expect(page.getByText('The relationship over three years', { exact: true })).toBeVisible();
  await expect(page.locator('.money-value').first()).toHaveText(/¥[\d.]+[KMB]?/);
});

test.describe('playing with the keyboard alone', () => {
  test('reaches the debrief, with focus following the conversation', async ({ page }) => {
    const scenario = shipped[0];
    if (!scenario) throw new Error('no scenarios');
    await page.goto(`/scenarios/${scenario.id}/`);
    await expect(choices(page).first()).toBeVisible();
    // Tab to the first reply from the top of the page.
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab');
      if (
        await choices(page)
          .first()
          .evaluate((button) => button === document.activeElement)
      )
        break;
    }
    await expect(choices(page).first()).toBeFocused();

    for (let step = 0; step < 30; step++) {
      await page.keyboard.press('Enter');
      if (await page.locator('#debrief-title').isVisible()) {
        await expect(page.locator('#debrief-title')).toBeFocused();
        break;
      }
      // Focus moved to the buyer's next line; the first reply is the next stop.
      await expect(page.locator('.current-turn .line.buyer')).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(choices(page).first()).toBeFocused();
    }
    await expect(
      page.getByRole('heading', { name: 'Your path, decision by decision' }),
    ).toBeVisible();
  });
});

test(
  'rewinding replays from a decision and keeps the first run for comparison',
  { tag: '@smoke' },
  async ({ page }) => {
    const scenario = shipped[0];
    if (!scenario) throw new Error('no scenarios');
    await page.goto(`/scenarios/${scenario.id}/`);
    await playToEnd(page);
    const firstEnding = await page.locator('#debrief-title').textContent();
    await page.getByRole('button', { name: 'What if? Replay from decision 1' }).click();
    await expect(page.getByText('Decision 1', { exact: true })).toBeVisible();
    await expect(trustMeter(page)).toHaveAttribute('aria-valuenow', '50');
    await expect(page.locator('#debrief-title')).toHaveCount(0);

    // A different reply this time.
    await choices(page).last().click();
    await playToEnd(page);
    await expect(page.getByRole('heading', { name: 'Compared with your first run' })).toBeVisible();
    await expect(page.getByText(`First run: ${firstEnding ?? ''}`)).toBeVisible();
  },
);

test('axe finds no violations at the start, mid-play and on the debrief', async ({ page }) => {
  const scenario = shipped[0];
  if (!scenario) throw new Error('no scenarios');
  await page.goto(`/scenarios/${scenario.id}/`);
  await expect(choices(page).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await choices(page).first().click();
  await expect(page.locator('.turn-summary')).toBeVisible();
  await expectNoAxeViolations(page);
  await playToEnd(page);
  await page.getByText('The map as a list').click();
  await expectNoAxeViolations(page);
});

test.describe('dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('axe finds no violations mid-play and on the debrief', async ({ page }) => {
    const scenario = shipped[0];
    if (!scenario) throw new Error('no scenarios');
    await page.goto(`/scenarios/${scenario.id}/`);
    await choices(page).first().click();
    await expectNoAxeViolations(page);
    await playToEnd(page);
    await expectNoAxeViolations(page);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page still shows the buyer and says JavaScript is needed to play', async ({ page }) => {
    const scenario = shipped[0];
    if (!scenario) throw new Error('no scenarios');
    await page.goto(`/scenarios/${scenario.id}/`);
    await expect(page.getByText(scenario.persona.name)).toBeVisible();
    await expect(page.getByText(scenario.summary).first()).toBeVisible();
    await expect(page.getByText(/needs JavaScript to run/)).toBeVisible();
  });
});

test(
  'a lesson ends by offering the scenarios that practise it',
  { tag: '@smoke' },
  async ({ page }) => {
    const scenario = shipped[0];
    if (!scenario) throw new Error('no scenarios');
    await page.goto(`/lessons/${scenario.lesson}/`);
    await page.getByRole('link', { name: `Play: ${scenario.title}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(scenario.title);
  },
);

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the trust meter stays in view while the conversation scrolls', async ({ page }) => {
    const scenario = shipped[0];
    if (!scenario) throw new Error('no scenarios');
    await page.goto(`/scenarios/${scenario.id}/`);
    await choices(page).first().click();
    await choices(page).first().click();
    await page.mouse.wheel(0, 1500);
    await expect(trustMeter(page)).toBeInViewport();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });
});
