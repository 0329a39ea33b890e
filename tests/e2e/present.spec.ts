import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { shippedScenarios } from '../unit/content/shipped';

const SCENARIO = 'discount-request';
const AUDIENCE = `/present/${SCENARIO}/`;
const CONSOLE = `/present/${SCENARIO}/console/`;
const SESSION_KEY = `shinrai:classroom:${SCENARIO}`;

async function expectNoAxeViolations(page: Page) {
  // The reveal fades its badges in over two seconds; colour contrast is judged once they are in.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

/** The phase label in the corner of the audience view. */
function phaseLabel(page: Page) {
  return page.locator('.present-phase');
}

async function press(page: Page, key: string, times = 1) {
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
}

/** Presses → and waits for the label to show the expected phase, so no key runs ahead. */
async function advanceTo(page: Page, label: string | RegExp) {
  await press(page, 'ArrowRight');
  await expect(phaseLabel(page)).toHaveText(label);
}

async function open(page: Page) {
  await page.goto(AUDIENCE);
  await expect(
    page.getByRole('heading', { level: 1, name: 'The 15% discount request' }),
  ).toBeVisible();
}

/** From the intro to the vote at decision 1. */
async function toFirstVote(page: Page) {
  await advanceTo(page, 'Decision 1 · Situation');
  await advanceTo(page, 'Decision 1 · Options');
  await advanceTo(page, 'Decision 1 · Discuss');
  await advanceTo(page, 'Decision 1 · Vote');
}

/** Votes with the keyboard: select a reply by its number, then + per hand. */
async function vote(page: Page, option: number, hands: number) {
  await press(page, String(option));
  await press(page, '+', hands);
  const letter = 'ABCD'[option - 1] ?? 'A';
  await expect(page.getByLabel(`Votes for ${letter}`)).toHaveValue(String(hands));
}

/** Plays on from wherever the session is, voting 3 hands for reply A each time, to the outcome. */
async function playToOutcome(page: Page) {
  for (let step = 0; step < 120; step += 1) {
    const label = (await phaseLabel(page).textContent()) ?? '';
    if (label.includes('Outcome')) return;
    if (label.endsWith('Vote')) await vote(page, 1, 3);
    await press(page, 'ArrowRight');
    await expect(phaseLabel(page)).not.toHaveText(label);
  }
  throw new Error('the session did not reach an outcome');
}

test.describe('at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('a keyboard-only class session with votes reaches the class debrief showing those votes', async ({
    page,
  }) => {
    await open(page);
    await toFirstVote(page);
    await vote(page, 2, 5);
    await vote(page, 1, 2);
    await expect(page.getByText('Majority: B')).toBeVisible();

    await advanceTo(page, 'Decision 1 · Confirm');
    await expect(page.getByText(/The room takes B/)).toBeVisible();
    const trust = page.getByRole('meter', { name: 'Buyer trust' });
    await expect(trust).toHaveAttribute('aria-valuenow', '50');
    await advanceTo(page, 'Decision 1 · Reveal');
    await expect(page.getByText('The room said')).toBeVisible();
    await expect(trust).not.toHaveAttribute('aria-valuenow', '50');

    await playToOutcome(page);
    await expect(page.getByText('Won this quarter')).toBeVisible();
    await expect(page.getByText('The relationship over three years')).toBeVisible();

    await advanceTo(page, 'Phase: Class debrief');
    await expect(page.getByRole('heading', { name: 'Class debrief' })).toBeVisible();
    const firstVotes = page.getByRole('list', { name: 'Votes at decision 1' });
    await expect(firstVotes).toContainText('2 votes');
    await expect(firstVotes).toContainText('5 votes');
    await expect(page.getByText(/The room took B/).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Final trust by driver' })).toBeVisible();
    await expect(page.getByRole('meter', { name: 'Intention' })).toBeVisible();
    await expect(page.getByText(/^The room: \d+, /)).toBeVisible();
    await expect(page.getByText('Won this quarter')).toBeVisible();

    // What if? The room goes back to decision 2 and the first run is kept for comparison.
    await page.getByRole('button', { name: 'Replay from decision 2' }).click();
    await expect(phaseLabel(page)).toHaveText('Decision 2 · Situation');
  });

  test('the buyer’s line is at least 40px and the replies at least 32px', async ({ page }) => {
    await open(page);
    await advanceTo(page, 'Decision 1 · Situation');
    await advanceTo(page, 'Decision 1 · Options');
    const size = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(await size('.buyer-says')).toBeGreaterThanOrEqual(40);
    expect(await size('.reply-label')).toBeGreaterThanOrEqual(32);
  });

  test('axe finds no violations in the phases of a decision', async ({ page }) => {
    // Nine full axe runs, each after the reveal's fade: room for a loaded machine.
    test.setTimeout(90_000);
    await open(page);
    await expectNoAxeViolations(page);
    for (const label of ['Situation', 'Options', 'Discuss', 'Vote']) {
      await advanceTo(page, `Decision 1 · ${label}`);
      await expectNoAxeViolations(page);
    }
    await vote(page, 3, 4);
    await expectNoAxeViolations(page);
    await advanceTo(page, 'Decision 1 · Confirm');
    await expectNoAxeViolations(page);
    await advanceTo(page, 'Decision 1 · Reveal');
    await expectNoAxeViolations(page);
    await advanceTo(page, /Decision (1 · Reflect|2 · Situation)/);
    await expectNoAxeViolations(page);
  });

  test('axe finds no violations at the outcome and the debrief, with the help list open or the screen blank', async ({
    page,
  }) => {
    await open(page);
    await playToOutcome(page);
    await expectNoAxeViolations(page);
    await advanceTo(page, 'Phase: Class debrief');
    await expectNoAxeViolations(page);

    await press(page, '?');
    await expect(page.getByRole('dialog', { name: 'Presenter keys' })).toBeVisible();
    await expectNoAxeViolations(page);
    await press(page, 'Escape');
    await expect(page.getByRole('dialog', { name: 'Presenter keys' })).toBeHidden();

    await press(page, 'b');
    await expect(page.getByRole('button', { name: 'Show the screen' })).toBeVisible();
    await expectNoAxeViolations(page);
    await press(page, 'Escape');
    await expect(page.getByRole('button', { name: 'Show the screen' })).toBeHidden();
  });

  test('the reveal phase, for the record', async ({ page }, testInfo) => {
    await open(page);
    await toFirstVote(page);
    await vote(page, 1, 12);
    await vote(page, 2, 9);
    await vote(page, 3, 17);
    await advanceTo(page, 'Decision 1 · Confirm');
    await advanceTo(page, 'Decision 1 · Reveal');
    await expect(page.locator('.stage-delta').first()).toBeVisible();
    await testInfo.attach('reveal-1920x1080', {
      body: await page.screenshot(),
      contentType: 'image/png',
    });
  });
});

