import { describe, expect, it } from 'vitest';
import { MAX_PARENT_LEVELS, findScormApi, type ApiHost } from '../../../../src/lib/lms/discover';

/** A SCORM 1.2 API whose functions must never be called while it is being found. */
function fakeApi12(name = 'LMS') {
  const never = () => {
    throw new Error(`${name}: the search called the API`);
  };
  return {
    name,
    LMSInitialize: never,
    LMSFinish: never,
    LMSGetValue: never,
    LMSSetValue: never,
    LMSCommit: never,
    LMSGetLastError: never,
  };
}

function fakeApi2004(name = 'LMS 2004') {
  const never = () => {
    throw new Error(`${name}: the search called the API`);
  };
  return {
    name,
    Initialize: never,
    Terminate: never,
    GetValue: never,
    SetValue: never,
    Commit: never,
    GetLastError: never,
  };
}

/** A window; a top window is its own parent, as in a browser. */
function fakeWindow(overrides: ApiHost = {}): ApiHost {
  const host: ApiHost = { ...overrides };
  if (!('parent' in overrides)) host.parent = host;
  return host;
}

/** A window on another origin: reading its API throws, as a browser does. */
function foreignWindow(parent: ApiHost | null = null): ApiHost {
  const host: ApiHost = { parent, opener: null };
  for (const key of ['API', 'API_1484_11'] as const) {
    Object.defineProperty(host, key, {
      get() {
        throw new DOMException(
          'Blocked a frame from accessing a cross-origin frame.',
          'SecurityError',
        );
      },
    });
  }
  return host;
}

/** `depth` frames nested under a top window, innermost returned. */
function nested(top: ApiHost, depth: number): ApiHost {
  let current = top;
  for (let level = 0; level < depth; level++) current = fakeWindow({ parent: current });
  return current;
}

describe('findScormApi', () => {
  it('finds the API in the course’s own window', () => {
    const api = fakeApi12();
    expect(findScormApi(fakeWindow({ API: api }), '1.2')).toBe(api);
  });

  it('finds the API in a parent, up to seven levels up and no further', () => {
    const api = fakeApi12();
    expect(MAX_PARENT_LEVELS).toBe(7);
    expect(findScormApi(nested(fakeWindow({ API: api }), 3), '1.2')).toBe(api);
    expect(findScormApi(nested(fakeWindow({ API: api }), 7), '1.2')).toBe(api);
    expect(findScormApi(nested(fakeWindow({ API: api }), 8), '1.2')).toBeUndefined();
  });

  it('takes the nearest API and looks for each version under its own name', () => {
    const near = fakeApi12('near');
    const far = fakeApi12('far');
    const top = fakeWindow({ API: far, API_1484_11: fakeApi2004() });
    const frame = fakeWindow({ parent: top, API: near });
    expect(findScormApi(frame, '1.2')).toBe(near);
    expect(findScormApi(frame, '2004')).toBe(top.API_1484_11);
    expect(findScormApi(fakeWindow({ API: near }), '2004')).toBeUndefined();
    expect(findScormApi(fakeWindow({ API_1484_11: fakeApi2004() }), '1.2')).toBeUndefined();
  });

  it('passes over an object that lacks one of the functions, and keeps looking above it', () => {
    const { LMSCommit: _missing, ...partial } = fakeApi12('partial');
    const real = fakeApi12('real');
    const frame = fakeWindow({ parent: fakeWindow({ API: real }), API: partial });
    expect(findScormApi(frame, '1.2')).toBe(real);
    for (const notApi of [null, 'API', 42, { LMSInitialize: 'true' }]) {
      expect(findScormApi(fakeWindow({ API: notApi }), '1.2')).toBeUndefined();
    }
  });

  it('ends at a top window and in a cycle of parents', () => {
    expect(findScormApi(fakeWindow(), '1.2')).toBeUndefined();
    expect(findScormApi(fakeWindow({ parent: null }), '1.2')).toBeUndefined();
    const a: ApiHost = {};
    const b: ApiHost = { parent: a };
    a.parent = b;
    expect(findScormApi(a, '1.2')).toBeUndefined();
  });

  it('stops climbing at a parent on another origin, without throwing', () => {
    const api = fakeApi12();
    const lms = fakeWindow({ API: api });
    const frame = fakeWindow({ parent: foreignWindow(lms) });
    expect(() => findScormApi(frame, '1.2')).not.toThrow();
    expect(findScormApi(frame, '1.2')).toBeUndefined();
  });

  it('looks in the opener’s window and its parents after its own', () => {
    const api = fakeApi12();
    const lms = nested(fakeWindow({ API: api }), 2);
    expect(findScormApi(fakeWindow({ opener: lms }), '1.2')).toBe(api);
    const own = fakeApi12('own');
    expect(findScormApi(fakeWindow({ opener: lms, API: own }), '1.2')).toBe(own);
  });

  it('finds the opener of the top window when the course is framed in a popup', () => {
    const api = fakeApi2004();
    const popup = fakeWindow({ opener: fakeWindow({ API_1484_11: api }) });
    expect(findScormApi(nested(popup, 2), '2004')).toBe(api);
  });

  it('still tries the opener when a parent is on another origin', () => {
    const api = fakeApi12();
    const frame = fakeWindow({ parent: foreignWindow(), opener: fakeWindow({ API: api }) });
    expect(findScormApi(frame, '1.2')).toBe(api);
  });

  it('survives windows whose parent or opener cannot be read at all', () => {
    const api = fakeApi12();
    const sealed: ApiHost = {};
    for (const key of ['parent', 'opener'] as const) {
      Object.defineProperty(sealed, key, {
        get() {
          throw new DOMException('Blocked', 'SecurityError');
        },
      });
    }
    expect(findScormApi(sealed, '1.2')).toBeUndefined();
    const opener = fakeWindow({ API: api });
    expect(findScormApi(fakeWindow({ parent: sealed, opener }), '1.2')).toBe(api);
  });
});
