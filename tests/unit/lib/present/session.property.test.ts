/**
 * A classroom session survives anything the two windows can do to it: every command the keys and
 * buttons send, in any order, and messages forged from damaged or hostile copies of a session.
 * After each step the window shows a state that fits its scenario, and every screen can render it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fits, received } from '../../../../src/lib/present/restore';
import {
  blocker,
  decisionIndex,
  newSession,
  nodeInFocus,
  pendingPick,
  revealedChoice,
  runOf,
  update,
  type Action,
  type SessionState,
} from '../../../../src/lib/present/session';
import { formatClock, secondsLeft } from '../../../../src/lib/present/timer';
import { phases } from '../../../../src/schemas/session';
import type { Scenario } from '../../../../src/schemas/scenario';
import { shippedScenarios } from '../../content/shipped';

const scenarios = shippedScenarios().map(({ scenario }) => scenario);
const START = Date.UTC(2026, 10, 29, 9, 0, 0);

function choiceIds(scenario: Scenario): string[] {
  return scenario.nodes.flatMap((node) => node.choices.map((choice) => choice.id));
}

const anyNumber = fc.oneof(
  fc.integer({ min: -5, max: 2_000 }),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, 1e300, -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY),
);

function commands(scenario: Scenario): fc.Arbitrary<Action> {
  const choice = fc.oneof(
    fc.constantFrom(...choiceIds(scenario)),
    fc.constantFrom('constructor', 'nope'),
  );
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant<Action>({ type: 'next' }) },
    { weight: 2, arbitrary: fc.constant<Action>({ type: 'back' }) },
    { weight: 2, arbitrary: choice.map<Action>((choiceId) => ({ type: 'select', choiceId })) },
    { weight: 1, arbitrary: fc.constant<Action>({ type: 'reveal' }) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(choice, anyNumber)
        .map<Action>(([choiceId, count]) => ({ type: 'setVotes', choiceId, count })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom<1 | -1>(1, -1), fc.option(choice, { nil: undefined }))
        .map<Action>(([by, choiceId]) => ({ type: 'bumpVotes', by, choiceId })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<Action>(
        { type: 'toggleMeter' },
        { type: 'toggleBlank' },
        { type: 'unblank' },
        { type: 'timerReset' },
        { type: 'restart' },
        { type: 'hideUntilReveal', hide: true },
      ),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(60, 120, 180)
        .map<Action>((seconds) => ({ type: 'timerLength', seconds })),
    },
    { weight: 1, arbitrary: fc.constant<Action>({ type: 'timerStart', now: 0 }) },
    { weight: 1, arbitrary: fc.constant<Action>({ type: 'timerPause', now: 0 }) },
    {
      weight: 1,
      arbitrary: anyNumber.map<Action>((decision) => ({ type: 'replayFrom', decision })),
    },
  );
}

/** A message from "another window": a real later state, or one with a field made impossible. */
const forgery = fc.record({
  field: fc.constantFrom<keyof SessionState>(
    'phase',
    'path',
    'votes',
    'selected',
    'timer',
    'rev',
    'scenarioId',
    'firstRun',
    'version',
  ),
  value: fc.oneof(
    fc.constantFrom(...phases),
    fc.constantFrom('constructor', '__proto__', '@', ''),
    fc.constant(Number.MAX_SAFE_INTEGER),
    fc.constant({ length: 120, endsAt: 1e300 }),
    fc.constant([{ constructor: 3 }]),
    fc.array(fc.constantFrom('a', 'b', 'constructor'), { maxLength: 3 }),
    fc.anything({ maxDepth: 2 }),
  ),
  rev: fc.integer({ min: 0, max: 2 ** 31 }),
});

const step = (scenario: Scenario) =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: commands(scenario).map((action) => ({ kind: 'command' as const, action })),
    },
    { weight: 1, arbitrary: forgery.map((forged) => ({ kind: 'forged' as const, forged })) },
  );

/** Everything the audience view, the console and the debrief read from a state. */
function renders(scenario: Scenario, state: SessionState, now: number): void {
  runOf(scenario, state);
  nodeInFocus(scenario, state);
  pendingPick(scenario, state);
  revealedChoice(scenario, state);
  blocker(scenario, state);
  expect(decisionIndex(state)).toBeGreaterThanOrEqual(0);
  const clock = formatClock(secondsLeft(state.timer, now));
  expect(clock).toMatch(/^\d{1,2}:\d{2}$/);
  if (state.selected !== undefined && state.phase !== 'ending' && state.phase !== 'debrief') {
    const offered = [
      ...(nodeInFocus(scenario, state)?.choices.map((choice) => choice.id) ?? []),
      state.path.at(-1),
    ];
    expect(offered).toContain(state.selected);
  }
}

describe('a classroom session', () => {
  for (const scenario of scenarios.slice(0, 3)) {
    it(`${scenario.id}: survives any commands and forged messages`, () => {
      fc.assert(
        fc.property(fc.array(step(scenario), { maxLength: 60 }), (steps) => {
          let state = newSession(scenario, 'audience-1');
          let now = START;
          for (const next of steps) {
            now += 7_000;
            if (next.kind === 'command') {
              const action =
                next.action.type === 'timerStart' || next.action.type === 'timerPause'
                  ? { ...next.action, now }
                  : next.action;
              state = update(scenario, state, action);
            } else {
              const { field, value, rev } = next.forged;
              // Sent through a channel, as structured data: undefined fields drop out like JSON's.
              const message: unknown = JSON.parse(
                JSON.stringify({ ...state, [field]: value, rev, by: 'console-2' }),
              );
              state = received(scenario, state, message, now);
            }
            expect(fits(scenario, state, now), JSON.stringify(state)).toBe(true);
            renders(scenario, state, now);
          }
        }),
        { numRuns: 200 },
      );
    });
  }
});
