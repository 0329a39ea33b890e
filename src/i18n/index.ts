/**
 * The one place UI strings come from. Keys are flat and dotted; `{name}` placeholders are filled from `values`.
 * A Japanese edition adds ja.json with the same keys.
 */
import en from './en.json';

export type MessageKey = keyof typeof en;

const messages: Record<MessageKey, string> = en;

export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return messages[key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}
