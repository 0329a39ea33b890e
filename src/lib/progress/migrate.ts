/**
 * Brings a stored document of any older version up to the current one, one version at a time.
 * Version 1 is the first, so the chain is empty; version 2 will add `migrations[1]` (1 → 2) with a
 * fixture in tests/unit/lib/progress/fixtures/. A document from a newer version is refused, never
 * guessed at, so a learner who opened a newer course elsewhere loses nothing.
 */
import { PROGRESS_VERSION } from '../../schemas/progress-limits';

type Step = (document: Record<string, unknown>) => Record<string, unknown>;

/** migrations[n] turns a version-n document into version n + 1. */
export const migrations: Readonly<Record<number, Step>> = {};

export type MigrationResult =
  | { ok: true; document: Record<string, unknown> }
  | { ok: false; reason: 'future-version' | 'no-version'; version?: number };

export function migrate(document: Record<string, unknown>): MigrationResult {
  const version = document['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'no-version' };
  }
  if (version > PROGRESS_VERSION) return { ok: false, reason: 'future-version', version };
  let current = document;
  for (let from = version; from < PROGRESS_VERSION; from++) {
    const step = migrations[from];
    if (!step) throw new Error(`No migration from progress version ${from}`);
    current = { ...step(current), version: from + 1 };
  }
  return { ok: true, document: current };
}
