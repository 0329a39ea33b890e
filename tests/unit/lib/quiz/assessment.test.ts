import { describe, expect, it } from 'vitest';
import { PASS_PERCENT, isPassed, missedByDriver } from '../../../../src/lib/quiz/assessment';
import { fakeSingle } from '../../fakes';

describe('isPassed', () => {
  it('passes at the pass mark and above, not below', () => {
    expect(PASS_PERCENT).toBe(80);
    expect(isPassed({ percent: 80 })).toBe(true);
    expect(isPassed({ percent: 100 })).toBe(true);
    expect(isPassed({ percent: 79 })).toBe(false);
  });
});

describe('missedByDriver', () => {
  const price = { ...fakeSingle('price', ['Ask', 'Cut']), drivers: ['intention' as const] };
  const plan = {
    ...fakeSingle('plan', ['Plan', 'Guess']),
    drivers: ['intention' as const, 'valueCreation' as const],
  };
  const untagged = fakeSingle('untagged', ['Yes', 'No']);

  it('counts, per driver tested, the questions not answered right, in the article’s order', () => {
    const answers = {
      price: { type: 'single' as const, choice: 'option-2' },
      plan: { type: 'single' as const, choice: 'option-1' },
    };
    expect(missedByDriver([plan, price, untagged], answers)).toEqual([
      { driver: 'intention', total: 2, missed: 1 },
      { driver: 'valueCreation', total: 1, missed: 0 },
    ]);
  });

  it('counts an unanswered question as missed', () => {
    expect(missedByDriver([price], {})).toEqual([{ driver: 'intention', total: 1, missed: 1 }]);
  });

  it('leaves out every driver when no question is tagged', () => {
    expect(missedByDriver([untagged], {})).toEqual([]);
  });
});