test('PageDown and PageUp drive the phases, and PageUp undoes a reveal', async ({ page }) => {
  await open(page);
  await press(page, 'PageDown');
  await expect(phaseLabel(page)).toHaveText('Decision 1 · Situation');
  await press(page, 'PageDown');
  await expect(phaseLabel(page)).toHaveText('Decision 1 · Options');
  await press(page, 'PageUp');
  await expect(phaseLabel(page)).toHaveText('Decision 1 · Situation');
  await press(page, 'PageDown', 1);
  await expect(phaseLabel(page)).toHaveText('Decision 1 · Options');
  await press(page, 'PageDown');
  await expect(phaseLabel(page)).toHaveText('Decision 1 · Discuss');
  await press(page, 'PageDown');
  await expect(phaseLabel(page)).toHaveText('Decision 1 · Vote');
  await vote(page, 1, 6);
  await press(page, 'r');
  await expect(phaseLabel(page)).toHaveText('Decision 1 · Reveal');
  const trust = page.getByRole('meter', { name: 'Buyer trust' });
  await expect(trust).not.toHaveAttribute('aria-valuenow', '50');
  await press(page, 'PageUp');
  await expect(phaseLabel(page)).toHaveText('Decision 1 · Confirm');
  await expect(trust).toHaveAttribute('aria-valuenow', '50');
  await expect(page.getByText('6 votes')).toBeVisible();
});

