import { describe, expect, it } from 'vitest';
import { replay } from '../../../../src/lib/scenario/engine';
import { runRecord } from '../../../../src/lib/scenario/record';
import { fakeScenario } from '../../fakes';

describe('runRecord', () => {
  it('records a finished run: ending, outcome, drivers, deal, scale and path', () => {
    const scenario = fakeScenario();
    const run = replay(scenario, ['discount', 'push']);
    expect(runRecord(run)).toEqual({
      ending: 'one-off',
      outcome: 'one-off',
      drivers: run.drivers,
      deal: 15_000_000,
      scale: 0,
      path: ['discount', 'push'],
    });
  });

  it('records nothing while the run is still being played', () => {
    expect(runRecord(replay(fakeScenario(), ['listen']))).toBeUndefined();
  });
});
