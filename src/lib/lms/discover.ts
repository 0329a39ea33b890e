/**
 * Finding the LMS's SCORM API the standard way (the ADL's API-finding algorithm): in the course's
 * window and up to seven parents, then in the window that opened it (a popup launch) and that
 * window's parents. Pure over an abstract window, so the runtime passes `window` and tests pass
 * fakes. Reading a parent on another origin throws a SecurityError: the search stops climbing
 * there, as it could find nothing above it, and goes on to the opener. Nothing found is called.
 */

/** The parts of a window the search reads. */
export interface ApiHost {
  API?: unknown;
  API_1484_11?: unknown;
  parent?: ApiHost | null;
  opener?: ApiHost | null;
}

/** SCORM 1.2's API; every function returns a string, "true"/"false" for the calls that act. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
}

/** SCORM 2004's API (API_1484_11). */
export interface Scorm2004Api {
  Initialize(parameter: ''): string;
  Terminate(parameter: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(parameter: ''): string;
  GetLastError(): string;
}

/** Parents climbed beyond the starting window, as the ADL's algorithm does. */
export const MAX_PARENT_LEVELS = 7;

const versions = {
  '1.2': {
    key: 'API',
    functions: [
      'LMSInitialize',
      'LMSFinish',
      'LMSGetValue',
      'LMSSetValue',
      'LMSCommit',
      'LMSGetLastError',
    ],
  },
  '2004': {
    key: 'API_1484_11',
    functions: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError'],
  },
} as const;

type Version = keyof typeof versions;

function isApi(value: unknown, version: Version): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  const api = value as Record<string, unknown>;
  return versions[version].functions.every((name) => typeof api[name] === 'function');
}

/** Reads one property of a window, or undefined if the browser refuses (another origin). */
function read<K extends keyof ApiHost>(host: ApiHost, key: K): ApiHost[K] | undefined {
  try {
    return host[key];
  } catch {
    return undefined;
  }
}

export function findScormApi(start: ApiHost, version: '1.2'): Scorm12Api | undefined;
export function findScormApi(start: ApiHost, version: '2004'): Scorm2004Api | undefined;
export function findScormApi(
  start: ApiHost,
  version: Version,
): Scorm12Api | Scorm2004Api | undefined {
  const seen = new Set<ApiHost>();
  /** The API in this window or a parent, and the topmost window read on the way. */
  const climb = (from: ApiHost) => {
    let top = from;
    let current: ApiHost | null | undefined = from;
    for (let level = 0; current && level <= MAX_PARENT_LEVELS && !seen.has(current); level++) {
      seen.add(current);
      try {
        const api = current[versions[version].key];
        if (isApi(api, version)) return { api: api as Scorm12Api | Scorm2004Api, top };
      } catch {
        break;
      }
      top = current;
      const parent: ApiHost | null | undefined = read(current, 'parent');
      current = parent === current ? undefined : parent;
    }
    return { top };
  };
  const own = climb(start);
  if (own.api) return own.api;
  // A course framed inside a popup has no opener of its own: the popup's top window has it.
  for (const opener of new Set([read(start, 'opener'), read(own.top, 'opener')])) {
    const found = opener ? climb(opener).api : undefined;
    if (found) return found;
  }
  return undefined;
}
