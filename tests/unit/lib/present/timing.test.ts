import { describe, expect, it } from 'vitest';
import { scriptOrder, sessionTiming } from '../../../../src/lib/present/timing';
import { fakeChoice, fakeNode, fakeScenario } from '../../fakes';
import { shippedScenarios } from '../../content/shipped';

describe('sessionTiming', () => {
  it('plans for the longest path: 5 min intro, 4 min per decision, 10 min debrief', () => {
    // One reply ends the conversation at once; the other leads through two more decisions.
    const scenario = fakeScenario({
      nodes: [
        {
          ...fakeNode({ id: 'ask' }),
          choices: [
            fakeChoice({ id: 'listen', next: 'follow-up' }),
            fakeChoice({ id: 'discount', next: 'one-off', stance: 'win-lose' }),
          ],
        },
        fakeNode({ id: 'follow-up', next: 'close' }),
        fakeNode({ id: 'close', next: 'reorder' }),
      ],
    });
    expect(sessionTiming(scenario)).toEqual({ decisions: 3, minutes: 5 + 3 * 4 + 10 });
  });

  it('gives a one-decision scenario 19 minutes', () => {
    const scenario = fakeScenario({ nodes: [fakeNode({ id: 'ask' })] });
    expect(sessionTiming(scenario)).toEqual({ decisions: 1, minutes: 19 });
  });

  it.each(shippedScenarios())('gives $file a positive length', ({ scenario }) => {
    const timing = sessionTiming(scenario);
    expect(timing.decisions).toBeGreaterThan(0);
    expect(timing.minutes).toBe(15 + timing.decisions * 4);
  });
});

describe('scriptOrder', () => {
  it('prints the opening first and every node once', () => {
    for (const { scenario } of shippedScenarios()) {
      const order = scriptOrder(scenario);
      expect(order[0]?.id).toBe(scenario.start);
      expect(new Set(order.map((node) => node.id)).size).toBe(scenario.nodes.length);
    }
  });
});
