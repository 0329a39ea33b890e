/**
 * UI strings inside islands. The page passes each island only the strings it needs (see
 * messagesFor in ./index.ts), with the page's locale for plural rules, so the browser never
 * downloads the whole catalogue; the island's root calls registerMessages as it renders. Types
 * still come from en.json, so keys are checked and plural messages must be given their count.
 */
import type { MessageKey, Messages, ValuesFor } from './index';
import { formatMessage } from './format';

const strings: Messages['strings'] = {};
// 'und' (undetermined) until the first registerMessages; before it there are no strings to form.
let locale = 'und';

export function registerMessages(messages: Messages): void {
  locale = messages.locale;
  Object.assign(strings, messages.strings);
}

/** The page's locale, for number, money and date formats (./formats.ts). */
export const pageLocale = (): string => locale;

export function t<K extends MessageKey>(key: K, ...[values = {}]: ValuesFor<K>): string {
  const message = strings[key];
  return message === undefined ? key : formatMessage(message, values, locale);
}
