/**
 * The cmi5 package with a cmi5 LMS and its LRS (./lrs.ts), launched as an LMS launches an AU:
 * what the LRS records as the learner finishes, fails and retakes, stops and comes back in
 * another browser, plays a scenario, and what happens when the LRS refuses. Every statement is
 * checked against xAPI and cmi5 as it arrives; the `lrs` fixture fails a test it refused.
 * Run by `npm run test:lms` after `npm run package`.
 */
import { expect, type Page } from '@playwright/test';
import {
  cmi5StateDocument,
  PROGRESS_STATE_ID,
  readCmi5State,
  reportedUpTo,
} from '../../src/lib/lms/cmi5-state';
import { choose, currentNode, start } from '../../src/lib/scenario/engine';
import type { Progress } from '../../src/schemas/progress';
import { shippedScenarios } from '../unit/content/shipped';
import { CMI5_CATEGORY, MASTERY_SCORE } from './cmi5-rules';
import { CONTENT, ORIGIN, launchCmi5, serveLms } from './harness';
import { almostDone, lessonIds } from './fixtures';
import { takeAssessment } from './learner';
import { AU_ID, LrsDouble, test, type Stored } from './lrs';

const EXT = 'https://shinrai.example/xapi/extensions/';

/** The learner leaves: the LMS's player moves on to its own page; the AU's last word is terminated. */
async function leave(page: Page, lrs: LrsDouble) {
  await page.evaluate(() => {
    const frame = document.getElementById('sco') as HTMLIFrameElement | null;
    if (frame) frame.src = '/harness/closed';
  });
  // A request the page started before it went may hold the connection a while: wait for it.
  await expect
    .poll(() => ({ last: lrs.verbs().at(-1), refused: lrs.violations }), { timeout: 30_000 })
    .toEqual({ last: 'terminated', refused: [] });
}

/** What the LRS keeps from earlier sessions: progress, with all of it counted as reported. */
function seed(lrs: LrsDouble, progress: Progress) {
  lrs.state.set(
    PROGRESS_STATE_ID,
    cmi5StateDocument(progress, reportedUpTo(progress, { completed: false, passed: false })),
  );
}

/** The progress the State API holds for the learner. */
function savedProgress(lrs: LrsDouble): Progress | undefined {
  const state = readCmi5State(JSON.parse(lrs.state.get(PROGRESS_STATE_ID) ?? 'null') ?? undefined);
  return state.ok && state.progress.ok ? state.progress.progress : undefined;
}

const ofVerb = (lrs: LrsDouble, verb: string): Stored[] =>
  lrs.statements.filter(({ statement }) => statement.verb?.id?.endsWith(`/${verb}`));

test.beforeEach(async ({ context }) => {
  await serveLms(context, 'cmi5');
});

test('a learner who finishes the course is recorded completed and passed once, with the score, then terminated', async ({
  page,
  lrs,
}) => {
  test.setTimeout(120_000);
  const last = lessonIds.at(-1) ?? '';
  seed(lrs, almostDone(last));
  const frame = await launchCmi5(page, lrs.launchUrl());
  await frame.goto(`${new URL(frame.url()).origin}${CONTENT}lessons/${last}/index.html`);
  await frame.getByRole('button', { name: 'Mark this lesson complete' }).click();
  await takeAssessment(page, frame, true);
  await expect.poll(() => lrs.verbs()).toContain('completed');
  await leave(page, lrs);

  expect(lrs.verbs()[0]).toBe('initialized');
  expect(ofVerb(lrs, 'completed')).toHaveLength(1);
  const passed = ofVerb(lrs, 'passed');
  expect(passed).toHaveLength(1);
  expect(passed[0]?.statement.result?.score?.scaled).toBe(1);
  expect(passed[0]?.statement.context?.extensions?.[MASTERY_SCORE]).toBe(0.8);
  const answered = ofVerb(lrs, 'answered');
  expect(answered.map(({ statement }) => statement.result)).toEqual([
    { success: true, score: { scaled: 1, raw: 100, min: 0, max: 100 } },
  ]);
  expect(answered[0]?.statement.object?.id).toBe(`${AU_ID}/assessment`);
  expect(lrs.statements.at(-1)?.statement.result?.duration).toMatch(/^PT/);
  // The State API has the finished course, for the next session.
  const state = readCmi5State(JSON.parse(lrs.state.get(PROGRESS_STATE_ID) ?? '{}'));
  expect(state.ok && state.record.sent).toEqual({ completed: true, passed: true });
});

