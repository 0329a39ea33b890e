/**
 * Turns a catalogue message into text. Pure, so server pages, islands and page scripts share it.
 *
 * A message is a string with `{name}` placeholders, or, when it counts something, an object of
 * plural forms keyed by the Intl.PluralRules categories of the catalogue's locale: English has
 * `one` and `other`, Japanese only `other`. Every plural message has `other`, the form each
 * locale has.
 *
 * The count that picks the form is always the value named `n`, whatever else the message holds:
 * `{"one": "{n} run", "other": "{n} runs"}`, `{"one": "{done} of {n} lesson completed", …}`. One
 * name means every call site reads alike and the types can insist on a number for it. A sentence
 * with two counts is put together from two plural messages, each filled first and passed in as a
 * value (`"{lessons} · about {minutes} in all"`, the parts keyed `home.total.lessons` and
 * `home.total.minutes`). A form may leave the number out only where its category means exactly
 * one, as English `one` does; in other languages `one` can cover 21.
 */

/** The plural forms of one message: any CLDR categories the locale uses, and always `other`. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;
export type MessageValues = Record<string, string | number>;

// PluralRules objects are costly to build and the page has one locale, so each is made once.
const rulesByLocale = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return rules;
}

/** The form for `count` in `locale`; a category the catalogue left out falls back to `other`. */
export function pluralForm(forms: PluralForms, count: number, locale: string): string {
  return forms[pluralRules(locale).select(count)] ?? forms.other;
}

/** Fills `{name}` placeholders; a missing value leaves the placeholder visible, so the gap is noticed. */
export function fill(template: string, values: MessageValues): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}

/** A message as text: its plural form for `values.n` (`other` without one), then filled. */
export function formatMessage(message: Message, values: MessageValues, locale: string): string {
  if (typeof message === 'string') return fill(message, values);
  const count = values['n'];
  return fill(
    typeof count === 'number' ? pluralForm(message, count, locale) : message.other,
    values,
  );
}
