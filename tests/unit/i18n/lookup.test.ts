import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en.json';
import { locale, t } from '../../../src/i18n';
import type { Message } from '../../../src/i18n/format';

describe('t', () => {
  it('fills placeholders', () => {
    expect(t('lessons.position', { n: 3, total: 8 })).toBe('Lesson 3 of 8');
  });

  it('leaves a placeholder visible when its value is missing, so the gap is noticed', () => {
    expect(t('lessons.position', { n: 3 })).toBe('Lesson 3 of {total}');
  });

  it('says a count in the form it needs: 0 runs, 1 run, 2 runs', () => {
    expect([0, 1, 2].map((n) => t('progress.scenarios.runs', { n }))).toEqual([
      '0 runs',
      '1 run',
      '2 runs',
    ]);
    expect(t('assessment.unanswered', { n: 1 })).toBe(
      '1 question is unanswered. Answer it, then submit.',
    );
    expect(t('quiz.chooseMany', { n: 1 })).toBe('Choose 1 answer.');
  });

  it('builds a sentence with two counts from two plural messages', () => {
    const total = t('home.total', {
      lessons: t('home.total.lessons', { n: 1 }),
      minutes: t('home.total.minutes', { n: 45 }),
    });
    expect(total).toBe('1 lesson · about 45 minutes in all');
  });

  it('insists on the count for a plural message', () => {
    // @ts-expect-error a plural message must be given its count as n
    expect(t('progress.scenarios.runs')).toBe('{n} runs');
    // @ts-expect-error the count is a number, not text
    expect(t('progress.scenarios.runs', { n: '1' })).toBe('1 runs');
  });
});

describe('the English catalogue', () => {
  const messages: Record<string, Message> = en;
  const plural = Object.entries(messages).flatMap(([key, message]) =>
    typeof message === 'string' ? [] : [[key, message] as const],
  );

  it('has plural messages', () => {
    expect(plural.length).toBeGreaterThan(10);
  });

  it('gives every plural message exactly the forms its locale’s rules choose from', () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const [key, forms] of plural) {
      expect(Object.keys(forms).sort(), key).toEqual([...categories].sort());
    }
  });
});
