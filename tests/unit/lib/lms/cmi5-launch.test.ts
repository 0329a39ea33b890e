import { describe, expect, it } from 'vitest';
import { cmi5LaunchParams } from '../../../../src/lib/lms/cmi5-launch';

const actor = {
  objectType: 'Agent',
  account: { homePage: 'https://lms.example.co.jp', name: '1625378' },
  name: 'Tanaka Yui',
};
const valid = {
  endpoint: 'https://lrs.example.co.jp/xapi/',
  fetch: 'https://lms.example.co.jp/token?k=2390289x0&s=a1',
  actor: JSON.stringify(actor),
  registration: '760e3480-ba55-4991-94b0-01820dbd23a2',
  activityId: 'https://lms.example.co.jp/au/shinrai-001',
};

/** A launch query string, URL-encoded as an LMS writes it. */
const query = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

function detail(search: string): string {
  const result = cmi5LaunchParams(search);
  if (result.ok || result.reason !== 'malformed') {
    throw new Error(`expected malformed, got ${JSON.stringify(result)}`);
  }
  return result.detail;
}

describe('cmi5LaunchParams', () => {
  it('reads a launch in any order, with or without the question mark', () => {
    const expected = { ok: true, launch: { ...valid, actor } };
    expect(cmi5LaunchParams(query(valid))).toEqual(expected);
    const reversed = Object.fromEntries(Object.entries(valid).reverse());
    expect(cmi5LaunchParams(query(reversed).slice(1))).toEqual(expected);
  });

  it('keeps the actor as the LMS gave it, without objectType or name if it had none', () => {
    const bare = { account: actor.account };
    const result = cmi5LaunchParams(query({ ...valid, actor: JSON.stringify(bare) }));
    expect(result).toEqual({ ok: true, launch: { ...valid, actor: bare } });
  });

  it('is not a cmi5 launch without any of its parameters', () => {
    for (const search of ['', '?', '?lang=ja', '?constructor=1&__proto__=x&toString=y']) {
      expect(cmi5LaunchParams(search), search).toEqual({ ok: false, reason: 'not-cmi5' });
    }
  });

  it('names every missing, empty or repeated parameter', () => {
    expect(detail(query({ endpoint: valid.endpoint }))).toBe(
      'fetch: missing; actor: missing; registration: missing; activityId: missing',
    );
    expect(detail(`${query(valid)}&registration=`)).toBe('registration: given 2 times');
    expect(detail(query({ ...valid, fetch: '' }))).toBe('fetch: missing');
  });

  it('refuses addresses that are not absolute http(s) URLs', () => {
    const cases: [Partial<typeof valid>, string][] = [
      [{ endpoint: 'javascript:alert(1)' }, 'endpoint: not an http(s) address'],
      [{ endpoint: '/xapi/' }, 'endpoint: not an http(s) address'],
      [{ fetch: '//evil.example/token' }, 'fetch: not an http(s) address'],
      [{ fetch: 'https://lms.example.co.jp/token k' }, 'fetch: not an http(s) address'],
      [{ activityId: 'constructor' }, 'activityId: not an IRI'],
      [{ registration: 'constructor' }, 'registration: not a UUID'],
      [{ registration: '760e3480-ba55-4991-94b0-01820dbd23a2x' }, 'registration: not a UUID'],
    ];
    for (const [change, expected] of cases) {
      expect(detail(query({ ...valid, ...change })), JSON.stringify(change)).toBe(expected);
    }
  });

  it('accepts any absolute IRI as the activity id, and an upper-case registration', () => {
    const launch = {
      ...valid,
      activityId: 'urn:uuid:0b6a3e02-7d5a-4bd0-9a4b-8a1c4b0f0c11',
      registration: valid.registration.toUpperCase(),
    };
    expect(cmi5LaunchParams(query(launch))).toMatchObject({ ok: true });
  });

  it('refuses an actor that is not an Agent with an account', () => {
    const cases: [string, string][] = [
      ['{"objectType":"Agent",', 'actor: not JSON'],
      ['"constructor"', 'actor: not a JSON object'],
      ['[]', 'actor: not a JSON object'],
      ['null', 'actor: not a JSON object'],
      [JSON.stringify({ ...actor, objectType: 'Group' }), 'actor: not an Agent'],
      [
        JSON.stringify({ mbox: 'mailto:yui@example.co.jp' }),
        'actor: no account with an absolute homePage',
      ],
      [
        JSON.stringify({ account: { homePage: 'lms', name: 'x' } }),
        'actor: no account with an absolute homePage',
      ],
      [
        JSON.stringify({ account: { homePage: 'https://lms.example.co.jp' } }),
        'actor: no account name',
      ],
      [JSON.stringify({ ...actor, name: { toString: 'x' } }), 'actor: a name that is not text'],
    ];
    for (const [text, expected] of cases) {
      expect(detail(query({ ...valid, actor: text })), text).toBe(expected);
    }
  });

  it('reads the actor’s fields as its own, even with Object.prototype polluted', () => {
    const account = { homePage: 'https://evil.example', name: 'intruder' };
    Object.defineProperty(Object.prototype, 'account', { value: account, configurable: true });
    try {
      expect(({} as { account?: unknown }).account).toBe(account);
      expect(detail(query({ ...valid, actor: '{"objectType":"Agent"}' }))).toBe(
        'actor: no account with an absolute homePage',
      );
    } finally {
      Reflect.deleteProperty(Object.prototype, 'account');
    }
    // As JSON.parse reads it, "__proto__" is an own key, not a prototype to inherit from.
    const inherited =
      '{"account":{"__proto__":{"name":"x"},"homePage":"https://lms.example.co.jp"}}';
    expect(detail(query({ ...valid, actor: inherited }))).toBe('actor: no account name');
  });

  it('refuses values longer than any real one, and never throws', () => {
    expect(detail(query({ ...valid, actor: `${valid.actor}${' '.repeat(5_000)}` }))).toBe(
      'actor: too long',
    );
    for (const search of [
      '?actor=%E0%A4%A',
      '?endpoint=%',
      '?actor=\uD800',
      `?fetch=${'%'.repeat(9_000)}`,
    ]) {
      expect(() => cmi5LaunchParams(search), search).not.toThrow();
      expect(cmi5LaunchParams(search)).toMatchObject({ ok: false, reason: 'malformed' });
    }
  });
});
