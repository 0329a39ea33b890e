import { describe, expect, it } from 'vitest';
import {
  choose,
  currentEnding,
  currentNode,
  isFinished,
  replay,
  rewindTo,
  start,
  trustOf,
} from '../../../../src/lib/scenario/engine';
import { demeanourAt, overallTrust, toneAt } from '../../../../src/lib/scenario/trust';
import { movedDrivers } from '../../../../src/lib/scenario/drivers';
import { fakeChoice, fakeNode, fakeScenario } from '../../fakes';

describe('start', () => {
  it('opens at the start node with every driver at 50 and the opening deal', () => {
    const state = start(fakeScenario());
    expect(currentNode(state)?.id).toBe('ask');
    expect(Object.values(state.drivers)).toEqual([50, 50, 50, 50, 50]);
    expect(trustOf(state)).toBe(50);
    expect(state.deal).toBe(10_000_000);
    expect(state.history).toEqual([]);
  });
});

describe('choose', () => {
  it('moves to the next node, applies effects and records the step', () => {
    const state = choose(start(fakeScenario()), 'discount');
    expect(state.at).toBe('follow-up');
    expect(state.drivers.intention).toBe(40);
    expect(state.history).toEqual([
      {
        nodeId: 'ask',
        choiceId: 'discount',
        stance: 'win-lose',
        deltas: {
          intention: -10,
          competence: 0,
          customerFocus: 0,
          communication: 0,
          valueCreation: 0,
        },
        dealDelta: 2_000_000,
        trustBefore: 50,
        trustAfter: 48,
      },
    ]);
  });

  it('adds the choice’s deal change to the value on the table', () => {
    const state = replay(fakeScenario(), ['discount', 'push']);
    expect(state.deal).toBe(15_000_000);
    expect(currentEnding(state)?.outcome).toBe('one-off');
    expect(isFinished(state)).toBe(true);
  });

  it('never lets the deal fall below 0, and records the change actually applied', () => {
    const scenario = fakeScenario({
      opening: 5_000_000,
      nodes: [
        fakeNode({
          id: 'ask',
          choices: [
            fakeChoice({ id: 'walk-away', stance: 'win-lose', deal: -8_000_000, next: 'ask-2' }),
            fakeChoice({ id: 'listen' }),
          ],
        }),
        fakeNode({
          id: 'ask-2',
          choices: [
            fakeChoice({ id: 'win-back', stance: 'win-lose', deal: 2_000_000 }),
            fakeChoice({ id: 'listen' }),
          ],
        }),
      ],
    });
    const lost = replay(scenario, ['walk-away']);
    expect(lost.deal).toBe(0);
    // The change shown is what was on the table (the opening ¥5M), not the bigger figure written.
    expect(lost.history[0]?.dealDelta).toBe(-5_000_000);
    // The floor is applied at each step, so a later gain starts from nothing, not from −¥3M.
    expect(replay(scenario, ['walk-away', 'win-back']).deal).toBe(2_000_000);
  });

  it('clamps drivers to 0–100 and records the change actually applied', () => {
    const scenario = fakeScenario({
      nodes: [
        fakeNode({
          id: 'ask',
          choices: [
            fakeChoice({ id: 'big', effects: { competence: 25 }, next: 'ask-2' }),
            fakeChoice({ id: 'x', stance: 'win-lose' }),
          ],
        }),
        fakeNode({
          id: 'ask-2',
          choices: [
            fakeChoice({ id: 'big', effects: { competence: 25 }, next: 'ask-3' }),
            fakeChoice({ id: 'x', stance: 'win-lose' }),
          ],
        }),
        fakeNode({
          id: 'ask-3',
          choices: [
            fakeChoice({ id: 'big', effects: { competence: 25 } }),
            fakeChoice({ id: 'x', stance: 'win-lose' }),
          ],
        }),
      ],
    });
    const state = replay(scenario, ['big', 'big', 'big']);
    expect(state.drivers.competence).toBe(100);
    expect(state.history.map((step) => step.deltas.competence)).toEqual([25, 25, 0]);
  });

  it('never changes the state it was given', () => {
    const before = start(fakeScenario());
    const snapshot = structuredClone({ ...before, scenario: undefined });
    choose(before, 'listen');
    expect({ ...before, scenario: undefined }).toEqual(snapshot);
  });

  it('refuses a choice that is not on offer, and choosing after the end', () => {
    expect(() => choose(start(fakeScenario()), 'nope')).toThrow("Node 'ask' has no choice 'nope'.");
    const ended = replay(fakeScenario(), ['listen', 'options']);
    expect(() => choose(ended, 'listen')).toThrow("The run has ended at 'reorder'");
  });
});

describe('rewindTo', () => {
  it('returns to just before the chosen decision, with the scores of that moment', () => {
    const finished = replay(fakeScenario(), ['discount', 'push']);
    const rewound = rewindTo(finished, 1);
    expect(rewound.at).toBe('follow-up');
    expect(rewound.history.map((step) => step.choiceId)).toEqual(['discount']);
    expect(rewound.drivers.intention).toBe(40);
    expect(rewindTo(finished, 0)).toEqual(start(fakeScenario()));
  });
});

describe('trust', () => {
  it('is the rounded mean of the five drivers', () => {
    expect(
      overallTrust({
        intention: 40,
        competence: 50,
        customerFocus: 50,
        communication: 50,
        valueCreation: 51,
      }),
    ).toBe(48);
  });

  it('reads as a demeanour word', () => {
    expect([10, 35, 50, 65, 80].map(demeanourAt)).toEqual([
      'cold',
      'wary',
      'guarded',
      'attentive',
      'open',
    ]);
  });
});

describe('toneAt', () => {
  it('colours trust cold below 40, guarded from 40 and open from 60', () => {
    expect([0, 39, 40, 59, 60, 100].map(toneAt)).toEqual([
      'cold',
      'cold',
      'guarded',
      'guarded',
      'open',
      'open',
    ]);
  });
});

describe('movedDrivers', () => {
  it('lists the drivers a change moves, in driver order', () => {
    expect(movedDrivers({ valueCreation: -6, intention: 4, competence: 0 })).toEqual([
      'intention',
      'valueCreation',
    ]);
    expect(movedDrivers({})).toEqual([]);
  });
});
