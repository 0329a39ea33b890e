/**
 * Reads a classroom session from an untrusted source (localStorage or the other window) and
 * checks it against the scenario it claims to be about. Nothing here throws: anything that does
 * not fit becomes a reason the interface can show, and the caller starts a fresh session.
 */
import type { Scenario } from '../../schemas/scenario';
import { sessionSchema, type SessionState } from '../../schemas/session';
import { currentNode, isFinished, replay } from '../scenario/engine';
import { isDecisionPhase, isOpenPhase } from './session';

export type Restored =
  | { ok: true; state: SessionState }
  | { ok: false; reason: 'empty' | 'not-json' | 'invalid' | 'other-scenario' | 'stale' };

function fits(scenario: Scenario, state: SessionState): boolean {
  let run;
  try {
    run = replay(scenario, state.path);
  } catch {
    return false; // a reply that is not in this version of the scenario
  }
  if (state.phase === 'intro') return state.path.length === 0;
  if (isOpenPhase(state.phase)) return currentNode(run) !== undefined;
  if (isDecisionPhase(state.phase)) return state.path.length > 0; // a reveal or its prompt
  return isFinished(run); // the outcome or the class debrief
}

export function restoreSession(scenario: Scenario, value: unknown): Restored {
  if (value === undefined || value === null) return { ok: false, reason: 'empty' };
  const parsed = sessionSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const state = parsed.data;
  if (state.scenarioId !== scenario.id) return { ok: false, reason: 'other-scenario' };
  if (!fits(scenario, state)) return { ok: false, reason: 'stale' };
  return { ok: true, state };
}

export function restoreSessionText(scenario: Scenario, text: string | undefined): Restored {
  if (text === undefined || text === '') return { ok: false, reason: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  return restoreSession(scenario, value);
}
