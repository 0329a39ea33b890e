/**
 * A classroom session's version, phases and limits, as plain values: the browser checks sessions
 * with src/lib/present/guard.ts, without bundling the schema library, and src/schemas/session.ts
 * uses the same ones.
 */
export const SESSION_VERSION = 1;

/**
 * Phases of one decision: situation → options → discuss → vote → confirm → reveal → prompt.
 * The prompt phase appears only when the chosen reply has a facilitator prompt. A session opens
 * with an intro and closes with the outcome (ending) and the class debrief.
 */
export const phases = [
  'intro',
  'situation',
  'options',
  'discuss',
  'vote',
  'confirm',
  'reveal',
  'prompt',
  'ending',
  'debrief',
] as const;

/** Revisions stop here: far beyond any class, and still exact, so `rev + 1` always orders. */
export const MAX_REV = 2 ** 31 - 1;
/** A decision offers at most this many replies (see src/schemas/scenario.ts). */
export const MAX_OPTIONS = 4;
