/**
 * The presenter's keyboard, including presentation clickers (which send PageUp and PageDown).
 * Pure: maps a key and where focus is to a command, so the mapping is tested without a browser.
 */

export type Command =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'select'; index: number }
  | { type: 'reveal' }
  | { type: 'meter' }
  | { type: 'blank' }
  | { type: 'fullscreen' }
  | { type: 'help' }
  | { type: 'escape' }
  | { type: 'votes'; by: 1 | -1 };

export interface KeyContext {
  /**
   * Focus is in a field that needs its own keys. A number field (a vote count) takes digits,
   * arrows, + and −, but not letters, so the letter commands still work from it.
   */
  inField: false | 'text' | 'number';
  /** Focus is on a button, link or other control that Space and Enter already activate. */
  onControl: boolean;
  /** A modifier other than Shift is held: leave browser shortcuts alone. */
  modified: boolean;
}

// B is not here: it blanks the screen, as in PowerPoint and on clickers with a blank button.
// Option B is always 2.
const letters: Record<string, number> = { a: 0, c: 2, d: 3 };

export function commandFor(key: string, context: KeyContext): Command | undefined {
  if (context.modified) return undefined;
  if (key === 'Escape') return { type: 'escape' };
  // Clickers must work wherever focus is; they only send these two keys.
  if (key === 'PageDown') return { type: 'next' };
  if (key === 'PageUp') return { type: 'back' };
  if (context.inField === 'text') return undefined;
  if (context.inField === 'number') return letterCommand(key);
  if (key === 'ArrowRight') return { type: 'next' };
  if (key === 'ArrowLeft') return { type: 'back' };
  if (key === ' ') return context.onControl ? undefined : { type: 'next' };
  const lower = key.toLowerCase();
  const digit = ['1', '2', '3', '4'].indexOf(key);
  if (digit >= 0) return { type: 'select', index: digit };
  const letter = key.length === 1 ? letters[lower] : undefined;
  if (letter !== undefined) return { type: 'select', index: letter };
  if (key === '+' || key === '=') return { type: 'votes', by: 1 };
  if (key === '-' || key === '_') return { type: 'votes', by: -1 };
  if (key === '.') return { type: 'blank' };
  return letterCommand(key);
}

function letterCommand(key: string): Command | undefined {
  const lower = key.toLowerCase();
  if (lower === 'r') return { type: 'reveal' };
  if (lower === 't') return { type: 'meter' };
  if (lower === 'b') return { type: 'blank' };
  if (lower === 'f') return { type: 'fullscreen' };
  if (key === '?') return { type: 'help' };
  return undefined;
}

/** The letter shown beside an option: A–D. */
export function letterOf(index: number): string {
  return String.fromCharCode(65 + index);
}
