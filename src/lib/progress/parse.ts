/**
 * Reads progress from an untrusted source: localStorage, another tab, or an imported file.
 * Every rejection has a reason the interface can explain; nothing here throws.
 */
import type { Progress } from '../../schemas/progress';
import { Invalid, readProgress } from './guard';
import { migrate } from './migrate';

/** Import files larger than this are refused before parsing. */
export const MAX_IMPORT_BYTES = 1_000_000;

export type ParseFailure =
  | { ok: false; reason: 'too-large'; bytes: number }
  | { ok: false; reason: 'not-json' }
  | { ok: false; reason: 'not-progress' }
  | { ok: false; reason: 'future-version'; version: number }
  | { ok: false; reason: 'invalid'; detail: string };

export type ParseResult = { ok: true; progress: Progress } | ParseFailure;

export function parseProgressDocument(value: unknown): ParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'not-progress' };
  }
  const migrated = migrate(value as Record<string, unknown>);
  if (!migrated.ok) {
    return migrated.reason === 'future-version'
      ? { ok: false, reason: 'future-version', version: migrated.version ?? 0 }
      : { ok: false, reason: 'not-progress' };
  }
  try {
    return { ok: true, progress: readProgress(migrated.document) };
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return { ok: false, reason: 'invalid', detail: error.message.slice(0, 200) };
  }
}

export function parseProgress(text: string, maxBytes = MAX_IMPORT_BYTES): ParseResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxBytes) return { ok: false, reason: 'too-large', bytes };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  return parseProgressDocument(value);
}
