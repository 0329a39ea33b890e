/**
 * The xAPI statements a cmi5 session sends, built from plain values so they can be checked here:
 * the runtime (src/scripts/lms/cmi5.ts) supplies ids and times and sends them. Every statement
 * starts from LMS.LaunchData's contextTemplate and carries the registration and the session id
 * (cmi5 §9.6); cmi5 defined statements (initialized, completed, passed, failed, terminated) add
 * the cmi5 category, and the course's own (a scenario's replies, the assessment) must not.
 */
import type { Cmi5Actor } from './cmi5-launch';
import type { Cmi5Verdict } from './cmi5';
import type { XapiContextTemplate } from './cmi5-launch-data';
import type { Decision } from './decisions';
import type { LmsScore } from './report';
import type { AttemptReport } from './cmi5-state';
import { iso8601Duration } from './duration';

const ADL = 'http://adlnet.gov/expapi/verbs/';

export const VERBS = {
  initialized: `${ADL}initialized`,
  completed: `${ADL}completed`,
  passed: `${ADL}passed`,
  failed: `${ADL}failed`,
  terminated: `${ADL}terminated`,
  /**
   * A reply in a scenario's conversation. "responded" (a reply to what someone said) rather than
   * "answered", which the assessment's questions use: a reply has a stance and a trust change,
   * not a right answer, and an LRS's reports should not count it as one.
   */
  responded: `${ADL}responded`,
  answered: `${ADL}answered`,
} as const;

export type VerbName = keyof typeof VERBS;

export const CMI5 = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOnCategory: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
} as const;

/** The course's own extensions, under an IRI it controls. */
export const SHINRAI_EXTENSIONS = {
  /** win-win, win-lose or neutral (src/schemas/scenario.ts). */
  stance: 'https://shinrai.example/xapi/extensions/stance',
  /** The change in the buyer's overall trust (0–100) the reply caused. */
  trustChange: 'https://shinrai.example/xapi/extensions/trust-change',
  /** The scenario a reply was given in. */
  scenario: 'https://shinrai.example/xapi/extensions/scenario',
} as const;

const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
const ASSESSMENT = 'http://adlnet.gov/expapi/activities/assessment';

export interface XapiResult {
  completion?: boolean;
  success?: boolean;
  score?: { scaled: number; raw?: number; min?: number; max?: number };
  duration?: string;
  response?: string;
  extensions?: Record<string, unknown>;
}

export interface XapiStatement {
  id: string;
  timestamp: string;
  actor: Cmi5Actor;
  verb: { id: string; display: { 'en-US': string } };
  object: {
    objectType: 'Activity';
    id: string;
    definition?: { type: string };
  };
  result?: XapiResult;
  context: {
    registration: string;
    contextActivities: Record<string, unknown>;
    extensions: Record<string, unknown>;
    [key: string]: unknown;
  };
}

/** Who, in which registration and session, on which AU. */
export interface StatementSession {
  actor: Cmi5Actor;
  registration: string;
  /** The AU's IRI: the launch's activityId. */
  auId: string;
  sessionId: string;
  contextTemplate: XapiContextTemplate;
}

/** The statement's own id (a UUID v4) and when it happened (ISO 8601). */
export interface Stamp {
  id: string;
  at: string;
}

/** The LMS's session id from the contextTemplate (cmi5 §10.2.1), else the course's own. */
export function sessionIdOf(template: XapiContextTemplate, fallback: string): string {
  const fromLms = template.extensions?.[CMI5.sessionId];
  return typeof fromLms === 'string' && fromLms !== '' ? fromLms : fallback;
}

function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined ? [] : [value];
}

function context(
  session: StatementSession,
  categories: readonly string[],
  extensions: Record<string, unknown> = {},
): XapiStatement['context'] {
  const template = session.contextTemplate;
  const activities: Record<string, unknown> = { ...template.contextActivities };
  const listed = asList(activities['category']);
  const added = categories
    .filter((id) => !listed.some((entry) => (entry as { id?: unknown } | null)?.id === id))
    .map((id) => ({ objectType: 'Activity', id }));
  if (listed.length + added.length > 0) activities['category'] = [...listed, ...added];
  return {
    ...template,
    registration: session.registration,
    contextActivities: activities,
    extensions: {
      ...template.extensions,
      [CMI5.sessionId]: session.sessionId,
      ...extensions,
    },
  };
}

