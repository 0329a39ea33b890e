/**
 * The one place UI strings come from, for Astro components (server side). Keys are flat and
 * dotted; `{name}` placeholders are filled from `values`. A Japanese edition adds ja.json with the
 * same keys. Islands use ./client.ts and receive only the strings they need (messagesFor).
 */
import en from './en.json';
import { fill } from './format';

export type MessageKey = keyof typeof en;
export type Messages = Partial<Record<MessageKey, string>>;

const messages: Record<MessageKey, string> = en;

export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return fill(messages[key], values);
}

/** The strings whose keys start with any of the prefixes: what an island ships to the browser. */
export function messagesFor(...prefixes: string[]): Messages {
  return Object.fromEntries(
    Object.entries(messages).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix))),
  );
}
