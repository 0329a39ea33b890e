import { describe, expect, it } from 'vitest';
import {
  formatSigned,
  formatYen,
  formatYenChange,
  formatYenInFull,
} from '../../../src/lib/format/money';

describe('yen formatting', () => {
  it('shortens large amounts the way a salesperson says them', () => {
    expect(formatYen(4_200_000)).toBe('¥4.2M');
    expect(formatYen(150_000_000)).toBe('¥150M');
    expect(formatYen(0)).toBe('¥0');
  });

  it('signs changes with a true minus', () => {
    expect(formatYenChange(600_000)).toBe('+¥600K');
    expect(formatYenChange(-2_700_000)).toBe('−¥2.7M');
  });

  it('spells out every yen when asked', () => {
    expect(formatYenInFull(4_200_000)).toBe('¥4,200,000');
  });

  it('signs driver deltas', () => {
    expect([formatSigned(6), formatSigned(-12), formatSigned(0)]).toEqual(['+6', '−12', '0']);
  });
});