test('with no clear majority the trainer is asked to choose, and Next waits', async ({ page }) => {
  await open(page);
  await toFirstVote(page);
  await vote(page, 1, 4);
  await vote(page, 2, 4);
  await expect(page.getByText('A tie: choose the reply the room takes.')).toBeVisible();
  await advanceTo(page, 'Decision 1 · Confirm');
  await expect(page.getByText(/Choose the reply the room takes/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next →' })).toBeDisabled();
  await page.getByRole('button', { name: /^Reply C:/ }).click();
  await expect(page.getByText(/The room takes C/)).toBeVisible();
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(phaseLabel(page)).toHaveText('Decision 1 · Reveal');
});

test('the trust meter can stay hidden until the first reveal', async ({ page }) => {
  await open(page);
  await page.getByLabel('Hide the trust meter until the first reveal').check();
  await toFirstVote(page);
  await expect(page.getByText('Trust meter hidden until the first reveal')).toBeVisible();
  await expect(page.getByRole('meter', { name: 'Buyer trust' })).toHaveCount(0);
  await vote(page, 1, 3);
  await press(page, 'r');
  await expect(page.getByRole('meter', { name: 'Buyer trust' })).toBeVisible();
  await press(page, 't');
  await expect(page.getByRole('meter', { name: 'Buyer trust' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show meter' }).click();
  await expect(page.getByRole('meter', { name: 'Buyer trust' })).toBeVisible();
});

test('the discussion timer counts down from the length chosen', async ({ page }) => {
  await open(page);
  await advanceTo(page, 'Decision 1 · Situation');
  await advanceTo(page, 'Decision 1 · Options');
  await advanceTo(page, 'Decision 1 · Discuss');
  await page.getByRole('button', { name: '1 min' }).click();
  await expect(page.getByRole('timer')).toHaveText('1:00');
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(page.getByRole('timer')).not.toHaveText('1:00');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
});

test('a reload mid-session resumes at the same phase with the votes', async ({ page }) => {
  await open(page);
  await toFirstVote(page);
  await vote(page, 2, 7);
  await page.reload();
  await expect(phaseLabel(page)).toHaveText('Decision 1 · Vote');
  await expect(page.getByLabel('Votes for B')).toHaveValue('7');
  await advanceTo(page, 'Decision 1 · Confirm');
  await expect(page.getByText(/The room takes B/)).toBeVisible();
});

test('End session clears the class after a confirmation', async ({ page }) => {
  await open(page);
  await toFirstVote(page);
  await vote(page, 1, 2);
  await page.reload();
  await expect(phaseLabel(page)).toHaveText('Decision 1 · Vote');
  await press(page, 'PageUp', 4);
  await expect(phaseLabel(page)).toHaveText('Phase: Start');
  await expect(page.getByText('Resumed where the class left off.')).toBeVisible();
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: 'End session' }).click();
  expect(await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY)).not.toBeNull();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('button', { name: 'End session' })).toBeHidden();
  expect(await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY)).toBeNull();
  await toFirstVote(page);
  await expect(page.getByLabel('Votes for A')).toHaveValue('0');
});

test('an unreadable saved session starts fresh and says so', async ({ page }) => {
  await page.addInitScript((key) => {
    localStorage.setItem(key, '{"version":1,"phase":"<img src=x onerror=alert(1)>"');
  }, SESSION_KEY);
  await open(page);
  await expect(
    page.getByText('The saved class session could not be read, so this one starts fresh.'),
  ).toBeVisible();
  await advanceTo(page, 'Decision 1 · Situation');
});

