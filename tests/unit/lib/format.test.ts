import { describe, expect, it } from 'vitest';
import {
  formatSigned,
  formatYen,
  formatYenChange,
  formatYenInFull,
} from '../../../src/lib/format/money';
import { formatDate, formatDateTime } from '../../../src/lib/format/dates';

describe('yen formatting', () => {
  it('shortens large amounts the way a salesperson says them', () => {
    expect(formatYen(4_200_000, 'en')).toBe('¥4.2M');
    expect(formatYen(150_000_000, 'en')).toBe('¥150M');
    expect(formatYen(0, 'en')).toBe('¥0');
  });

  it('counts in man and oku in Japanese', () => {
    expect(formatYen(4_200_000, 'ja')).toBe('￥420万');
    expect(formatYen(150_000_000, 'ja')).toBe('￥1.5億');
    expect(formatYenInFull(4_200_000, 'ja')).toBe('￥4,200,000');
  });

  it('signs changes with a true minus', () => {
    expect(formatYenChange(600_000, 'en')).toBe('+¥600K');
    expect(formatYenChange(-2_700_000, 'en')).toBe('−¥2.7M');
    expect(formatYenChange(-2_700_000, 'ja')).toBe('−￥270万');
  });

  it('spells out every yen when asked', () => {
    expect(formatYenInFull(4_200_000, 'en')).toBe('¥4,200,000');
  });

  it('signs driver deltas', () => {
    expect([formatSigned(6), formatSigned(-12), formatSigned(0)]).toEqual(['+6', '−12', '0']);
  });
});

describe('dates', () => {
  // 23:30 UTC on the 28th is 08:30 on the 29th in Tokyo.
  const late = '2026-11-28T23:30:00.000Z';

  it('are written as the locale writes them', () => {
    expect(formatDate(late, 'en', 'UTC')).toBe('Nov 28, 2026');
    expect(formatDate(late, 'ja', 'UTC')).toBe('2026/11/28');
  });

  it('fall on the learner’s own day, not the UTC one', () => {
    expect(formatDate(late, 'en', 'Asia/Tokyo')).toBe('Nov 29, 2026');
    expect(formatDateTime(late, 'ja', 'Asia/Tokyo')).toBe('2026/11/29 8:30');
  });

  it('show a timestamp that isn’t a date as it is, without throwing', () => {
    expect(formatDateTime('constructor', 'en')).toBe('constructor');
    expect(formatDate('', 'ja')).toBe('');
  });
});