test('a failed assessment is recorded failed as the session ends, then passed after a retake', async ({
  page,
  lrs,
}) => {
  test.setTimeout(150_000);
  seed(lrs, almostDone());
  const frame = await launchCmi5(page, lrs.launchUrl());
  await takeAssessment(page, frame, false);
  // A fail waits for the session's end, so a retake's pass is never blocked.
  await expect.poll(() => lrs.verbs()).toContain('answered');
  expect(lrs.verbs()).not.toContain('failed');
  await leave(page, lrs);
  expect(lrs.verbs().slice(-2)).toEqual(['failed', 'terminated']);
  expect(ofVerb(lrs, 'failed')[0]?.statement.result?.success).toBe(false);

  const again = await launchCmi5(page, lrs.launchUrl());
  await takeAssessment(page, again, true);
  await expect.poll(() => lrs.verbs()).toContain('passed');
  await leave(page, lrs);
  const verbs = lrs.verbs();
  expect(verbs.filter((verb) => verb === 'initialized')).toHaveLength(2);
  expect(verbs.indexOf('failed')).toBeLessThan(verbs.indexOf('passed'));
  expect(verbs.lastIndexOf('failed')).toBeLessThan(verbs.indexOf('passed'));
  expect(ofVerb(lrs, 'completed')).toHaveLength(1);
});

test('a learner who stops halfway resumes there in another browser, in a new session', async ({
  browser,
  lrs,
}) => {
  const first = await browser.newContext();
  await serveLms(first, 'cmi5');
  const page = await first.newPage();
  const frame = await launchCmi5(page, lrs.launchUrl());
  await frame.getByRole('link', { name: /Start the course/ }).click();
  await frame.getByRole('link', { name: /Next/ }).first().click();
  await expect.poll(() => frame.url()).toMatch(/lessons\/trust-outweighs-price\/index\.html/);
  await expect
    .poll(() => frame.evaluate(() => localStorage.getItem('shinrai:progress') ?? ''))
    .toContain('"href":"/lessons/trust-outweighs-price/"');
  // The course saves it to the State API after a moment, and again as the learner leaves.
  await expect
    .poll(() => savedProgress(lrs)?.lastLocation?.href)
    .toBe('/lessons/trust-outweighs-price/');
  await leave(page, lrs);
  expect(savedProgress(lrs)?.lastLocation?.href).toBe('/lessons/trust-outweighs-price/');
  await first.close();

  const second = await browser.newContext();
  await serveLms(second, 'cmi5');
  const again = await second.newPage();
  const resumed = await launchCmi5(again, lrs.launchUrl());
  await expect.poll(() => resumed.url()).toMatch(/lessons\/trust-outweighs-price\/index\.html/);
  await expect(resumed.getByRole('heading', { level: 1 })).toHaveText('Why trust outweighs price');
  await expect.poll(() => lrs.verbs().filter((verb) => verb === 'initialized').length).toBe(2);
  const sessions = new Set(
    ofVerb(lrs, 'initialized').map(
      ({ statement }) =>
        statement.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid'],
    ),
  );
  expect(sessions.size).toBe(2);
  await second.close();
});