test(
  'the console and the audience view stay in step, and the audience works alone',
  { tag: '@smoke' },
  async ({ page, context }) => {
    await open(page);
    const popupPromise = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Open presenter console' }).click();
    const consoleWindow = await popupPromise;
    await expect(consoleWindow).toHaveURL(new RegExp(`${CONSOLE}$`));
    await expect(consoleWindow.getByRole('heading', { name: /Presenter console/ })).toBeVisible();

    // The console drives the room.
    await consoleWindow.getByRole('button', { name: 'Next →' }).click();
    await expect(phaseLabel(page)).toHaveText('Decision 1 · Situation');
    await expect(consoleWindow.getByText('Every reply and what it does')).toBeVisible();
    await expect(consoleWindow.getByText(/^Leads to:/).first()).toBeVisible();

    // The audience view drives the console.
    await press(page, 'ArrowRight', 3);
    await expect(phaseLabel(page)).toHaveText('Decision 1 · Vote');
    await expect(
      consoleWindow.getByRole('status').filter({ hasText: 'Now showing' }),
    ).toContainText('Decision 1 · Vote');
    await consoleWindow.getByLabel('Votes for C').fill('11');
    await expect(page.getByLabel('Votes for C')).toHaveValue('11');
    await expectNoAxeViolations(consoleWindow);
    await consoleWindow.keyboard.press('b');
    await expect(page.getByRole('button', { name: 'Show the screen' })).toBeVisible();
    await expect(consoleWindow.getByText('The audience screen is blank.')).toBeVisible();
    await consoleWindow.getByRole('button', { name: 'Blank screen' }).click();
    await expect(page.getByRole('button', { name: 'Show the screen' })).toBeHidden();

    await consoleWindow.keyboard.press('r');
    await expect(phaseLabel(page)).toHaveText('Decision 1 · Reveal');
    await expect(consoleWindow.getByText(/^Ask the room:/).first()).toBeVisible();
    await expectNoAxeViolations(consoleWindow);
    await consoleWindow.keyboard.press('PageUp');
    await expect(phaseLabel(page)).toHaveText('Decision 1 · Confirm');

    await consoleWindow.close();
    expect(context.pages()).toHaveLength(1);
    await advanceTo(page, 'Decision 1 · Reveal');
    await advanceTo(page, /Decision (1 · Reflect|2 · Situation)/);
  },
);

test('a whole class session leaves the learner’s progress untouched', async ({ page }) => {
  // The learner has been here before and replied once, which makes the scenario the place to resume.
  await page.goto('/scenarios/discount-request/');
  await page.getByRole('group', { name: 'Your response' }).getByRole('button').first().click();
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('shinrai:progress')))
    .toContain('/scenarios/discount-request/');
  const before = await page.evaluate(() => localStorage.getItem('shinrai:progress'));

  await open(page);
  await playToOutcome(page);
  await advanceTo(page, 'Phase: Class debrief');
  expect(await page.evaluate(() => localStorage.getItem('shinrai:progress'))).toBe(before);

  await page.goto('/progress/');
  await expect(page.getByText('Not tried yet').first()).toBeVisible();
  await expect(page.getByText(/Endings found: [1-9]/)).toHaveCount(0);
});

test(
  'the trainer script lists every decision with its prompts, and prints without navigation',
  { tag: '@smoke' },
  async ({ page }) => {
    await page.goto(`/present/${SCENARIO}/script/`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Trainer script: The 15% discount request' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Node 1\b/ })).toBeVisible();
    await expect(page.getByText(/Ask the room/).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  },
);

test('the presenter list offers every scenario to present', { tag: '@smoke' }, async ({ page }) => {
  await page.goto('/scenarios/');
  await page.getByRole('link', { name: 'Present a scenario to a class' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Present a scenario to a class' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /^Present\s*:/ })).toHaveCount(
    shippedScenarios().length,
  );
  await expectNoAxeViolations(page);
});

test.describe('on a laptop at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the controls and the replies stay on screen while voting', async ({ page }) => {
    await open(page);
    await toFirstVote(page);
    await expect(page.getByRole('button', { name: 'Next →' })).toBeInViewport();
    await expect(page.getByLabel('Votes for C')).toBeInViewport();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });
});

test.describe('on a tablet in portrait', () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  test('the view becomes one column with the controls still in reach', async ({ page }) => {
    await open(page);
    await toFirstVote(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await expect(page.getByRole('button', { name: 'Next →' })).toBeInViewport();
    const buyer = await page.locator('.buyer-says').boundingBox();
    const meter = await page.getByRole('meter', { name: 'Buyer trust' }).boundingBox();
    expect(meter?.y ?? 0).toBeGreaterThan(buyer?.y ?? 0);
    expect(meter?.x ?? 1).toBeLessThan(100);
  });
});
