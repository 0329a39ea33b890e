import { describe, expect, it } from 'vitest';
import { replay } from '../../../../src/lib/scenario/engine';
import { moneyBars, scaleMarks } from '../../../../src/lib/scenario/figures';
import { fakeScenario } from '../../fakes';

// Advisor's path: listen, options → the reorder, 90M over three years, deal stays at 10M.
const scenario = fakeScenario();
const advisor = replay(scenario, ['listen', 'options']);
// Discount, push → one order: 15M this quarter, 13M over three years.
const pusher = replay(scenario, ['discount', 'push']);

describe('moneyBars', () => {
  it('shows the advisor’s path beside a poorer run, every bar against the longest', () => {
    expect(moneyBars(pusher, { withAdvisor: true })).toEqual({
      bars: [
        { kind: 'quarter', value: 15_000_000, width: 17 },
        {
          kind: 'lifetime',
          value: 13_000_000,
          width: 14,
          basis: 'Quarterly reorders at the current volume for three years.',
        },
        { kind: 'advisor', value: 90_000_000, width: 100 },
      ],
      cost: 77_000_000,
    });
  });

  it('leaves the advisor’s bar out where it is not wanted, and scales to the bars shown', () => {
    const { bars, cost } = moneyBars(pusher, { withAdvisor: false });
    expect(bars.map((bar) => [bar.kind, bar.width])).toEqual([
      ['quarter', 100],
      ['lifetime', 87],
    ]);
    expect(cost).toBe(77_000_000);
  });

  it('has no advisor’s bar on the advisor’s own path', () => {
    const { bars, cost } = moneyBars(advisor, { withAdvisor: true });
    expect(bars.map((bar) => bar.kind)).toEqual(['quarter', 'lifetime']);
    expect(cost).toBe(0);
  });

  it('never divides by zero', () => {
    const nothing = { ...pusher, deal: 0, at: 'nowhere' };
    expect(moneyBars(nothing, { withAdvisor: false }).bars.map((bar) => bar.width)).toEqual([0, 0]);
  });
});

describe('scaleMarks', () => {
  it('places the path taken and the advisor’s path on the scale', () => {
    expect(scaleMarks(pusher)).toEqual({
      taken: { position: 0, band: 'pusher' },
      best: { position: 100, band: 'advisor' },
    });
    expect(scaleMarks(replay(scenario, ['listen', 'push'])).taken).toEqual({
      position: 50,
      band: 'supplier',
    });
  });
});
