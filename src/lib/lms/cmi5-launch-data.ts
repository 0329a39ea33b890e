/**
 * LMS.LaunchData, the State document a cmi5 LMS writes before each launch (cmi5 §10.2): the
 * context every statement starts from, the launch mode, the mastery score, moveOn and where to
 * send the learner back. Read as own properties of parsed JSON, checked, never throwing: a value
 * that is not what cmi5 says is left out, and a document without a contextTemplate is refused.
 */
import type { Cmi5LaunchMode } from './cmi5';

/** An xAPI context as the LMS gives it; its parts are passed on unchanged. */
export interface XapiContextTemplate {
  contextActivities?: Record<string, unknown>;
  extensions?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface Cmi5LaunchData {
  contextTemplate: XapiContextTemplate;
  launchMode: Cmi5LaunchMode;
  masteryScore?: number;
  moveOn?: string;
  /** An absolute http(s) address to send the learner to when they leave. */
  returnURL?: string;
}

type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(source: Loose, key: string): unknown {
  return Object.hasOwn(source, key) ? source[key] : undefined;
}

const LAUNCH_MODES: readonly Cmi5LaunchMode[] = ['Normal', 'Browse', 'Review'];
const MOVE_ON = [
  'Passed',
  'Completed',
  'CompletedAndPassed',
  'CompletedOrPassed',
  'NotApplicable',
] as const;

function webAddress(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function readCmi5LaunchData(
  parsed: unknown,
): { ok: true; launchData: Cmi5LaunchData } | { ok: false; detail: string } {
  if (!isObject(parsed)) return { ok: false, detail: 'LMS.LaunchData is not a JSON object' };
  const template = own(parsed, 'contextTemplate');
  if (!isObject(template)) return { ok: false, detail: 'LMS.LaunchData has no contextTemplate' };
  const contextActivities = own(template, 'contextActivities');
  const extensions = own(template, 'extensions');
  const contextTemplate: XapiContextTemplate = {
    ...template,
    ...(isObject(contextActivities) ? { contextActivities } : {}),
    ...(isObject(extensions) ? { extensions } : {}),
  };
  if (!isObject(contextActivities)) delete contextTemplate.contextActivities;
  if (!isObject(extensions)) delete contextTemplate.extensions;
  const mode = own(parsed, 'launchMode');
  const mastery = own(parsed, 'masteryScore');
  const moveOn = own(parsed, 'moveOn');
  const returnURL = webAddress(own(parsed, 'returnURL'));
  return {
    ok: true,
    launchData: {
      contextTemplate,
      // cmi5 requires a launchMode; an LMS that leaves it out is taken to mean Normal.
      launchMode: LAUNCH_MODES.find((known) => known === mode) ?? 'Normal',
      ...(typeof mastery === 'number' && Number.isFinite(mastery) && mastery >= 0 && mastery <= 1
        ? { masteryScore: mastery }
        : {}),
      ...(MOVE_ON.some((known) => known === moveOn) ? { moveOn: String(moveOn) } : {}),
      ...(returnURL === undefined ? {} : { returnURL }),
    },
  };
}
