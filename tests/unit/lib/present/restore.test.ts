import { describe, expect, it } from 'vitest';
import { restoreSession, restoreSessionText } from '../../../../src/lib/present/restore';
import { newSession, update, type SessionState } from '../../../../src/lib/present/session';
import { MAX_REV } from '../../../../src/schemas/session';
import { fakeScenario } from '../../fakes';

const scenario = fakeScenario();
const NOW = Date.UTC(2026, 10, 29, 10, 0, 0);

function revealed(): SessionState {
  let state = newSession(scenario);
  for (let i = 0; i < 4; i += 1) state = update(scenario, state, { type: 'next' });
  state = update(scenario, state, { type: 'setVotes', choiceId: 'discount', count: 8 });
  return update(scenario, state, { type: 'reveal' });
}

describe('restoreSession', () => {
  it('gives back a stored session exactly', () => {
    const state = revealed();
    expect(restoreSessionText(scenario, JSON.stringify(state), NOW)).toEqual({ ok: true, state });
  });

  it('says why it refuses anything else, without throwing', () => {
    expect(restoreSessionText(scenario, undefined, NOW)).toEqual({ ok: false, reason: 'empty' });
    expect(restoreSessionText(scenario, '{nope', NOW)).toEqual({ ok: false, reason: 'not-json' });
    expect(restoreSessionText(scenario, '"<script>alert(1)</script>"', NOW)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(restoreSession(scenario, { ...revealed(), version: 99 }, NOW)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(restoreSession(scenario, { ...revealed(), votes: [{ listen: -4 }] }, NOW)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(restoreSession(scenario, { ...revealed(), scenarioId: 'other' }, NOW)).toEqual({
      ok: false,
      reason: 'other-scenario',
    });
  });

  it('refuses a path the scenario no longer has, or a phase that does not fit it', () => {
    expect(restoreSession(scenario, { ...revealed(), path: ['gone'] }, NOW)).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(restoreSession(scenario, { ...revealed(), phase: 'debrief' }, NOW)).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(restoreSession(scenario, { ...revealed(), phase: 'intro' }, NOW)).toEqual({
      ok: false,
      reason: 'stale',
    });
  });

  describe('refuses impossible states from storage or a forged message', () => {
    it('a selected reply the current decision does not offer', () => {
      let state = newSession(scenario);
      for (let i = 0; i < 4; i += 1) state = update(scenario, state, { type: 'next' });
      expect(state.phase).toBe('vote');
      expect(restoreSession(scenario, state, NOW).ok).toBe(true);
      expect(restoreSession(scenario, { ...state, selected: 'push' }, NOW)).toEqual({
        ok: false,
        reason: 'stale',
      });
      expect(restoreSession(scenario, { ...revealed(), selected: 'listen' }, NOW)).toEqual({
        ok: false,
        reason: 'stale',
      });
    });

    it('a timer that ends further away than its own length', () => {
      const state = revealed();
      const running = { ...state, timer: { length: 120, endsAt: NOW + 120_000 } };
      expect(restoreSession(scenario, running, NOW).ok).toBe(true);
      const farFuture = { ...state, timer: { length: 120, endsAt: 1e300 } };
      expect(restoreSession(scenario, farFuture, NOW)).toEqual({ ok: false, reason: 'stale' });
      const paused = { ...state, timer: { length: 60, pausedLeft: 600 } };
      expect(restoreSession(scenario, paused, NOW)).toEqual({ ok: false, reason: 'stale' });
    });

    it('a revision past the ceiling, which would put two windows out of step', () => {
      expect(restoreSession(scenario, { ...revealed(), rev: MAX_REV }, NOW).ok).toBe(true);
      expect(
        restoreSession(scenario, { ...revealed(), rev: Number.MAX_SAFE_INTEGER }, NOW),
      ).toEqual({ ok: false, reason: 'invalid' });
      const atCeiling = { ...revealed(), rev: MAX_REV };
      expect(update(scenario, atCeiling, { type: 'toggleBlank' }).rev).toBe(MAX_REV);
    });

    it('votes for replies that are not offered, or a record with thousands of keys', () => {
      const huge = Object.fromEntries(
        Array.from({ length: 300_000 }, (_, index) => [`option-${index}`, 1]),
      );
      expect(restoreSession(scenario, { ...revealed(), votes: [huge] }, NOW)).toEqual({
        ok: false,
        reason: 'invalid',
      });
      expect(restoreSession(scenario, { ...revealed(), votes: [{ options: 3 }] }, NOW)).toEqual({
        ok: false,
        reason: 'stale',
      });
      expect(
        restoreSession(scenario, { ...revealed(), votes: [{}, {}, {}, { listen: 1 }] }, NOW),
      ).toEqual({ ok: false, reason: 'stale' });
    });

    it('an id named like a built-in property', () => {
      expect(restoreSession(scenario, { ...revealed(), votes: [{ constructor: 2 }] }, NOW)).toEqual(
        { ok: false, reason: 'stale' },
      );
      expect(restoreSession(scenario, { ...revealed(), path: ['constructor'] }, NOW)).toEqual({
        ok: false,
        reason: 'stale',
      });
    });
  });
});
