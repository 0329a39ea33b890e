/**
 * Strings for the page's plain scripts (progress marks, search), which the layout embeds as JSON
 * (the locale and the strings) in a data attribute, so those scripts never download the whole
 * catalogue.
 */
import type { Messages } from './index';
import { registerMessages } from './client';

export function registerPageMessages(): void {
  const raw = document.getElementById('ui-messages')?.dataset['messages'];
  if (!raw) return;
  try {
    registerMessages(JSON.parse(raw) as Messages);
  } catch {
    // Malformed strings fall back to showing keys; the page keeps working.
  }
}
