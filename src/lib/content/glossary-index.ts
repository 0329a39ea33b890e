/**
 * The glossary's index: terms in the order the page's locale sorts them, grouped under their
 * initials. English files "Ōsaka" under O, ignoring the macron. A Japanese edition with Japanese
 * headwords would group by kana row (あ行, か行…) here; romanised headwords group as English does.
 */

export interface IndexGroup<T> {
  /** The heading shown for the group, such as "K". */
  initial: string;
  /** A language-independent anchor for the group's heading. */
  anchor: string;
  items: T[];
}

/** The first letter of a term, without accents or macrons, upper-cased as the locale does. */
export function initialOf(term: string, locale: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toLocaleUpperCase(locale);
}

export function groupByInitial<T>(
  items: readonly T[],
  termOf: (item: T) => string,
  locale: string,
): IndexGroup<T>[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const groups = new Map<string, IndexGroup<T>>();
  for (const item of [...items].sort((a, b) => collator.compare(termOf(a), termOf(b)))) {
    const initial = initialOf(termOf(item), locale);
    let group = groups.get(initial);
    if (!group) {
      // "letter-k"; another script's initial is named by its code point, so anchors stay ASCII.
      const name = /^[A-Z]$/.test(initial)
        ? initial.toLowerCase()
        : (initial.codePointAt(0) ?? 0).toString(16);
      const anchor = `letter-${name}`;
      group = { initial, anchor, items: [] };
      groups.set(initial, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}
