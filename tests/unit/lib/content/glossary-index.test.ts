import { describe, expect, it } from 'vitest';
import { groupByInitial, initialOf } from '../../../../src/lib/content/glossary-index';

const byTerm = (terms: string[], locale: string) =>
  groupByInitial(terms, (term) => term, locale).map(({ initial, anchor, items }) => ({
    initial,
    anchor,
    items,
  }));

describe('the glossary index', () => {
  it('files a romanised term under its letter without the macron', () => {
    expect(initialOf('Ōsaka', 'en')).toBe('O');
    expect(initialOf('kōjōchō', 'en')).toBe('K');
  });

  it('sorts as the locale does, ignoring case and marks, and groups under each initial', () => {
    expect(byTerm(['nemawashi', 'Kachō', 'ōsetsuma', 'kaizen', 'Omiyage'], 'en')).toEqual([
      { initial: 'K', anchor: 'letter-k', items: ['Kachō', 'kaizen'] },
      { initial: 'N', anchor: 'letter-n', items: ['nemawashi'] },
      { initial: 'O', anchor: 'letter-o', items: ['Omiyage', 'ōsetsuma'] },
    ]);
  });

  it('keeps anchors ASCII for an initial in another script', () => {
    const [group] = byTerm(['信頼'], 'ja');
    expect(group?.anchor).toBe('letter-4fe1');
    expect(group?.initial).toBe('信');
  });
});
