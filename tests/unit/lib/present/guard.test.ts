/**
 * The browser's session guard and the zod schema give the same verdict, and the same clean copy,
 * on sessions the presenter really produces and on every way of damaging one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reads } from '../../../../src/lib/checks';
import { readSession } from '../../../../src/lib/present/guard';
import { newSession, update, type Action } from '../../../../src/lib/present/session';
import { sessionSchema } from '../../../../src/schemas/session';
import { fakeScenario } from '../../fakes';

const scenario = fakeScenario();

const action = fc.constantFrom<Action>(
  { type: 'next' },
  { type: 'next' },
  { type: 'next' },
  { type: 'back' },
  { type: 'setVotes', choiceId: 'listen', count: 3 },
  { type: 'bumpVotes', by: 1 },
  { type: 'toggleBlank' },
  { type: 'timerStart', now: 1_800_000_000_000 },
  { type: 'timerPause', now: 1_800_000_030_000 },
);

const session = fc
  .array(action, { maxLength: 25 })
  .map((actions) =>
    actions.reduce(
      (state, next) => update(scenario, state, next),
      newSession(scenario, 'audience-1'),
    ),
  );

const hostile = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  'listen',
  'constructor',
  'Not An Id',
  'x'.repeat(41),
  -1,
  0,
  9,
  1000,
  1e300,
  2 ** 31,
  1.5,
  true,
  [],
  [{}],
  [{ listen: 1, discount: 2, a: 3, b: 4, c: 5 }],
  [{ constructor: 2 }],
  {},
  { length: 120 },
  { length: 120, endsAt: -5 },
  { length: 5 },
);

const fields = [
  'version',
  'scenarioId',
  'phase',
  'path',
  'votes',
  'selected',
  'meterHidden',
  'hideUntilReveal',
  'blank',
  'timer',
  'firstRun',
  'rev',
  'by',
  'extra',
] as const;

describe('the session guard', () => {
  it('agrees with the schema on real and damaged sessions', () => {
    fc.assert(
      fc.property(
        session,
        fc.constantFrom(...fields),
        hostile,
        fc.boolean(),
        (state, field, value, damage) => {
          const sent: unknown = JSON.parse(
            JSON.stringify(damage ? { ...state, [field]: value } : state),
          );
          const zod = sessionSchema.safeParse(sent);
          const guard = reads(readSession, sent);
          expect(guard === undefined, JSON.stringify({ field, value })).toBe(!zod.success);
          if (zod.success) expect(guard).toEqual(zod.data);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
