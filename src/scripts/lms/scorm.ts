/**
 * The LMS's SCORM API behind one small interface, for SCORM 1.2 and SCORM 2004: the launch page
 * (./launch.ts) talks to this and never to the API's version-specific names. Every call is
 * guarded: an LMS that throws or refuses a call gives `false`, never an exception.
 */

export interface ScormSession {
  version: '1.2' | '2004';
  /** The LMS's id for the learner, to tell one learner's progress from another's on this device. */
  learnerId(): string;
  suspendData(): string;
  /** How many interactions the LMS holds already (SCORM 2004); undefined on SCORM 1.2. */
  interactionCount(): number | undefined;
  /** Sets each value in order; false if the LMS refused any. */
  write(values: readonly (readonly [string, string])[]): boolean;
  commit(): boolean;
  /** Session time and exit, then the end of the LMS session: call once, when leaving. */
  finish(exit: 'suspend' | 'normal', sessionTime: string): boolean;
}

type Call = (...args: string[]) => unknown;

function caller(api: object) {
  const fn = (name: string): Call | undefined => {
    const value = (api as Record<string, unknown>)[name];
    return typeof value === 'function' ? (value.bind(api) as Call) : undefined;
  };
  return (name: string, ...args: string[]): string => {
    try {
      const result = fn(name)?.(...args);
      // SCORM answers in strings; some LMSs answer true or false as booleans.
      if (typeof result === 'boolean') return result ? 'true' : 'false';
      return typeof result === 'string' ? result : '';
    } catch {
      return '';
    }
  };
}

const ok = (result: string) => result === 'true';

/** Starts a SCORM 1.2 session; undefined if the LMS refuses to initialize. */
export function startScorm12(api: object): ScormSession | undefined {
  const call = caller(api);
  if (!ok(call('LMSInitialize', ''))) return undefined;
  const set = (element: string, value: string) => ok(call('LMSSetValue', element, value));
  return {
    version: '1.2',
    learnerId: () => call('LMSGetValue', 'cmi.core.student_id'),
    suspendData: () => call('LMSGetValue', 'cmi.suspend_data'),
    // SCORM 1.2's interactions are write-only and optional: the course leaves them out.
    interactionCount: () => undefined,
    write: (values) => values.map(([element, value]) => set(element, value)).every(Boolean),
    commit: () => ok(call('LMSCommit', '')),
    finish: (exit, sessionTime) => {
      set('cmi.core.exit', exit === 'suspend' ? 'suspend' : '');
      set('cmi.core.session_time', sessionTime);
      ok(call('LMSCommit', ''));
      return ok(call('LMSFinish', ''));
    },
  };
}

/** Starts a SCORM 2004 session; undefined if the LMS refuses to initialize. */
export function startScorm2004(api: object): ScormSession | undefined {
  const call = caller(api);
  if (!ok(call('Initialize', ''))) return undefined;
  const set = (element: string, value: string) => ok(call('SetValue', element, value));
  return {
    version: '2004',
    learnerId: () => call('GetValue', 'cmi.learner_id'),
    suspendData: () => call('GetValue', 'cmi.suspend_data'),
    interactionCount: () => {
      const count = Number.parseInt(call('GetValue', 'cmi.interactions._count'), 10);
      return Number.isFinite(count) && count >= 0 ? count : 0;
    },
    write: (values) => values.map(([element, value]) => set(element, value)).every(Boolean),
    commit: () => ok(call('Commit', '')),
    finish: (exit, sessionTime) => {
      set('cmi.exit', exit);
      set('cmi.session_time', sessionTime);
      ok(call('Commit', ''));
      return ok(call('Terminate', ''));
    },
  };
}
