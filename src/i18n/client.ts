/**
 * UI strings inside islands. The page passes each island only the strings it needs (see
 * messagesFor in ./index.ts), so the browser never downloads the whole catalogue; the island's
 * root calls registerMessages as it renders. Types still come from en.json, so keys are checked.
 */
import type { MessageKey, Messages } from './index';
import { fill } from './format';

const registry: Messages = {};

export function registerMessages(messages: Messages): void {
  Object.assign(registry, messages);
}

export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return fill(registry[key] ?? key, values);
}
