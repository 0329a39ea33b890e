import { describe, expect, it } from 'vitest';
import { advisorChoiceAt, advisorRun, allRuns } from '../../../../src/lib/scenario/paths';
import { costOfPath, tradeOffProblems } from '../../../../src/lib/scenario/economics';
import { replay } from '../../../../src/lib/scenario/engine';
import { mapLayout } from '../../../../src/lib/scenario/map';
import { driverWeight, mainDrivers } from '../../../../src/lib/scenario/drivers';
import { fakeEnding, fakeScenario } from '../../fakes';

describe('paths', () => {
  it('lists every way through the scenario', () => {
    expect(allRuns(fakeScenario())).toHaveLength(4);
  });

  it('finds the advisor path: the one that ends with the most trust', () => {
    const advisor = advisorRun(fakeScenario());
    expect(advisor.history.map((step) => step.choiceId)).toEqual(['listen', 'options']);
    expect(advisorChoiceAt(fakeScenario(), 'follow-up')).toBe('options');
  });
});

describe('economics', () => {
  it('prices the pusher’s path against the advisor’s lifetime value', () => {
    const pusher = replay(fakeScenario(), ['discount', 'push']);
    expect(costOfPath(pusher)).toBe(90_000_000 - 13_000_000);
  });

  it('accepts a scenario where win-lose wins more now and the advisor more over three years', () => {
    expect(tradeOffProblems(fakeScenario())).toEqual([]);
  });

  it('flags a scenario whose advisor path is not the most valuable', () => {
    const scenario = fakeScenario({
      endings: [fakeEnding({ lifetime: 1_000 }), fakeEnding({ id: 'one-off', outcome: 'one-off' })],
    });
    expect(
      tradeOffProblems(scenario)
        .map((problem) => problem.message)
        .join(),
    ).toContain('the advisor path must have the highest lifetime value');
  });

  it('flags a scenario where no win-lose move wins a bigger deal now', () => {
    const base = fakeScenario();
    const scenario = fakeScenario({
      nodes: base.nodes.map((node) => ({
        ...node,
        choices: node.choices.map((choice) => ({ ...choice, deal: 0 })),
      })),
    });
    expect(
      tradeOffProblems(scenario)
        .map((problem) => problem.message)
        .join(),
    ).toContain('the temptation must be real');
  });
});

describe('mapLayout', () => {
  it('lays decisions left to right and endings in the last column', () => {
    const map = mapLayout(fakeScenario());
    const column = (id: string) => map.nodes.find((node) => node.id === id)?.column;
    expect([column('ask'), column('follow-up'), column('reorder'), column('one-off')]).toEqual([
      0, 1, 2, 2,
    ]);
    expect(map.columns).toBe(3);
    expect(map.rows).toBe(2);
    expect(map.edges).toHaveLength(4);
  });
});

describe('driver weights', () => {
  it('sum every reply’s effect on a driver, either way, and rank the drivers by it', () => {
    // fake: ask (+6 / −10 intention), follow-up (+8 value creation / −12 customer focus)
    expect(driverWeight(fakeScenario(), 'intention')).toBe(16);
    expect(mainDrivers(fakeScenario(), 2)).toEqual(['intention', 'customerFocus']);
  });
});