function statement(
  session: StatementSession,
  stamp: Stamp,
  verb: VerbName,
  parts: {
    objectId?: string;
    definitionType?: string;
    result?: XapiResult;
    categories?: readonly string[];
    extensions?: Record<string, unknown>;
  } = {},
): XapiStatement {
  return {
    id: stamp.id,
    timestamp: stamp.at,
    actor: session.actor,
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object: {
      objectType: 'Activity',
      id: parts.objectId ?? session.auId,
      ...(parts.definitionType ? { definition: { type: parts.definitionType } } : {}),
    },
    ...(parts.result ? { result: parts.result } : {}),
    context: context(session, parts.categories ?? [], parts.extensions),
  };
}

export function initializedStatement(session: StatementSession, stamp: Stamp): XapiStatement {
  return statement(session, stamp, 'initialized', { categories: [CMI5.category] });
}

/** completed, passed or failed, with the time spent in this session so far (cmi5 §9.5.4.1). */
export function verdictStatement(
  session: StatementSession,
  stamp: Stamp,
  verdict: Cmi5Verdict,
  sessionMs: number,
): XapiStatement {
  const duration = iso8601Duration(sessionMs);
  const categories = [CMI5.category, CMI5.moveOnCategory];
  if (verdict.verb === 'completed') {
    return statement(session, stamp, 'completed', {
      result: { completion: true, duration },
      categories,
    });
  }
  return statement(session, stamp, verdict.verb, {
    result: { success: verdict.result.success, score: xapiScore(verdict.result.score), duration },
    categories,
    ...(verdict.masteryScore === undefined
      ? {}
      : { extensions: { [CMI5.masteryScore]: verdict.masteryScore } }),
  });
}

export function terminatedStatement(
  session: StatementSession,
  stamp: Stamp,
  sessionMs: number,
): XapiStatement {
  return statement(session, stamp, 'terminated', {
    result: { duration: iso8601Duration(sessionMs) },
    categories: [CMI5.category],
  });
}

function xapiScore(score: LmsScore): NonNullable<XapiResult['score']> {
  return { scaled: score.scaled, raw: score.raw, min: score.min, max: score.max };
}

/** One `responded` statement per decision of a scenario run, in the order they were taken. */
export function decisionStatements(
  session: StatementSession,
  stamps: readonly Stamp[],
  scenarioId: string,
  decisions: readonly Decision[],
): XapiStatement[] {
  return decisions.flatMap((decision, index) => {
    const stamp = stamps[index];
    if (!stamp) return [];
    return [
      statement(session, stamp, 'responded', {
        objectId: `${session.auId}/scenarios/${scenarioId}/${decision.nodeId}`,
        definitionType: INTERACTION,
        result: {
          response: decision.choiceId,
          extensions: {
            [SHINRAI_EXTENSIONS.stance]: decision.stance,
            [SHINRAI_EXTENSIONS.trustChange]: decision.trustChange,
          },
        },
        extensions: { [SHINRAI_EXTENSIONS.scenario]: scenarioId },
      }),
    ];
  });
}

/**
 * An `answered` statement for a submitted final assessment: success and score only when the
 * progress document shows them for this attempt (src/lib/lms/cmi5-state.ts), and no response,
 * since the document does not keep a submitted attempt's answers.
 */
export function assessmentStatement(
  session: StatementSession,
  stamp: Stamp,
  attempt: AttemptReport,
): XapiStatement {
  const result: XapiResult = {
    ...(attempt.success === undefined ? {} : { success: attempt.success }),
    ...(attempt.percent === undefined
      ? {}
      : { score: { scaled: attempt.percent / 100, raw: attempt.percent, min: 0, max: 100 } }),
  };
  return statement(session, stamp, 'answered', {
    objectId: `${session.auId}/assessment`,
    definitionType: ASSESSMENT,
    ...(Object.keys(result).length > 0 ? { result } : {}),
  });
}
