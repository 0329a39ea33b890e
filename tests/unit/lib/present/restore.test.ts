import { describe, expect, it } from 'vitest';
import { restoreSession, restoreSessionText } from '../../../../src/lib/present/restore';
import { newSession, update, type SessionState } from '../../../../src/lib/present/session';
import { fakeScenario } from '../../fakes';

const scenario = fakeScenario();

function revealed(): SessionState {
  let state = newSession(scenario);
  for (let i = 0; i < 4; i += 1) state = update(scenario, state, { type: 'next' });
  state = update(scenario, state, { type: 'setVotes', choiceId: 'discount', count: 8 });
  return update(scenario, state, { type: 'reveal' });
}

describe('restoreSession', () => {
  it('gives back a stored session exactly', () => {
    const state = revealed();
    expect(restoreSessionText(scenario, JSON.stringify(state))).toEqual({ ok: true, state });
  });

  it('says why it refuses anything else, without throwing', () => {
    expect(restoreSessionText(scenario, undefined)).toEqual({ ok: false, reason: 'empty' });
    expect(restoreSessionText(scenario, '{nope')).toEqual({ ok: false, reason: 'not-json' });
    expect(restoreSessionText(scenario, '"<script>alert(1)</script>"')).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(restoreSession(scenario, { ...revealed(), version: 99 })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(restoreSession(scenario, { ...revealed(), votes: [{ listen: -4 }] })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(restoreSession(scenario, { ...revealed(), scenarioId: 'other' })).toEqual({
      ok: false,
      reason: 'other-scenario',
    });
  });

  it('refuses a path the scenario no longer has, or a phase that does not fit it', () => {
    expect(restoreSession(scenario, { ...revealed(), path: ['gone'] })).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(restoreSession(scenario, { ...revealed(), phase: 'debrief' })).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(restoreSession(scenario, { ...revealed(), phase: 'intro' })).toEqual({
      ok: false,
      reason: 'stale',
    });
  });
});
