/**
 * Suspend data: every valid document comes back as it was, and nothing an LMS, a damaged record
 * or an attacker can put in cmi.suspend_data makes the reader throw or accept a wrong document.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseProgress } from '../../../../src/lib/progress/parse';
import { toBase64url } from '../../../../src/lib/lms/base64url';
import {
  MAX_SUSPEND_JSON_BYTES,
  decodeSuspendData,
  encodeSuspendData,
} from '../../../../src/lib/lms/suspend';
import { fakeProgress, fakeRun } from '../../fakes';
import { crowdedProgressArbitrary, progressArbitrary } from '../progress/arbitraries';

/** Suspend data as a course would write it, around any bytes. */
const deflate = (bytes: Uint8Array) => deflateSync(bytes, { level: 9 });
const s1 = (bytes: Uint8Array) => `s1.${toBase64url(deflate(bytes))}`;
const s1Text = (text: string) => s1(new TextEncoder().encode(text));

describe('encodeSuspendData and decodeSuspendData', () => {
  it('bring back every valid document as it was', () => {
    fc.assert(
      fc.property(progressArbitrary, (progress) => {
        expect(decodeSuspendData(encodeSuspendData(progress))).toEqual({ ok: true, progress });
      }),
      { numRuns: 300 },
    );
  });

  it('bring back documents with hundreds of runs per scenario', () => {
    fc.assert(
      fc.property(crowdedProgressArbitrary, (progress) => {
        expect(decodeSuspendData(encodeSuspendData(progress))).toEqual({ ok: true, progress });
      }),
      { numRuns: 10 },
    );
  });

  it('write only the prefix and characters that need no escaping in any LMS', () => {
    const text = encodeSuspendData(
      fakeProgress({ scenarios: { s: { runs: [fakeRun()], endings: ['reorder'] } } }),
    );
    expect(text).toMatch(/^s1\.[A-Za-z0-9_-]+$/);
  });

  it('read a stored version-1 document through the progress parser and its migrations', () => {
    const fixture = readFileSync(
      join(import.meta.dirname, '..', 'progress', 'fixtures', 'v1.json'),
      'utf8',
    );
    const expected = parseProgress(fixture);
    expect(expected.ok).toBe(true);
    expect(decodeSuspendData(s1Text(fixture))).toEqual(expected);
  });
});

describe('decodeSuspendData on anything else', () => {
  const failure = (text: string | null | undefined) => {
    const result = decodeSuspendData(text);
    return result.ok ? result : { reason: result.reason, detail: result.detail };
  };

  it('calls nothing stored empty', () => {
    for (const text of ['', null, undefined]) expect(failure(text)).toEqual({ reason: 'empty' });
  });

  it('does not guess at other formats, and says when one is newer', () => {
    expect(failure('{"version":1}')).toEqual({
      reason: 'unknown-format',
      detail: 'not Shinrai suspend data',
    });
    expect(failure('S1.abc')).toMatchObject({ reason: 'unknown-format' });
    expect(failure('s2.abc')).toEqual({
      reason: 'unknown-format',
      detail: 'suspend format s2 is not s1',
    });
    const newer = s1Text(JSON.stringify({ ...fakeProgress(), version: 2 }));
    expect(failure(newer)).toEqual({
      reason: 'unknown-format',
      detail: 'progress version 2 is newer than this course',
    });
  });

  it('calls damaged text corrupt, naming the layer that failed', () => {
    const json = new TextEncoder().encode(JSON.stringify(fakeProgress()));
    const cases: [string, string][] = [
      ['s1.', 'not deflate data'],
      ['s1.A', 'not base64url'],
      ['s1.Zg==', 'not base64url'],
      [
        `s1.${toBase64url(new TextEncoder().encode('plain text, never deflated'))}`,
        'not deflate data',
      ],
      [s1Text('{"version":1,'), 'not JSON'],
      [s1(Uint8Array.of(0x7b, 0xff, 0xfe, 0x7d)), 'not UTF-8 text'],
      [`s1.${toBase64url(deflate(json).subarray(0, -4))}`, 'not deflate data'],
    ];
    for (const [text, detail] of cases) {
      expect(failure(text), text).toEqual({ reason: 'corrupt', detail });
    }
  });

  it('calls JSON that is not a valid document invalid, with the first problem', () => {
    expect(failure(s1Text('[1, 2]'))).toEqual({
      reason: 'invalid',
      detail: 'not a progress document',
    });
    const bad = { ...fakeProgress(), lessons: { 'why-trust': { visitedAt: 'yesterday' } } };
    expect(failure(s1Text(JSON.stringify(bad)))).toEqual({
      reason: 'invalid',
      detail: 'lessons.why-trust.visitedAt: not a real time',
    });
    // As JSON.parse reads it, "__proto__" is an own key: skipped, while "constructor" is checked.
    const lesson = { 'why-trust': { visitedAt: '2026-11-02T09:00:00.000Z' } };
    const proto = JSON.stringify(fakeProgress({ lessons: lesson })).replace(
      '"lessons":{',
      '"lessons":{"__proto__":{"polluted":true},"constructor":1,',
    );
    expect(failure(s1Text(proto))).toEqual({
      reason: 'invalid',
      detail: 'lessons.constructor: expected an object',
    });
    const skipped = s1Text(proto.replace('"constructor":1,', ''));
    expect(decodeSuspendData(skipped)).toEqual({
      ok: true,
      progress: fakeProgress({ lessons: lesson }),
    });
    expect({}).not.toHaveProperty('polluted');
  });

  it('refuses a decompression bomb as soon as it inflates past the limit', () => {
    const bomb = deflate(new Uint8Array(4 * MAX_SUSPEND_JSON_BYTES).fill(0x20));
    expect(bomb.length).toBeLessThan(10_000);
    const tooLarge = {
      reason: 'corrupt',
      detail: `inflates to more than ${MAX_SUSPEND_JSON_BYTES} bytes`,
    };
    expect(failure(`s1.${toBase64url(bomb)}`)).toEqual(tooLarge);
    // With its end cut off, it is still refused for its size: reading stopped before the cut.
    expect(failure(`s1.${toBase64url(bomb.subarray(0, -40))}`)).toEqual(tooLarge);
  });

  it('refuses text longer than any document without reading it', () => {
    expect(failure(`s1.${'A'.repeat(3 * MAX_SUSPEND_JSON_BYTES)}`)).toEqual({
      reason: 'corrupt',
      detail: 'longer than any progress document',
    });
  });

  it('never throws, whatever the text', () => {
    const reasons = ['empty', 'unknown-format', 'corrupt', 'invalid'];
    const anything = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ maxLength: 300 }).map((text) => `s1.${text}`),
      fc.uint8Array({ maxLength: 300 }).map((bytes) => `s1.${toBase64url(bytes)}`),
      fc.uint8Array({ maxLength: 300 }).map(s1),
      fc.jsonValue().map((value) => s1Text(JSON.stringify(value))),
      progressArbitrary.map((progress) => {
        const text = encodeSuspendData(progress);
        return text.slice(0, Math.floor(text.length / 2));
      }),
    );
    fc.assert(
      fc.property(anything, (text) => {
        const result = decodeSuspendData(text);
        if (!result.ok) expect(reasons).toContain(result.reason);
      }),
      { numRuns: 500 },
    );
  });
});
