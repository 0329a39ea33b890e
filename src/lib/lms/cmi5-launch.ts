/**
 * Reading a cmi5 launch from the course's query string (cmi5 §8.1): endpoint, fetch, actor,
 * registration and activityId. It never throws: the result is the launch, checked and typed, or
 * why there is none: no cmi5 parameter at all (a plain or SCORM launch), or some missing or
 * malformed, which the runtime can report rather than send statements an LRS would refuse.
 * Values come from whoever wrote the link, so the actor is read as own properties into a clean
 * copy, and addresses must be absolute http(s) URLs.
 */

export interface Cmi5Actor {
  /** cmi5 §9.2: an Agent identified by an account. Kept as given: present or absent. */
  objectType?: 'Agent';
  account: { homePage: string; name: string };
  /** The learner's name, if the LMS gives one. */
  name?: string;
}

export interface Cmi5Launch {
  /** The LRS's base address for every xAPI request. */
  endpoint: string;
  /** POSTed to once, for the session's authorization token. */
  fetch: string;
  actor: Cmi5Actor;
  /** The learner's enrolment: a UUID. */
  registration: string;
  /** The object id of every cmi5 defined statement: an IRI. */
  activityId: string;
}

export type Cmi5LaunchResult =
  | { ok: true; launch: Cmi5Launch }
  | { ok: false; reason: 'not-cmi5' }
  | { ok: false; reason: 'malformed'; detail: string };

const NAMES = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

/** Far longer than any real value; a longer one is refused unread. */
const MAX_VALUE_LENGTH = 4_096;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An absolute address with a scheme and no white space, optionally only http(s). */
function isAbsolute(value: string, web: boolean): boolean {
  if (/\s/.test(value)) return false;
  try {
    const { protocol } = new URL(value);
    return !web || protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

type Loose = Record<string, unknown>;

/** An own property of a parsed JSON object, never one from its prototype. */
function own(source: unknown, key: string): unknown {
  if (typeof source !== 'object' || source === null || Array.isArray(source)) return undefined;
  return Object.hasOwn(source, key) ? (source as Loose)[key] : undefined;
}

function readActor(text: string): Cmi5Actor | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return 'not a JSON object';
  }
  const objectType = own(parsed, 'objectType');
  if (objectType !== undefined && objectType !== 'Agent') return 'not an Agent';
  const account = own(parsed, 'account');
  const homePage = own(account, 'homePage');
  const accountName = own(account, 'name');
  if (typeof homePage !== 'string' || !isAbsolute(homePage, false)) {
    return 'no account with an absolute homePage';
  }
  if (typeof accountName !== 'string' || accountName === '') return 'no account name';
  const name = own(parsed, 'name');
  if (name !== undefined && typeof name !== 'string') return 'a name that is not text';
  return {
    ...(objectType === undefined ? {} : { objectType }),
    account: { homePage, name: accountName },
    ...(name === undefined ? {} : { name }),
  };
}

export function cmi5LaunchParams(search: string): Cmi5LaunchResult {
  const params = new URLSearchParams(search);
  if (!NAMES.some((name) => params.has(name))) return { ok: false, reason: 'not-cmi5' };
  const problems: string[] = [];
  const value = (name: (typeof NAMES)[number]): string => {
    const values = params.getAll(name);
    const [first = ''] = values;
    if (values.length > 1) problems.push(`${name}: given ${values.length} times`);
    else if (first === '') problems.push(`${name}: missing`);
    else if (first.length > MAX_VALUE_LENGTH) problems.push(`${name}: too long`);
    else return first;
    return '';
  };
  const endpoint = value('endpoint');
  const fetchUrl = value('fetch');
  const actorText = value('actor');
  const registration = value('registration');
  const activityId = value('activityId');
  if (endpoint && !isAbsolute(endpoint, true)) problems.push('endpoint: not an http(s) address');
  if (fetchUrl && !isAbsolute(fetchUrl, true)) problems.push('fetch: not an http(s) address');
  const actor = actorText ? readActor(actorText) : undefined;
  if (typeof actor === 'string') problems.push(`actor: ${actor}`);
  if (registration && !UUID.test(registration)) problems.push('registration: not a UUID');
  if (activityId && !isAbsolute(activityId, false)) problems.push('activityId: not an IRI');
  if (problems.length > 0 || typeof actor !== 'object') {
    return { ok: false, reason: 'malformed', detail: problems.join('; ') };
  }
  return { ok: true, launch: { endpoint, fetch: fetchUrl, actor, registration, activityId } };
}
