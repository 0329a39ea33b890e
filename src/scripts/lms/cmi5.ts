/**
 * The LRS behind a cmi5 launch, for the launch page's cmi5 session (./cmi5-session.ts): the
 * token from the launch's fetch address, then State documents and statements with that token
 * and xAPI 1.0.3's version header. Nothing here throws: a refusal, an error status, a network
 * failure or an answer that does not read all come back as false or { ok: false }.
 */
import type { Cmi5Launch } from '../../lib/lms/cmi5-launch';
import type { XapiStatement } from '../../lib/lms/xapi';

/** An LRS that does not answer in this time is treated as down; the next change tries again. */
const TIMEOUT_MS = 10_000;

export type StateRead = { ok: true; document: unknown } | { ok: false };

export interface Lrs {
  /** True once the session has its token; the fetch address is asked at most once successfully. */
  authorize(): Promise<boolean>;
  /** A State document as parsed JSON; `document` is undefined when the LRS has none. */
  getState(stateId: string): Promise<StateRead>;
  /** keepalive: the request outlives the page (when the learner leaves). */
  putState(stateId: string, body: string, keepalive?: boolean): Promise<boolean>;
  sendStatements(statements: readonly XapiStatement[], keepalive?: boolean): Promise<boolean>;
}

/** The LRS's answer to the fetch address: {"auth-token": "…"} (cmi5 §8.2.3). */
function tokenIn(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !Object.hasOwn(body, 'auth-token')) {
    return undefined;
  }
  const token = (body as Record<string, unknown>)['auth-token'];
  return typeof token === 'string' && token !== '' ? token : undefined;
}

export function lrsFor(launch: Cmi5Launch): Lrs {
  let token: string | undefined;
  const base = launch.endpoint.endsWith('/') ? launch.endpoint : `${launch.endpoint}/`;
  const stateAddress = (stateId: string) => {
    const url = new URL('activities/state', base);
    url.searchParams.set('activityId', launch.activityId);
    url.searchParams.set('agent', JSON.stringify(launch.actor));
    url.searchParams.set('registration', launch.registration);
    url.searchParams.set('stateId', stateId);
    return url.href;
  };
  /**
   * A request that must outlive the page goes in xAPI 1.0.3's alternate request syntax (Part 3,
   * §1.3): a form POST, whose headers and parameters travel in the body. It needs no CORS
   * preflight, which browsers may drop as a page unloads; an LRS must accept it.
   */
  const lastWords = (url: string, method: string, body: string | undefined): Promise<Response> => {
    const target = new URL(url);
    const form = new URLSearchParams(target.searchParams);
    form.set('Authorization', `Basic ${token ?? ''}`);
    form.set('X-Experience-API-Version', '1.0.3');
    if (body !== undefined) {
      form.set('Content-Type', 'application/json');
      form.set('content', body);
    }
    const address = new URL(target.pathname, target.origin);
    address.searchParams.set('method', method);
    return fetch(address.href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      keepalive: true,
    });
  };
  const request = async (
    url: string,
    init: { method: string; body?: string; keepalive?: boolean },
  ): Promise<Response | undefined> => {
    if (!token) return undefined;
    try {
      if (init.keepalive) return await lastWords(url, init.method, init.body);
      return await fetch(url, {
        method: init.method,
        headers: {
          Authorization: `Basic ${token}`,
          'X-Experience-API-Version': '1.0.3',
          ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(init.body === undefined ? {} : { body: init.body }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      return undefined;
    }
  };
  return {
    async authorize() {
      if (token) return true;
      try {
        const response = await fetch(launch.fetch, {
          method: 'POST',
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        token = response.ok ? tokenIn(await response.json()) : undefined;
      } catch {
        token = undefined;
      }
      return token !== undefined;
    },
    async getState(stateId) {
      const response = await request(stateAddress(stateId), { method: 'GET' });
      if (response?.status === 404) return { ok: true, document: undefined };
      if (!response?.ok) return { ok: false };
      let text: string;
      try {
        text = await response.text();
      } catch {
        return { ok: false };
      }
      try {
        return { ok: true, document: text === '' ? undefined : (JSON.parse(text) as unknown) };
      } catch {
        // Not JSON: the document is there but unreadable, which the reader says.
        return { ok: true, document: text };
      }
    },
    async putState(stateId, body, keepalive = false) {
      const response = await request(stateAddress(stateId), { method: 'PUT', body, keepalive });
      return response?.ok ?? false;
    },
    async sendStatements(statements, keepalive = false) {
      if (statements.length === 0) return true;
      const response = await request(new URL('statements', base).href, {
        method: 'POST',
        body: JSON.stringify(statements),
        keepalive,
      });
      return response?.ok ?? false;
    },
  };
}
