/**
 * A classroom session as plain checks, for the browser: the rules of src/schemas/session.ts
 * without bundling the schema library. tests/unit/lib/present/guard.test.ts holds the two to the
 * same verdict. What a session means for its scenario is checked after this, in ./restore.ts.
 */
import type { SessionState } from '../../schemas/session';
import { MAX_OPTIONS, MAX_REV, SESSION_VERSION, phases } from '../../schemas/session-limits';
import {
  array,
  boolean,
  fail,
  id,
  int,
  object,
  optional,
  record,
  text,
  type Path,
} from '../checks';

const count = (value: unknown, path: Path) => int(value, path, 0, 999);

function votes(value: unknown, path: Path): Record<string, number> {
  // Counted before reading, so a forged record with thousands of keys costs nothing.
  if (typeof value === 'object' && value !== null && Object.keys(value).length > MAX_OPTIONS) {
    fail(path, 'too many options');
  }
  return record(value, path, count);
}

const decisions = (value: unknown, path: Path) => array(value, path, 200, votes);
const replies = (value: unknown, path: Path) => array(value, path, 200, id);

function epoch(value: unknown, path: Path): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail(path, 'expected a time');
  }
  return value;
}

function timer(value: unknown, path: Path): SessionState['timer'] {
  const source = object(value, path);
  return {
    length: int(source['length'], [...path, 'length'], 10, 3600),
    ...optional(source, 'endsAt', path, epoch),
    ...optional(source, 'pausedLeft', path, (left, at) => int(left, at, 0, 3600)),
  };
}

function firstRun(value: unknown, path: Path): NonNullable<SessionState['firstRun']> {
  const source = object(value, path);
  return {
    path: replies(source['path'], [...path, 'path']),
    votes: decisions(source['votes'], [...path, 'votes']),
  };
}

/** A whole session; throws Invalid naming the first problem. */
export function readSession(value: unknown): SessionState {
  const source = object(value, []);
  if (source['version'] !== SESSION_VERSION) fail(['version'], `expected ${SESSION_VERSION}`);
  const phase = phases.find((known) => known === source['phase']);
  if (!phase) fail(['phase'], 'not a phase');
  return {
    version: SESSION_VERSION,
    scenarioId: id(source['scenarioId'], ['scenarioId']),
    phase,
    path: replies(source['path'], ['path']),
    votes: decisions(source['votes'], ['votes']),
    ...optional(source, 'selected', [], id),
    meterHidden: boolean(source['meterHidden'], ['meterHidden']),
    hideUntilReveal: boolean(source['hideUntilReveal'], ['hideUntilReveal']),
    blank: boolean(source['blank'], ['blank']),
    timer: timer(source['timer'], ['timer']),
    ...optional(source, 'firstRun', [], firstRun),
    rev: int(source['rev'], ['rev'], 0, MAX_REV),
    by: text(source['by'], ['by'], 40),
  };
}
