import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../src/i18n';
import { registerMessages, t } from '../../../src/i18n/client';

describe('strings shipped to an island', () => {
  it('carry the catalogue’s locale and only the keys with the prefixes asked for', () => {
    const shipped = messagesFor('lessons.position');
    expect(shipped.locale).toBe('en');
    expect(Object.keys(shipped.strings)).toEqual(['lessons.position']);
  });

  it('are formed with the plural rules of the locale they were shipped with', () => {
    registerMessages({
      locale: 'fr',
      strings: { 'search.count': { one: '{n} résultat', other: '{n} résultats' } },
    });
    expect(t('search.count', { n: 0 })).toBe('0 résultat');
    expect(t('search.count', { n: 2 })).toBe('2 résultats');
  });

  it('show the key for a string the page did not ship', () => {
    expect(t('site.name')).toBe('site.name');
  });
});
