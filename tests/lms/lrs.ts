/**
 * An LRS and cmi5 LMS in a test, on an origin of its own (a local HTTP server, not Playwright's
 * routing: the course's last requests go with keepalive as its page is left, and routing misses
 * some of those, about 1 in 12 here, where a real server gets every one): the fetch address that hands out a session's token (once), POST and PUT /statements, and
 * GET, PUT and POST /activities/state. Every statement is checked against the xAPI specification
 * (xapi-validation, Learning Locker's validator) and against the cmi5 rules (./cmi5-rules.ts) as
 * it arrives; a statement that breaks either is refused with 400, as an LMS refuses it, and kept
 * in `violations`, which the `lrs` fixture requires to be empty when a test ends.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as base, expect } from '@playwright/test';
import xapiValidation from 'xapi-validation';
import { SESSION_ID, cmi5Problems, named, type LaunchFacts, type Statement } from './cmi5-rules';
import { CONTENT, ORIGIN } from './harness';

export const AU_ID = 'https://shinrai.example/xapi/courses/shinrai/au';
const PUBLISHER = 'https://shinrai.example/xapi/courses/shinrai';

// The package is CommonJS with `exports.default`; Node's ESM loader hands over the whole exports.
const validate = (
  typeof xapiValidation === 'function'
    ? xapiValidation
    : (xapiValidation as unknown as { default: typeof xapiValidation }).default
) as (statement: unknown) => { path?: (string | number)[]; message?: string }[];

const cors = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, PUT, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
  'Access-Control-Allow-Private-Network': 'true',
  'X-Experience-API-Version': '1.0.3',
};

interface LrsRequest {
  method: string;
  url: URL;
  headers: Record<string, string | string[] | undefined>;
  body: string | null;
}

/**
 * A request in xAPI 1.0.3's alternate syntax (a form POST with ?method=, which the course uses
 * as the page is left) as the request it stands for: headers, parameters and content from the form.
 */
function plainRequest(request: LrsRequest): LrsRequest {
  const method = request.url.searchParams.get('method');
  if (request.method !== 'POST' || method === null) return request;
  const form = new URLSearchParams(request.body ?? '');
  const url = new URL(request.url.pathname, request.url.origin);
  const headers: LrsRequest['headers'] = {};
  let body: string | null = null;
  for (const [name, value] of form) {
    if (name === 'content') body = value;
    else if (
      ['authorization', 'x-experience-api-version', 'content-type'].includes(name.toLowerCase())
    )
      headers[name.toLowerCase()] = value;
    else url.searchParams.set(name, value);
  }
  return { method, url, headers, body };
}

/** An HTTP answer: a status, and a body already written as JSON text. */
interface Answer {
  status: number;
  body?: string;
}

const json = (status: number, body: unknown): Answer => ({ status, body: JSON.stringify(body) });

export interface LrsOptions {
  /** What LMS.LaunchData holds besides the context template. */
  launchMode?: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  returnURL?: string;
}

export interface Stored {
  statement: Statement & Record<string, unknown>;
  /** Which launch (session) sent it, counting from 1. */
  launch: number;
}

export class LrsDouble {
  readonly registration = randomUUID();
  readonly actor = {
    objectType: 'Agent' as const,
    account: { homePage: 'https://lms.example', name: 'kenji.sato' },
    name: 'Sato Kenji',
  };
  readonly statements: Stored[] = [];
  readonly violations: string[] = [];
  /** State documents by stateId (one learner, one registration, one AU). */
  readonly state = new Map<string, string>();
  /** Every request but the token's answers this status. */
  refuse: 401 | 500 | undefined;
  private readonly tokens = new Map<string, { token: string; used: boolean; launch: number }>();
  private readonly facts: LaunchFacts;
  private launches = 0;

  private server: Server | undefined;
  private origin = '';

  /** LMS.LaunchData for the launches to come: cmi5.xml's masteryScore of 0.8 unless told. */
  configure(options: LrsOptions): void {
    Object.assign(this.facts.launchData, options);
  }

