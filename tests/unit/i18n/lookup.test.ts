import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n';

describe('t', () => {
  it('fills placeholders', () => {
    expect(t('lessons.position', { n: 3, total: 8 })).toBe('Lesson 3 of 8');
  });

  it('leaves a placeholder visible when its value is missing, so the gap is noticed', () => {
    expect(t('lessons.position', { n: 3 })).toBe('Lesson 3 of {total}');
  });
});
