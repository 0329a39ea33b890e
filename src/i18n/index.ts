/**
 * The one place UI strings come from, for Astro components (server side). Keys are flat and
 * dotted; `{name}` placeholders are filled from `values`, and a message that counts something
 * has plural forms chosen by the count `n` (see ./format.ts). Each edition has its catalogue
 * (`catalogues` below), which names its locale. Islands use ./client.ts and
 * receive only the strings they need (messagesFor).
 */
import en from './en.json';
import { driverIds } from '../schemas/driver-ids';
import { formatMessage, type Message, type MessageValues } from './format';
import { defaultLocale, type Locale } from '../lib/routes';

export type MessageKey = keyof typeof en;

/** Keys whose English message has plural forms: t() must be given the count as `n`. */
export type PluralKey = {
  [K in MessageKey]: (typeof en)[K] extends string ? never : K;
}[MessageKey];

/** What t() takes after the key: a plural message needs its count `n`; other values are optional. */
export type ValuesFor<K extends MessageKey> = K extends PluralKey
  ? [values: MessageValues & { n: number }]
  : [values?: MessageValues];

/** One locale's strings. Assigning en.json to it checks that every plural message has `other`. */
export interface Catalogue {
  /** BCP 47 tag: the page's `lang` and the plural rules. */
  locale: string;
  messages: Record<MessageKey, Message>;
}

/** What a page ships to an island or a page script: its locale and only the strings it uses. */
export interface Messages {
  locale: string;
  strings: Partial<Record<MessageKey, Message>>;
}

/**
 * One catalogue per edition. Typing each as a Catalogue is the check that it has every key of
 * en.json (tests/unit/i18n/catalogues.test.ts also finds extra keys and lost placeholders). The
 * Japanese edition adds `ja: { locale: 'ja', messages: ja }` here and its pages under /ja/.
 */
export const catalogues: { readonly [L in Locale]?: Catalogue } = {
  en: { locale: 'en', messages: en },
};

const catalogue: Catalogue = catalogues[defaultLocale] ?? { locale: 'en', messages: en };

/**
 * The language of the pages: `<html lang>`, number, money and date formats, and the plural rules
 * of t() here and in islands.
 */
export const locale = catalogue.locale;

export function t<K extends MessageKey>(key: K, ...[values = {}]: ValuesFor<K>): string {
  return formatMessage(catalogue.messages[key], values, catalogue.locale);
}

/** The trust drivers' names alone, for islands that name drivers but don't explain them. */
export const driverNameKeys = driverIds.map((driver) => `driver.${driver}`);

/**
 * The strings an island ships to the browser: every key under a prefix that ends with "." and
 * each other key exactly.
 */
export function messagesFor(...wanted: string[]): Messages {
  // "quiz." takes every key under it; "driver.intention" takes that key alone, not its gist.
  const takes = (key: string) =>
    wanted.some((entry) => (entry.endsWith('.') ? key.startsWith(entry) : key === entry));
  return {
    locale: catalogue.locale,
    strings: Object.fromEntries(Object.entries(catalogue.messages).filter(([key]) => takes(key))),
  };
}
