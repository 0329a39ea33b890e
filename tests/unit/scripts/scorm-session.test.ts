import { describe, expect, it } from 'vitest';
import { startScorm12, startScorm2004 } from '../../../src/scripts/lms/scorm';

/** A SCORM 1.2 API that records calls; `answer` decides what each call returns. */
function fakeApi12(answer: (name: string, args: string[]) => unknown = () => 'true') {
  const calls: string[] = [];
  const call =
    (name: string) =>
    (...args: string[]) => {
      calls.push(`${name}(${args.join(', ')})`);
      return answer(name, args);
    };
  const api = Object.fromEntries(
    [
      'LMSInitialize',
      'LMSGetValue',
      'LMSSetValue',
      'LMSCommit',
      'LMSFinish',
      'LMSGetLastError',
    ].map((name) => [name, call(name)]),
  );
  return { api, calls };
}

describe('a SCORM session', () => {
  it('is not started when the LMS refuses to initialize', () => {
    expect(startScorm12(fakeApi12(() => 'false').api)).toBeUndefined();
  });

  it('sets each value, and says whether the LMS took them all', () => {
    const { api, calls } = fakeApi12((name, args) =>
      name === 'LMSSetValue' && args[0] === 'cmi.core.lesson_status' ? 'false' : 'true',
    );
    const session = startScorm12(api);
    expect(
      session?.write([
        ['cmi.core.score.raw', '80'],
        ['cmi.core.lesson_status', 'passed'],
      ]),
    ).toBe(false);
    expect(calls).toContain('LMSSetValue(cmi.core.score.raw, 80)');
  });

  it('treats an LMS that throws as one that refused, never throwing itself', () => {
    const { api } = fakeApi12((name) => {
      if (name === 'LMSInitialize') return 'true';
      throw new Error('LMS gone');
    });
    const session = startScorm12(api);
    expect(session?.suspendData()).toBe('');
    expect(session?.commit()).toBe(false);
    expect(session?.finish('suspend', '0000:00:01.00')).toBe(false);
  });

  it('counts the interactions a SCORM 2004 LMS holds, and none it can’t read', () => {
    const answers: Record<string, string> = { Initialize: 'true', GetValue: '16' };
    const api = Object.fromEntries(
      ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate', 'GetLastError'].map((name) => [
        name,
        () => answers[name] ?? 'true',
      ]),
    );
    expect(startScorm2004(api)?.interactionCount()).toBe(16);
    answers['GetValue'] = 'not a number';
    expect(startScorm2004(api)?.interactionCount()).toBe(0);
    expect(startScorm12(fakeApi12().api)?.interactionCount()).toBeUndefined();
  });

  it('accepts true and false as booleans from an LMS that answers so', () => {
    const { api } = fakeApi12(() => true);
    expect(startScorm12(api)?.commit()).toBe(true);
  });

  it('ends a SCORM 2004 session with exit and session time, then Terminate', () => {
    const calls: string[] = [];
    const api = Object.fromEntries(
      ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate', 'GetLastError'].map((name) => [
        name,
        (...args: string[]) => {
          calls.push(`${name}(${args.join(', ')})`);
          return 'true';
        },
      ]),
    );
    const session = startScorm2004(api);
    calls.length = 0;
    session?.finish('normal', 'PT1M');
    expect(calls).toEqual([
      'SetValue(cmi.exit, normal)',
      'SetValue(cmi.session_time, PT1M)',
      'Commit()',
      'Terminate()',
    ]);
  });
});