  /** Starts answering on a free local port: another origin than the LMS's, so CORS applies. */
  async start(): Promise<void> {
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const answer = this.answer(
          plainRequest({
            method: request.method ?? 'GET',
            url: new URL(request.url ?? '/', this.origin),
            headers: request.headers,
            body: chunks.length > 0 ? Buffer.concat(chunks).toString('utf8') : null,
          }),
        );
        response.writeHead(answer.status, {
          ...cors,
          ...(answer.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        });
        response.end(answer.body);
      });
    });
    // Node closes an idle connection after 5 s, and a POST the browser sends on one as it closes
    // is lost, not retried: a course's last statements would vanish at random. Keep them open.
    server.keepAliveTimeout = 120_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  }

  async stop(): Promise<void> {
    const { server } = this;
    if (!server) return;
    // The browser may still hold connections open; they end with the test.
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  constructor(options: LrsOptions = { masteryScore: 0.8 }) {
    const contextTemplate = {
      contextActivities: { grouping: [{ objectType: 'Activity', id: PUBLISHER }] },
      extensions: { [SESSION_ID]: randomUUID() },
    };
    const launchData = {
      contextTemplate,
      launchMode: options.launchMode ?? 'Normal',
      moveOn: 'CompletedAndPassed',
      ...(options.masteryScore === undefined ? {} : { masteryScore: options.masteryScore }),
      ...(options.returnURL === undefined ? {} : { returnURL: options.returnURL }),
    };
    this.facts = { registration: this.registration, actor: this.actor, auId: AU_ID, launchData };
  }

  /**
   * The address an LMS launches the AU with: a new session, so a new session id in
   * LMS.LaunchData and a new fetch address that gives a token once (cmi5 §8.1, §10).
   */
  launchUrl(): string {
    this.launches += 1;
    const key = randomUUID();
    this.tokens.set(key, {
      token: btoa(`session-${key}:secret`),
      used: false,
      launch: this.launches,
    });
    const template = this.facts.launchData.contextTemplate;
    template.extensions = { ...template.extensions, [SESSION_ID]: randomUUID() };
    this.state.set('LMS.LaunchData', JSON.stringify(this.facts.launchData));
    const params = new URLSearchParams({
      endpoint: `${this.origin}/xapi/`,
      fetch: `${this.origin}/cmi5/fetch?key=${key}`,
      actor: JSON.stringify(this.actor),
      registration: this.registration,
      activityId: AU_ID,
    });
    return `${ORIGIN}${CONTENT}lms/launch/index.html?${params.toString()}`;
  }

  /** The statements of a verb, in the order they were stored. */
  verbs(): string[] {
    return this.statements.map(({ statement }) =>
      (statement.verb?.id ?? '').replace('http://adlnet.gov/expapi/verbs/', ''),
    );
  }

  /** The checks of xAPI and of cmi5 for one statement; empty when it may be stored. */
  problemsOf(
    statement: unknown,
    earlier: readonly Statement[] = this.statements.map((stored) => stored.statement),
  ): string[] {
    const asStatement = statement as Statement;
    const xapi = validate(statement).map(
      (warning) =>
        `${named(asStatement)}: not valid xAPI at ${(warning.path ?? []).join('.')} (xAPI 1.0.3 §2.4)`,
    );
    return [...xapi, ...cmi5Problems(asStatement, earlier, this.facts)];
  }

  private answer(request: LrsRequest): Answer {
    const { method, url, body } = request;
    if (method === 'OPTIONS') return { status: 204 };
    if (url.pathname === '/cmi5/fetch') {
      const slot = this.tokens.get(url.searchParams.get('key') ?? '');
      if (method !== 'POST' || !slot) return json(400, { 'error-code': '3' });
      if (this.refuse) return { status: this.refuse };
      // cmi5 §8.2.3: a second request for the token is an error.
      if (slot.used) return json(200, { 'error-code': '1', 'error-text': 'already used' });
      slot.used = true;
      return json(200, { 'auth-token': slot.token });
    }
    const slot = [...this.tokens.values()].find(
      (each) => each.used && request.headers['authorization'] === `Basic ${each.token}`,
    );
    if (!slot) {
      this.violations.push(`${method} ${url.pathname}: without a session’s token`);
      return { status: 401 };
    }
    if (request.headers['x-experience-api-version'] !== '1.0.3') {
      this.violations.push(`${method} ${url.pathname}: without X-Experience-API-Version 1.0.3`);
      return { status: 400 };
    }
    if (this.refuse) return { status: this.refuse };
    if (url.pathname === '/xapi/statements')
      return this.statementsRequest(method, url, body, slot.launch);
    if (url.pathname === '/xapi/activities/state') return this.stateRequest(method, url, body);
    return { status: 404 };
  }

  private statementsRequest(method: string, url: URL, body: string | null, launch: number): Answer {
    if (method !== 'POST' && method !== 'PUT') return { status: 405 };
    let parsed: unknown;
    try {
      parsed = JSON.parse(body ?? '');
    } catch {
      this.violations.push(`${method} /statements: a body that is not JSON`);
      return { status: 400 };
    }
    const batch = (Array.isArray(parsed) ? parsed : [parsed]) as (Statement &
      Record<string, unknown>)[];
    if (method === 'PUT') {
      const id = url.searchParams.get('statementId');
      if (batch.length !== 1 || !id || (batch[0]?.id !== undefined && batch[0].id !== id)) {
        this.violations.push('PUT /statements: one statement, with the statementId it names');
        return { status: 400 };
      }
    }
    // A batch is stored whole or not at all; each statement is judged after those before it.
    const earlier = this.statements.map((stored) => stored.statement);
    for (const statement of batch) {
      const problems = this.problemsOf(statement, earlier);
      if (problems.length > 0) {
        this.violations.push(...problems);
        return json(400, { errors: problems });
      }
      earlier.push(statement);
    }
    this.statements.push(...batch.map((statement) => ({ statement, launch })));
    return method === 'PUT'
      ? { status: 204 }
      : json(
          200,
          batch.map((statement) => statement.id),
        );
  }

  private stateRequest(method: string, url: URL, body: string | null): Answer {
    const problems: string[] = [];
    if (url.searchParams.get('activityId') !== AU_ID) problems.push('activityId');
    if (url.searchParams.get('registration') !== this.registration) problems.push('registration');
    try {
      const agent = JSON.parse(url.searchParams.get('agent') ?? '') as Statement['actor'];
      if (agent?.account?.name !== this.actor.account.name) problems.push('agent');
    } catch {
      problems.push('agent');
    }
    const stateId = url.searchParams.get('stateId');
    if (!stateId) problems.push('stateId');
    if (problems.length > 0 || !stateId) {
      this.violations.push(`${method} /activities/state: wrong or missing ${problems.join(', ')}`);
      return { status: 400 };
    }
    if (method === 'GET') {
      const document = this.state.get(stateId);
      if (document === undefined) return { status: 404 };
      return { status: 200, body: document };
    }
    if (stateId === 'LMS.LaunchData') {
      this.violations.push(`${method} /activities/state: the AU must not write LMS.LaunchData`);
      return { status: 403 };
    }
    if (method === 'PUT') {
      this.state.set(stateId, body ?? '');
      return { status: 204 };
    }
    if (method === 'POST') {
      const merged = {
        ...(JSON.parse(this.state.get(stateId) ?? '{}') as object),
        ...(JSON.parse(body ?? '{}') as object),
      };
      this.state.set(stateId, JSON.stringify(merged));
      return { status: 204 };
    }
    return { status: 405 };
  }
}

/** Tests get an `lrs`; whatever it refused, by xAPI or cmi5, fails the test at its end. */
export const test = base.extend<{ lrs: LrsDouble }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture uses from this pattern.
  lrs: async ({}, use) => {
    const lrs = new LrsDouble();
    await lrs.start();
    await use(lrs);
    await lrs.stop();
    expect(lrs.violations, 'statements and requests the LRS refused').toEqual([]);
  },
});
