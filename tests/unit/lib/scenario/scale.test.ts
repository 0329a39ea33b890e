import { describe, expect, it } from 'vitest';
import { bandAt, scalePosition } from '../../../../src/lib/scenario/scale';

describe('scalePosition', () => {
  it('puts an all win-win run at trusted advisor and an all win-lose run at product pusher', () => {
    expect(scalePosition([{ stance: 'win-win' }, { stance: 'win-win' }])).toEqual({
      position: 100,
      band: 'advisor',
    });
    expect(scalePosition([{ stance: 'win-lose' }, { stance: 'win-lose' }])).toEqual({
      position: 0,
      band: 'pusher',
    });
  });

  it('averages mixed runs', () => {
    expect(
      scalePosition([{ stance: 'win-win' }, { stance: 'neutral' }, { stance: 'win-lose' }]),
    ).toEqual({ position: 50, band: 'supplier' });
  });

  it('places an empty run in the middle', () => {
    expect(scalePosition([]).position).toBe(50);
  });

  it('divides the scale into five equal bands', () => {
    expect([0, 19, 20, 39, 40, 59, 60, 79, 80, 100].map(bandAt)).toEqual([
      'pusher',
      'pusher',
      'closer',
      'closer',
      'supplier',
      'supplier',
      'partner',
      'partner',
      'advisor',
      'advisor',
    ]);
  });
});
