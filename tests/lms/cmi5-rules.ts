/**
 * The cmi5 rules an LMS holds a session's statements to (cmi5 §9 and §10), checked one statement
 * at a time against what the registration has sent before, as an LMS's LRS checks them on
 * arrival. Each broken rule is a sentence naming the statement and the rule, for a test failure.
 */

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const MASTERY_SCORE = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

const ADL = 'http://adlnet.gov/expapi/verbs/';
const CMI5_VERBS = ['initialized', 'completed', 'passed', 'failed', 'terminated'].map(
  (verb) => ADL + verb,
);

export interface LaunchFacts {
  registration: string;
  actor: { account: { homePage: string; name: string } };
  auId: string;
  launchData: {
    contextTemplate: {
      contextActivities?: Record<string, { id: string }[]>;
      extensions?: Record<string, unknown>;
    };
    launchMode?: string;
    masteryScore?: number;
    moveOn?: string;
    returnURL?: string;
  };
}

export interface Statement {
  id?: string;
  actor?: { account?: { homePage?: string; name?: string } };
  verb?: { id?: string };
  object?: { id?: string };
  result?: {
    completion?: boolean;
    success?: boolean;
    score?: { scaled?: number };
    duration?: string;
  };
  context?: {
    registration?: string;
    contextActivities?: Record<string, { id?: string }[] | { id?: string } | undefined>;
    extensions?: Record<string, unknown>;
  };
}

const verbName = (statement: Statement) => (statement.verb?.id ?? '').replace(ADL, '');

/** How a failure names a statement: its verb and id. */
export function named(statement: Statement): string {
  return `statement ${statement.id ?? '(no id)'} (${verbName(statement) || 'no verb'})`;
}

const list = (value: { id?: string }[] | { id?: string } | undefined) =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

/** The rules this statement breaks, given the registration's earlier accepted statements. */
export function cmi5Problems(
  statement: Statement,
  earlier: readonly Statement[],
  launch: LaunchFacts,
): string[] {
  const problems: string[] = [];
  const broken = (rule: string) => problems.push(`${named(statement)}: ${rule}`);
  const verb = statement.verb?.id ?? '';
  const context = statement.context ?? {};
  const sessionId = context.extensions?.[SESSION_ID];
  const session = earlier.filter((other) => other.context?.extensions?.[SESSION_ID] === sessionId);
  const categories = list(context.contextActivities?.['category']).map((activity) => activity.id);
  const cmi5Defined = CMI5_VERBS.includes(verb) && statement.object?.id === launch.auId;
  const before = (name: string) => earlier.filter((other) => other.verb?.id === ADL + name);

  if (context.registration !== launch.registration)
    broken('context.registration must be the launch’s registration (cmi5 §9.6.1)');
  const account = statement.actor?.account;
  if (
    account?.homePage !== launch.actor.account.homePage ||
    account.name !== launch.actor.account.name
  )
    broken('the actor must be the launch’s actor (cmi5 §9.2)');
  if (typeof sessionId !== 'string' || sessionId === '')
    broken('context.extensions must carry the session id (cmi5 §9.6.3.1)');
  if (session.length === 0 && verb !== ADL + 'initialized')
    broken('initialized must be the first statement of a session (cmi5 §9.3.2)');
  if (session.some((other) => other.verb?.id === ADL + 'terminated'))
    broken('nothing may follow terminated in a session (cmi5 §9.3.8)');
  if (verb === ADL + 'initialized' && session.length > 0)
    broken('initialized is sent once per session (cmi5 §9.3.2)');

  if (cmi5Defined) {
    if (!categories.includes(CMI5_CATEGORY))
      broken('a cmi5 defined statement carries the cmi5 category (cmi5 §9.6.2.1)');
    const template = launch.launchData.contextTemplate;
    for (const [kind, activities] of Object.entries(template.contextActivities ?? {})) {
      const sent = list(context.contextActivities?.[kind]).map((activity) => activity.id);
      for (const activity of activities) {
        if (!sent.includes(activity.id))
          broken(
            `contextActivities.${kind} must keep the contextTemplate’s ${activity.id} (cmi5 §10.2.1)`,
          );
      }
    }
    for (const [key, value] of Object.entries(template.extensions ?? {})) {
      if (JSON.stringify(context.extensions?.[key]) !== JSON.stringify(value))
        broken(`context.extensions must keep the contextTemplate’s ${key} (cmi5 §10.2.1)`);
    }
  } else if (categories.includes(CMI5_CATEGORY)) {
    broken('only cmi5 defined statements carry the cmi5 category (cmi5 §9.6.2.1)');
  }

  const verdict = ['completed', 'passed', 'failed'].find((name) => verb === ADL + name);
  if (verdict && cmi5Defined) {
    if ((launch.launchData.launchMode ?? 'Normal') !== 'Normal')
      broken(`no ${verdict} in launchMode ${launch.launchData.launchMode} (cmi5 §10.2.2)`);
    if (!statement.result?.duration) broken(`${verdict} carries result.duration (cmi5 §9.5.4.1)`);
  }
  if (verdict === 'completed' && cmi5Defined) {
    if (before('completed').length > 0)
      broken('completed is sent at most once per registration (cmi5 §9.3.3)');
    if (statement.result?.completion !== true)
      broken('completed carries result.completion true (cmi5 §9.5.3)');
  }
  if ((verdict === 'passed' || verdict === 'failed') && cmi5Defined) {
    const wantSuccess = verdict === 'passed';
    if (statement.result?.success !== wantSuccess)
      broken(`${verdict} carries result.success ${String(wantSuccess)} (cmi5 §9.5.2)`);
    const mastery = launch.launchData.masteryScore;
    const scaled = statement.result?.score?.scaled;
    if (mastery !== undefined) {
      if (context.extensions?.[MASTERY_SCORE] !== mastery)
        broken(`${verdict} carries the masteryScore extension of LMS.LaunchData (cmi5 §9.6.3.2)`);
      if (scaled !== undefined && scaled >= mastery !== wantSuccess)
        broken(
          `${verdict} with a scaled score of ${scaled} against a masteryScore of ${mastery} (cmi5 §9.3.4, §9.3.5)`,
        );
    }
    if (before('passed').length > 0)
      broken(`${verdict} after passed in the registration (cmi5 §9.3.4, §9.3.5)`);
    if (session.some((other) => other.verb?.id === ADL + 'failed'))
      broken(`${verdict} after failed in the same session (cmi5 §9.3.5)`);
  }
  if (verb === ADL + 'terminated' && !statement.result?.duration)
    broken('terminated carries result.duration (cmi5 §9.5.4.1)');
  return problems;
}
