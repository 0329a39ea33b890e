import { describe, expect, it } from 'vitest';
import { fill, formatMessage, pluralForm, type PluralForms } from '../../../src/i18n/format';

const runs: PluralForms = { one: '{n} run', other: '{n} runs' };

describe('formatMessage', () => {
  it('fills a plain string as before', () => {
    expect(formatMessage('Lesson {n} of {total}', { n: 3, total: 8 }, 'en')).toBe('Lesson 3 of 8');
  });

  it('picks the English form for 0, 1 and many from the count n', () => {
    expect(formatMessage(runs, { n: 0 }, 'en')).toBe('0 runs');
    expect(formatMessage(runs, { n: 1 }, 'en')).toBe('1 run');
    expect(formatMessage(runs, { n: 2 }, 'en')).toBe('2 runs');
    expect(formatMessage(runs, { n: 500 }, 'en')).toBe('500 runs');
  });

  it('fills the other values of the chosen form', () => {
    const row: PluralForms = {
      one: '{done} of {n} lesson completed',
      other: '{done} of {n} lessons completed',
    };
    expect(formatMessage(row, { done: 0, n: 1 }, 'en')).toBe('0 of 1 lesson completed');
    expect(formatMessage(row, { done: 1, n: 8 }, 'en')).toBe('1 of 8 lessons completed');
  });

  it('uses other when n is missing, and leaves {n} visible so the gap is noticed', () => {
    expect(formatMessage(runs, {}, 'en')).toBe('{n} runs');
    expect(formatMessage(runs, { n: '1' }, 'en')).toBe('1 runs');
  });
});

describe('pluralForm', () => {
  it('follows the locale’s rules, not n === 1: French says "0 point", English "0 points"', () => {
    const points: PluralForms = { one: 'one', other: 'other' };
    expect(pluralForm(points, 0, 'fr')).toBe('one');
    expect(pluralForm(points, 0, 'en')).toBe('other');
    expect(pluralForm(points, 1.5, 'en')).toBe('other');
  });

  it('uses the categories a locale has beyond one and other', () => {
    const forms: PluralForms = { one: 'one', few: 'few', many: 'many', other: 'other' };
    expect([1, 3, 5, 21].map((count) => pluralForm(forms, count, 'ru'))).toEqual([
      'one',
      'few',
      'many',
      'one',
    ]);
  });

  it('falls back to other for a category the catalogue left out', () => {
    expect(pluralForm({ other: '{n} runs' }, 1, 'en')).toBe('{n} runs');
  });

  it('gives Japanese one form for every count: its PluralRules has only other', () => {
    expect(new Intl.PluralRules('ja').resolvedOptions().pluralCategories).toEqual(['other']);
    const times: PluralForms = { other: '{n}回' };
    expect([0, 1, 2].map((n) => formatMessage(times, { n }, 'ja'))).toEqual(['0回', '1回', '2回']);
  });
});

describe('fill', () => {
  it('leaves a placeholder visible when its value is missing', () => {
    expect(fill('Lesson {n} of {total}', { n: 3 })).toBe('Lesson 3 of {total}');
  });
});