test('a scenario played to an ending sends one statement per decision, with stance and trust change', async ({
  page,
  lrs,
}) => {
  const [scenario] = shippedScenarios().map((shipped) => shipped.scenario);
  if (!scenario) throw new Error('no scenario shipped');
  // The run that always takes the first reply.
  let state = start(scenario);
  for (let node = currentNode(state); node; node = currentNode(state)) {
    state = choose(state, node.choices[0]?.id ?? '');
  }
  const frame = await launchCmi5(page, lrs.launchUrl());
  await frame.goto(`${new URL(frame.url()).origin}${CONTENT}scenarios/${scenario.id}/index.html`);
  for (const step of state.history) {
    const label = scenario.nodes
      .find((node) => node.id === step.nodeId)
      ?.choices.find((choice) => choice.id === step.choiceId)?.label;
    await frame
      .getByRole('group', { name: 'Your response' })
      .getByRole('button', { name: label ?? step.choiceId, exact: true })
      .click();
  }
  await expect(
    frame.getByRole('heading', { name: 'Your path, decision by decision' }),
  ).toBeVisible();
  await expect.poll(() => ofVerb(lrs, 'responded').length).toBe(state.history.length);
  const replies = ofVerb(lrs, 'responded').map(({ statement }) => statement);
  expect(
    replies.map((statement) => [
      statement.object?.id,
      (statement.result as { response?: string } | undefined)?.response,
      (statement.result as { extensions?: Record<string, unknown> } | undefined)?.extensions,
    ]),
  ).toEqual(
    state.history.map((step) => [
      `${AU_ID}/scenarios/${scenario.id}/${step.nodeId}`,
      step.choiceId,
      { [`${EXT}stance`]: step.stance, [`${EXT}trust-change`]: step.trustAfter - step.trustBefore },
    ]),
  );
  for (const statement of replies) {
    const categories = statement.context?.contextActivities?.['category'];
    expect(JSON.stringify(categories ?? [])).not.toContain(CMI5_CATEGORY);
    expect(statement.context?.registration).toBe(lrs.registration);
  }
  // Reported once: the next change sends no reply again.
  await frame.goto(`${new URL(frame.url()).origin}${CONTENT}index.html`);
  await leave(page, lrs);
  expect(ofVerb(lrs, 'responded')).toHaveLength(state.history.length);
});

