import { describe, expect, it } from 'vitest';
import {
  CMI5,
  SHINRAI_EXTENSIONS,
  VERBS,
  assessmentStatement,
  decisionStatements,
  initializedStatement,
  sessionIdOf,
  terminatedStatement,
  verdictStatement,
  type StatementSession,
} from '../../../../src/lib/lms/xapi';

const auId = 'https://shinrai.example/xapi/courses/shinrai/au';
const publisher = { objectType: 'Activity', id: 'https://shinrai.example/xapi/courses/shinrai' };
const session: StatementSession = {
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'kenji' } },
  registration: '6f1c1b1e-4b5a-4c3d-9e8f-0a1b2c3d4e5f',
  auId,
  sessionId: '0b7c6f5e-1d2c-4b3a-8f9e-7d6c5b4a3f2e',
  contextTemplate: {
    contextActivities: { grouping: [publisher] },
    extensions: { [CMI5.sessionId]: '0b7c6f5e-1d2c-4b3a-8f9e-7d6c5b4a3f2e' },
  },
};
const stamp = { id: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d', at: '2026-11-29T09:00:00.000Z' };
const score = { raw: 85, min: 0, max: 100, scaled: 0.85 } as const;

const categories = (statement: { context: { contextActivities: Record<string, unknown> } }) =>
  (statement.context.contextActivities['category'] as { id: string }[] | undefined)?.map(
    (activity) => activity.id,
  ) ?? [];

describe('cmi5 defined statements', () => {
  it('initialized: the AU as object, the template, registration, session id and cmi5 category', () => {
    expect(initializedStatement(session, stamp)).toEqual({
      id: stamp.id,
      timestamp: stamp.at,
      actor: session.actor,
      verb: { id: VERBS.initialized, display: { 'en-US': 'initialized' } },
      object: { objectType: 'Activity', id: auId },
      context: {
        registration: session.registration,
        contextActivities: {
          grouping: [publisher],
          category: [{ objectType: 'Activity', id: CMI5.category }],
        },
        extensions: { [CMI5.sessionId]: session.sessionId },
      },
    });
  });

  it('completed: completion and the session’s duration, with the moveOn category', () => {
    const statement = verdictStatement(
      session,
      stamp,
      { verb: 'completed', result: { completion: true } },
      65_500,
    );
    expect(statement.verb.id).toBe(VERBS.completed);
    expect(statement.result).toEqual({ completion: true, duration: 'PT1M5.5S' });
    expect(categories(statement)).toEqual([CMI5.category, CMI5.moveOnCategory]);
  });

  it('passed and failed: success, the scaled score and the mastery score when the LMS set one', () => {
    const passed = verdictStatement(
      session,
      stamp,
      { verb: 'passed', result: { success: true, score }, masteryScore: 0.8 },
      1000,
    );
    expect(passed.result).toEqual({
      success: true,
      score: { scaled: 0.85, raw: 85, min: 0, max: 100 },
      duration: 'PT1S',
    });
    expect(passed.context.extensions[CMI5.masteryScore]).toBe(0.8);
    const failed = verdictStatement(
      session,
      stamp,
      { verb: 'failed', result: { success: false, score } },
      1000,
    );
    expect(failed.verb.id).toBe(VERBS.failed);
    expect(failed.result?.success).toBe(false);
    expect(Object.hasOwn(failed.context.extensions, CMI5.masteryScore)).toBe(false);
  });

  it('terminated: the duration of the whole session', () => {
    const statement = terminatedStatement(session, stamp, 3_600_000);
    expect(statement.verb.id).toBe(VERBS.terminated);
    expect(statement.result).toEqual({ duration: 'PT1H0S' });
    expect(categories(statement)).toEqual([CMI5.category]);
  });

  it('keeps a category the template already has, without doubling the cmi5 one', () => {
    const other = { objectType: 'Activity', id: 'https://lms.example/category/x' };
    const withCategory: StatementSession = {
      ...session,
      contextTemplate: {
        contextActivities: { category: [other, { objectType: 'Activity', id: CMI5.category }] },
      },
    };
    expect(categories(initializedStatement(withCategory, stamp))).toEqual([
      other.id,
      CMI5.category,
    ]);
  });
});

describe('the course’s own statements', () => {
  it('a reply per decision, under the AU, with stance and trust change and no cmi5 category', () => {
    const stamps = [stamp, { ...stamp, id: 'b0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d' }];
    const statements = decisionStatements(session, stamps, 'discount-request', [
      { nodeId: 'ask', choiceId: 'listen', stance: 'win-win', trustChange: 1 },
      { nodeId: 'follow-up', choiceId: 'push', stance: 'win-lose', trustChange: -2 },
    ]);
    expect(statements).toHaveLength(2);
    const [first, second] = statements;
    expect(first?.verb.id).toBe(VERBS.responded);
    expect(first?.object.id).toBe(`${auId}/scenarios/discount-request/ask`);
    expect(second?.object.id).toBe(`${auId}/scenarios/discount-request/follow-up`);
    expect(second?.result).toEqual({
      response: 'push',
      extensions: {
        [SHINRAI_EXTENSIONS.stance]: 'win-lose',
        [SHINRAI_EXTENSIONS.trustChange]: -2,
      },
    });
    expect(second?.id).toBe(stamps[1]?.id);
    expect(statements.map(categories)).toEqual([[], []]);
    expect(second?.context.registration).toBe(session.registration);
    expect(second?.context.extensions[CMI5.sessionId]).toBe(session.sessionId);
    expect(second?.context.contextActivities['grouping']).toEqual([publisher]);
  });

  it('an assessment attempt says only what is known of it', () => {
    const known = assessmentStatement(session, stamp, { success: true, percent: 90 });
    expect(known.verb.id).toBe(VERBS.answered);
    expect(known.object.id).toBe(`${auId}/assessment`);
    expect(known.result).toEqual({
      success: true,
      score: { scaled: 0.9, raw: 90, min: 0, max: 100 },
    });
    expect(categories(known)).toEqual([]);
    expect(assessmentStatement(session, stamp, {}).result).toBeUndefined();
  });
});

describe('sessionIdOf', () => {
  it('takes the LMS’s session id from the template, else the course’s own', () => {
    expect(sessionIdOf(session.contextTemplate, 'mine')).toBe(session.sessionId);
    expect(sessionIdOf({}, 'mine')).toBe('mine');
    expect(sessionIdOf({ extensions: { [CMI5.sessionId]: 42 } }, 'mine')).toBe('mine');
  });
});
