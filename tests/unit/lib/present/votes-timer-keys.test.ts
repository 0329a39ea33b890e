import { describe, expect, it } from 'vitest';
import { clampVotes, majority, tally } from '../../../../src/lib/present/votes';
import {
  formatClock,
  idleTimer,
  pauseTimer,
  secondsLeft,
  startTimer,
  timerStatus,
} from '../../../../src/lib/present/timer';
import { commandFor, letterOf, type KeyContext } from '../../../../src/lib/present/keys';

describe('tally and majority', () => {
  it('counts per option in order, with the leaders', () => {
    expect(tally({ b: 4, a: 2 }, ['a', 'b', 'c'])).toEqual({
      counts: [2, 4, 0],
      total: 6,
      leaders: ['b'],
    });
    expect(majority({ b: 4, a: 2 }, ['a', 'b', 'c'])).toBe('b');
  });

  it('has no majority on a tie or with no votes', () => {
    expect(majority({ a: 3, b: 3 }, ['a', 'b'])).toBeUndefined();
    expect(majority({}, ['a', 'b'])).toBeUndefined();
    expect(majority(undefined, ['a', 'b'])).toBeUndefined();
    expect(tally(undefined, ['a']).leaders).toEqual([]);
  });

  it('ignores votes for options that are not offered', () => {
    expect(tally({ z: 40, a: 1 }, ['a', 'b']).total).toBe(1);
  });

  it('clamps counts to whole numbers from 0 to 999', () => {
    expect([-3, 2.6, 5000, Number.NaN].map(clampVotes)).toEqual([0, 3, 999, 0]);
  });
});

describe('the discussion timer', () => {
  it('counts down from when it started, pauses and resumes', () => {
    const running = startTimer(idleTimer(60), 10_000);
    expect(timerStatus(running, 10_000)).toBe('running');
    expect(secondsLeft(running, 40_000)).toBe(30);
    const paused = pauseTimer(running, 40_000);
    expect(timerStatus(paused, 99_000)).toBe('paused');
    expect(secondsLeft(paused, 99_000)).toBe(30);
    const resumed = startTimer(paused, 100_000);
    expect(secondsLeft(resumed, 110_000)).toBe(20);
    expect(timerStatus(resumed, 200_000)).toBe('done');
    expect(secondsLeft(resumed, 200_000)).toBe(0);
  });

  it('an idle timer shows its full length', () => {
    expect(secondsLeft(idleTimer(180), 5)).toBe(180);
    expect(timerStatus(idleTimer(180), 5)).toBe('idle');
    expect(pauseTimer(idleTimer(60), 5)).toEqual(idleTimer(60));
  });

  it('formats as minutes and seconds', () => {
    expect([0, 5, 65, 180].map(formatClock)).toEqual(['0:00', '0:05', '1:05', '3:00']);
  });
});

describe('presenter keys', () => {
  const plain: KeyContext = { inField: false, onControl: false, modified: false };

  it('clicker keys and arrows move through the phases', () => {
    expect(commandFor('PageDown', plain)).toEqual({ type: 'next' });
    expect(commandFor('ArrowRight', plain)).toEqual({ type: 'next' });
    expect(commandFor(' ', plain)).toEqual({ type: 'next' });
    expect(commandFor('PageUp', plain)).toEqual({ type: 'back' });
    expect(commandFor('ArrowLeft', plain)).toEqual({ type: 'back' });
  });

  it('1–4 and A, C, D select options; B blanks, as on a clicker', () => {
    expect(['1', '2', '3', '4'].map((key) => commandFor(key, plain))).toEqual(
      [0, 1, 2, 3].map((index) => ({ type: 'select', index })),
    );
    expect(commandFor('a', plain)).toEqual({ type: 'select', index: 0 });
    expect(commandFor('D', plain)).toEqual({ type: 'select', index: 3 });
    expect(commandFor('b', plain)).toEqual({ type: 'blank' });
    expect(commandFor('.', plain)).toEqual({ type: 'blank' });
  });

  it('maps the other letters and symbols', () => {
    expect(commandFor('r', plain)).toEqual({ type: 'reveal' });
    expect(commandFor('T', plain)).toEqual({ type: 'meter' });
    expect(commandFor('f', plain)).toEqual({ type: 'fullscreen' });
    expect(commandFor('?', plain)).toEqual({ type: 'help' });
    expect(commandFor('Escape', plain)).toEqual({ type: 'escape' });
    expect(commandFor('+', plain)).toEqual({ type: 'votes', by: 1 });
    expect(commandFor('-', plain)).toEqual({ type: 'votes', by: -1 });
    expect(commandFor('x', plain)).toBeUndefined();
  });

  it('leaves typing in a vote field and browser shortcuts alone, but not the clicker', () => {
    const inField = { ...plain, inField: 'number' as const };
    expect(commandFor('3', inField)).toBeUndefined();
    expect(commandFor('+', inField)).toBeUndefined();
    expect(commandFor('ArrowRight', inField)).toBeUndefined();
    expect(commandFor('PageDown', inField)).toEqual({ type: 'next' });
    expect(commandFor('Escape', inField)).toEqual({ type: 'escape' });
    // Letters mean nothing to a number field, so they stay commands there.
    expect(commandFor('b', inField)).toEqual({ type: 'blank' });
    expect(commandFor('r', inField)).toEqual({ type: 'reveal' });
    expect(commandFor('a', inField)).toBeUndefined();
    const inText = { ...plain, inField: 'text' as const };
    expect(commandFor('b', inText)).toBeUndefined();
    expect(commandFor('r', { ...plain, modified: true })).toBeUndefined();
    expect(commandFor(' ', { ...plain, onControl: true })).toBeUndefined();
  });

  it('letters the options A to D', () => {
    expect([0, 1, 2, 3].map(letterOf)).toEqual(['A', 'B', 'C', 'D']);
  });
});