for (const status of [401, 500] as const) {
  test(`an LRS that answers ${status}: a calm notice, progress kept, no error, and a retry on the next change`, async ({
    page,
    lrs,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const frame = await launchCmi5(page, lrs.launchUrl());
    await expect.poll(() => lrs.verbs()).toEqual(['initialized']);
    lrs.refuse = status;
    await frame.getByRole('link', { name: /Start the course/ }).click();
    const launcher = page.frame({ url: /\/lms\/launch\/index\.html/ });
    await expect(launcher?.getByRole('status') ?? page.locator('none')).toHaveText(
      /Your LMS is not recording progress right now/,
    );
    await expect
      .poll(() => frame.evaluate(() => localStorage.getItem('shinrai:progress') ?? ''))
      .toContain('trust-drives-sales-in-japan');
    // The LRS is back: the next change is recorded, and the notice goes.
    lrs.refuse = undefined;
    await frame.getByRole('link', { name: /Next/ }).first().click();
    await expect(launcher?.getByRole('status') ?? page.locator('none')).toBeHidden();
    await expect.poll(() => lrs.state.get(PROGRESS_STATE_ID) ?? '').not.toBe('');
    expect(errors).toEqual([]);
  });
}

test('a fetch address that refuses the token: the course runs, with the notice', async ({
  page,
  lrs,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  lrs.refuse = 401;
  const frame = await launchCmi5(page, lrs.launchUrl());
  const launcher = page.frame({ url: /\/lms\/launch\/index\.html/ });
  await expect(launcher?.getByRole('status') ?? page.locator('none')).toHaveText(
    /Your LMS is not recording progress right now/,
  );
  await frame.getByRole('link', { name: /Start the course/ }).click();
  await expect
    .poll(() => frame.evaluate(() => localStorage.getItem('shinrai:progress') ?? ''))
    .toContain('trust-drives-sales-in-japan');
  expect(lrs.statements).toEqual([]);
  expect(errors).toEqual([]);
});

test('the LRS double refuses what xAPI or cmi5 forbids, naming the statement and the rule', ({
  lrs,
}) => {
  lrs.launchUrl();
  const context = {
    registration: lrs.registration,
    contextActivities: {
      grouping: [{ objectType: 'Activity', id: 'https://shinrai.example/xapi/courses/shinrai' }],
      category: [{ objectType: 'Activity', id: CMI5_CATEGORY }],
    },
    extensions: (
      JSON.parse(lrs.state.get('LMS.LaunchData') ?? '{}') as {
        contextTemplate: { extensions: Record<string, unknown> };
      }
    ).contextTemplate.extensions,
  };
  const statement = (id: string, verb: string, extra: object = {}) => ({
    id,
    timestamp: '2026-11-29T09:00:00.000Z',
    actor: lrs.actor,
    verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` },
    object: { objectType: 'Activity', id: AU_ID },
    context,
    ...extra,
  });
  const terminatedFirst = statement('11111111-1111-4111-8111-111111111111', 'terminated', {
    result: { duration: 'PT1S' },
  });
  expect(lrs.problemsOf(terminatedFirst)).toEqual([
    'statement 11111111-1111-4111-8111-111111111111 (terminated): initialized must be the first statement of a session (cmi5 §9.3.2)',
  ]);
  const initialized = statement('22222222-2222-4222-8222-222222222222', 'initialized');
  expect(lrs.problemsOf(initialized)).toEqual([]);
  const passedWithoutCategory = statement('33333333-3333-4333-8333-333333333333', 'passed', {
    result: { success: true, score: { scaled: 0.9 }, duration: 'PT1S' },
    context: { ...context, contextActivities: { grouping: context.contextActivities.grouping } },
  });
  expect(lrs.problemsOf(passedWithoutCategory, [initialized])).toEqual([
    'statement 33333333-3333-4333-8333-333333333333 (passed): a cmi5 defined statement carries the cmi5 category (cmi5 §9.6.2.1)',
    'statement 33333333-3333-4333-8333-333333333333 (passed): passed carries the masteryScore extension of LMS.LaunchData (cmi5 §9.6.3.2)',
  ]);
  const passed = statement('44444444-4444-4444-8444-444444444444', 'passed', {
    result: { success: true, score: { scaled: 0.9 }, duration: 'PT1S' },
    context: { ...context, extensions: { ...context.extensions, [MASTERY_SCORE]: 0.8 } },
  });
  expect(lrs.problemsOf(passed, [initialized])).toEqual([]);
  const failed = statement('55555555-5555-4555-8555-555555555555', 'failed', {
    result: { success: false, score: { scaled: 0.5 }, duration: 'PT1S' },
    context: { ...context, extensions: { ...context.extensions, [MASTERY_SCORE]: 0.8 } },
  });
  expect(lrs.problemsOf(failed, [initialized, passed])).toEqual([
    'statement 55555555-5555-4555-8555-555555555555 (failed): failed after passed in the registration (cmi5 §9.3.4, §9.3.5)',
  ]);
  const reply = statement('66666666-6666-4666-8666-666666666666', 'responded', {
    object: { objectType: 'Activity', id: `${AU_ID}/scenarios/x/y` },
  });
  expect(lrs.problemsOf(reply, [initialized])).toEqual([
    'statement 66666666-6666-4666-8666-666666666666 (responded): only cmi5 defined statements carry the cmi5 category (cmi5 §9.6.2.1)',
  ]);
  const notXapi = { ...initialized, id: 'not-a-uuid', verb: { id: 'initialized' } };
  expect(lrs.problemsOf(notXapi)).toEqual(
    expect.arrayContaining([
      'statement not-a-uuid (initialized): not valid xAPI at statement.id (xAPI 1.0.3 §2.4)',
      'statement not-a-uuid (initialized): not valid xAPI at statement.verb.id (xAPI 1.0.3 §2.4)',
    ]),
  );
});

test('with a returnURL, “Return to your LMS” ends the session and goes back to the LMS', async ({
  page,
  lrs,
}) => {
  lrs.configure({ returnURL: `${ORIGIN}/harness/returned` });
  await launchCmi5(page, lrs.launchUrl());
  const launcher = page.frame({ url: /\/lms\/launch\/index\.html/ });
  await launcher?.getByRole('button', { name: 'Return to your LMS' }).click();
  await expect
    .poll(() => ({ last: lrs.verbs().at(-1), refused: lrs.violations }))
    .toEqual({ last: 'terminated', refused: [] });
  await expect
    .poll(() => page.frames().some((frame) => frame.url().endsWith('/harness/returned')))
    .toBe(true);
});
