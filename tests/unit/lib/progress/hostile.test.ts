/**
 * The ways progress was lost or blocked when the course was tried as an attacker would, one
 * fixture each, and the invariant that rules them all out: the store never holds a document it
 * cannot read back, whatever the learner, another tab or an imported file does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { merge } from '../../../../src/lib/progress/merge';
import {
  adopt,
  emptyProgress,
  replacedBy,
  resetAt,
  withAssessmentAttempt,
  withAssessmentDraft,
  withCompletion,
  withLocation,
  withQuizAnswer,
  withQuizAttempt,
  withScenarioRun,
  withVisit,
  withoutQuizAnswer,
} from '../../../../src/lib/progress/model';
import { parseProgress } from '../../../../src/lib/progress/parse';
import { repairProgress } from '../../../../src/lib/progress/repair';
import { lessonStatus, quizProgress, scenarioProgress } from '../../../../src/lib/progress/summary';
import { PROGRESS_LIMITS, type Progress, type ScenarioRun } from '../../../../src/schemas/progress';
import { isCoursePath, isTimestamp } from '../../../../src/schemas/primitives';
import { progressArbitrary, runArbitrary, timestampArbitrary } from './arbitraries';

const T = '2026-11-29T10:00:00.000Z';
const at = (minute: number) => new Date(Date.UTC(2026, 10, 1) + minute * 60_000).toISOString();

function run(minute: number, overrides: Partial<ScenarioRun> = {}): ScenarioRun {
  const finishedAt = at(minute);
  return {
    id: `${finishedAt}|a/b`,
    finishedAt,
    ending: 'reorder',
    outcome: 'reorder',
    drivers: {
      intention: 60,
      competence: 60,
      customerFocus: 60,
      communication: 60,
      valueCreation: 60,
    },
    deal: 1_000_000,
    scale: 80,
    path: ['a', 'b'],
    ...overrides,
  };
}

/** What the store does with a document: write it as JSON and read it back. */
function roundTrip(progress: Progress): Progress {
  const result = parseProgress(JSON.stringify(progress), Number.POSITIVE_INFINITY);
  if (!result.ok) throw new Error(`does not read back: ${JSON.stringify(result)}`);
  return result.progress;
}

describe('defect 1: ids named like built-in properties', () => {
  const hostile: Progress = {
    ...emptyProgress(),
    lessons: { constructor: { visitedAt: T } },
    quizzes: {
      constructor: {
        lastAnswers: { constructor: ['a'] },
        best: 1,
        questions: 3,
        attempts: 1,
        lastAt: T,
      },
    },
    scenarios: { constructor: { runs: [run(1)], endings: ['reorder'] } },
    updatedAt: T,
  };

  it('are ordinary data: merge, import and lookups treat them as records, not built-ins', () => {
    expect(roundTrip(hostile)).toEqual(hostile);
    expect(merge(emptyProgress(), hostile)).toEqual(merge(hostile, hostile));
    expect(merge(hostile, emptyProgress()).scenarios['constructor']?.runs).toHaveLength(1);
    expect(adopt(emptyProgress(), hostile).lessons['constructor']).toEqual({ visitedAt: T });
  });

  it('a quiz or scenario with such an id starts from nothing, not from a function', () => {
    const quiz = withQuizAttempt(emptyProgress(), 'constructor', {
      answers: { q1: ['a'] },
      correct: 2,
      questions: 3,
      at: T,
    });
    expect(quiz.quizzes['constructor']).toMatchObject({ best: 2, attempts: 1, questions: 3 });
    expect(roundTrip(quiz)).toEqual(quiz);
    const played = withScenarioRun(emptyProgress(), 'constructor', run(1));
    expect(played.scenarios['constructor']?.runs).toHaveLength(1);
    expect(roundTrip(played)).toEqual(played);
  });

  it('lookups of toString, valueOf and hasOwnProperty find nothing', () => {
    const empty = emptyProgress();
    for (const name of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
      expect(lessonStatus(empty, name)).toBe('not-started');
      expect(quizProgress(empty, name)).toBeUndefined();
      expect(scenarioProgress(empty, name)).toBeUndefined();
    }
    // Not ids at all: writers leave the document as it was rather than save what won't read back.
    expect(withVisit(empty, 'toString', T)).toBe(empty);
    expect(withVisit(empty, '__proto__', T)).toBe(empty);
  });
});

describe('defect 2: the 501st run', () => {
  const full = (): Progress => {
    let progress = emptyProgress();
    for (let minute = 0; minute < PROGRESS_LIMITS.runsPerScenario; minute++) {
      progress = withScenarioRun(progress, 'discount-request', run(minute));
    }
    return progress;
  };

  it('drops the oldest run, so the document still reads back', () => {
    const before = full();
    const after = withScenarioRun(before, 'discount-request', run(10_000));
    const runs = after.scenarios['discount-request']?.runs ?? [];
    expect(runs).toHaveLength(PROGRESS_LIMITS.runsPerScenario);
    expect(runs.at(-1)?.finishedAt).toBe(at(10_000));
    expect(runs[0]?.finishedAt).toBe(at(1));
    expect(roundTrip(after)).toEqual(after);
  });

  it('merging two devices with 300 runs each keeps the latest 500', () => {
    let phone = emptyProgress();
    let laptop = emptyProgress();
    for (let minute = 0; minute < 300; minute++) {
      phone = withScenarioRun(phone, 's', run(minute * 2));
      laptop = withScenarioRun(laptop, 's', run(minute * 2 + 1));
    }
    const merged = merge(phone, laptop);
    const runs = merged.scenarios['s']?.runs ?? [];
    expect(runs).toHaveLength(500);
    expect(runs[0]?.finishedAt).toBe(at(100));
    expect(roundTrip(merged)).toEqual(merged);
  });

  it('a document saved with too many runs before the fix is repaired, keeping the latest', () => {
    const saved = full();
    const tooMany = {
      ...saved,
      scenarios: {
        'discount-request': {
          runs: [...(saved.scenarios['discount-request']?.runs ?? []), run(20_000)],
          endings: ['reorder'],
        },
      },
    };
    expect(parseProgress(JSON.stringify(tooMany)).ok).toBe(false);
    const repaired = repairProgress(JSON.parse(JSON.stringify(tooMany)));
    expect(repaired?.dropped).toBe(0);
    expect(repaired?.progress.scenarios['discount-request']?.runs.at(-1)?.finishedAt).toBe(
      at(20_000),
    );
    expect(repaired && roundTrip(repaired.progress)).toEqual(repaired?.progress);
  });
});

describe('defect 3: a replace reaches other tabs as a replace', () => {
  const oldTab = withVisit(withVisit(emptyProgress(), 'lesson-one', at(1)), 'lesson-two', at(2));
  const imported = withVisit(emptyProgress(), 'lesson-eight', at(3));

  it('an older copy held in memory does not bring back what was replaced', () => {
    const replaced = replacedBy(imported, at(5));
    const seenByOldTab = merge(oldTab, replaced);
    expect(Object.keys(seenByOldTab.lessons)).toEqual(['lesson-eight']);
    // The old tab's next write lands on the replaced document.
    const written = withCompletion(seenByOldTab, 'lesson-three', at(6));
    expect(Object.keys(merge(written, replaced).lessons).sort()).toEqual([
      'lesson-eight',
      'lesson-three',
    ]);
  });

  it('a reset is a replace with nothing, and restoring brings the old records into it', () => {
    const reset = resetAt(at(5));
    expect(merge(oldTab, reset).lessons).toEqual({});
    const restored = adopt(reset, oldTab);
    expect(Object.keys(restored.lessons).sort()).toEqual(['lesson-one', 'lesson-two']);
    expect(merge(restored, oldTab)).toEqual(restored);
  });

  it('an import to merge is adopted into the current epoch, not superseded by it', () => {
    const current = withVisit(resetAt(at(5)), 'lesson-four', at(6));
    const fromOtherDevice = replacedBy(imported, at(1));
    expect(Object.keys(adopt(current, fromOtherDevice).lessons).sort()).toEqual([
      'lesson-eight',
      'lesson-four',
    ]);
  });
});

describe('defect 4: the place to resume is a path on this site', () => {
  it('refuses addresses another site could be reached by', () => {
    for (const href of [
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '',
      'lessons/x/',
    ]) {
      expect(isCoursePath(href), href).toBe(false);
    }
    for (const href of ['/', '/lessons/x/', '/lessons/x/#the-heading', '/ja/lessons/%E4%BF%A1/']) {
      expect(isCoursePath(href), href).toBe(true);
    }
  });

  it('neither reads nor writes one', () => {
    const progress = withLocation(emptyProgress(), { href: '//evil.example/x', title: 'x', at: T });
    expect(progress.lastLocation).toBeUndefined();
    const stored = {
      ...emptyProgress(),
      lastLocation: { href: '//evil.example/x', title: 'x', at: T },
    };
    expect(parseProgress(JSON.stringify(stored))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(repairProgress(stored)).toMatchObject({ dropped: 1 });
    expect(repairProgress(stored)?.progress.lastLocation).toBeUndefined();
  });
});

describe('defect 6: impossible numbers and times', () => {
  it('refuses a best score above the number of questions, and never writes one', () => {
    const stored = {
      ...emptyProgress(),
      quizzes: { q: { lastAnswers: {}, best: 999_999, questions: 3, attempts: 1, lastAt: T } },
    };
    expect(parseProgress(JSON.stringify(stored))).toMatchObject({ ok: false, reason: 'invalid' });
    const five = withQuizAttempt(emptyProgress(), 'q', {
      answers: {},
      correct: 5,
      questions: 5,
      at: at(1),
    });
    const shrunk = withQuizAttempt(five, 'q', { answers: {}, correct: 1, questions: 3, at: at(2) });
    expect(shrunk.quizzes['q']).toMatchObject({ best: 3, questions: 3 });
    expect(roundTrip(shrunk)).toEqual(shrunk);
  });

  it('refuses times that do not exist', () => {
    for (const time of [
      '2024-99-99T00:00:00.000Z',
      '2026-02-30T00:00:00.000Z',
      '2026-11-29T25:00:00.000Z',
      '2026-11-29',
      '+010000-01-01T00:00:00.000Z',
    ]) {
      expect(isTimestamp(time), time).toBe(false);
      expect(withVisit(emptyProgress(), 'a', time).lessons).toEqual({});
    }
    expect(isTimestamp('0000-01-01T00:00:00.000Z')).toBe(true);
    expect(isTimestamp('9999-12-31T23:59:59.999Z')).toBe(true);
  });

  it('stops counts at their ceiling instead of writing a number the schema refuses', () => {
    let progress = withAssessmentAttempt(emptyProgress(), { percent: 250, passed: true, at: T });
    const first = progress.assessment;
    if (!first) throw new Error('the attempt was not recorded');
    progress = { ...progress, assessment: { ...first, attempts: PROGRESS_LIMITS.count } };
    progress = withAssessmentAttempt(progress, { percent: 90, passed: true, at: T });
    expect(progress.assessment).toMatchObject({ attempts: PROGRESS_LIMITS.count, best: 100 });
    expect(roundTrip(progress)).toEqual(progress);
  });
});

describe('repairProgress', () => {
  it('keeps every readable record and counts the rest', () => {
    const damaged = {
      version: 1,
      lessons: {
        good: { visitedAt: T },
        bad: { visitedAt: 'yesterday' },
      },
      quizzes: 'not a record',
      scenarios: { s: { runs: [run(1), { nonsense: true }], endings: ['reorder', 'Bad Id'] } },
      lastLocation: { href: '/lessons/good/', title: 'Good', at: T },
      updatedAt: 'never',
    };
    // As JSON.parse reads a stored value: "__proto__" becomes an own key, not the prototype.
    const text = JSON.stringify(damaged).replace(
      '"lessons":{',
      `"lessons":{"__proto__":{"visitedAt":"${T}"},`,
    );
    const repaired = repairProgress(JSON.parse(text));
    expect(repaired?.dropped).toBe(4);
    expect(Object.keys(repaired?.progress.lessons ?? {})).toEqual(['good']);
    expect(repaired?.progress.scenarios['s']?.runs).toHaveLength(1);
    expect(repaired?.progress.lastLocation?.href).toBe('/lessons/good/');
    expect(repaired && roundTrip(repaired.progress)).toEqual(repaired?.progress);
  });

  it('does not guess at a newer version or something that is not progress', () => {
    expect(repairProgress({ version: 99, lessons: {} })).toBeUndefined();
    expect(repairProgress([1, 2])).toBeUndefined();
    expect(repairProgress('text')).toBeUndefined();
  });
});

describe('answers kept per question', () => {
  it('keeps each checked answer at once, and "Try again" forgets only that one', () => {
    let progress = withQuizAnswer(emptyProgress(), 'quiz', {
      questionId: 'q1',
      chosen: ['a'],
      questions: 4,
      at: at(1),
    });
    progress = withQuizAnswer(progress, 'quiz', {
      questionId: 'q2',
      chosen: ['b', 'c'],
      questions: 4,
      at: at(2),
    });
    expect(progress.quizzes['quiz']).toEqual({
      lastAnswers: { q1: ['a'], q2: ['b', 'c'] },
      best: 0,
      questions: 4,
      attempts: 0,
      lastAt: at(2),
    });
    progress = withoutQuizAnswer(progress, 'quiz', { questionId: 'q1', questions: 4, at: at(3) });
    expect(progress.quizzes['quiz']?.lastAnswers).toEqual({ q2: ['b', 'c'] });
    expect(roundTrip(progress)).toEqual(progress);
  });

  it('keeps an assessment in progress until it is submitted, in this tab or another', () => {
    const draft = withAssessmentDraft(emptyProgress(), {
      seed: 42,
      answers: { q1: ['a'] },
      at: at(1),
    });
    expect(draft.assessmentDraft).toEqual({ seed: 42, answers: { q1: ['a'] }, at: at(1) });
    const submitted = withAssessmentAttempt(draft, { percent: 90, passed: true, at: at(2) });
    expect(submitted.assessmentDraft).toBeUndefined();
    // A tab that still holds the draft does not bring it back after the submission.
    expect(merge(draft, submitted).assessmentDraft).toBeUndefined();
    // A newer draft, started after the submission, is kept.
    const retake = withAssessmentDraft(submitted, { seed: 7, answers: {}, at: at(3) });
    expect(merge(retake, submitted).assessmentDraft?.seed).toBe(7);
  });
});

/** Everything a learner, another tab or a file can do to the document. */
const hostileId = fc.constantFrom(
  'lesson-one',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__proto__',
  'Not An Id',
  'x'.repeat(101),
);
const anyTime = fc.oneof(
  timestampArbitrary,
  fc.constantFrom(
    '2024-99-99T00:00:00.000Z',
    'yesterday',
    '0000-01-01T00:00:00.000Z',
    '9999-12-31T23:59:59.999Z',
  ),
);
const action = fc.oneof(
  fc.record({ type: fc.constant('visit' as const), id: hostileId, at: anyTime }),
  fc.record({ type: fc.constant('complete' as const), id: hostileId, at: anyTime }),
  fc.record({
    type: fc.constant('location' as const),
    href: fc.constantFrom(
      '/lessons/a/#b',
      '//evil.example/x',
      'javascript:alert(1)',
      `/${'a'.repeat(400)}`,
    ),
    title: fc.string({ maxLength: 400 }),
    at: anyTime,
  }),
  fc.record({
    type: fc.constant('runs' as const),
    id: hostileId,
    runs: fc.array(runArbitrary, { maxLength: 3 }),
    burst: fc.nat({ max: 600 }),
  }),
  fc.record({
    type: fc.constant('quiz' as const),
    id: hostileId,
    answers: fc.dictionary(hostileId, fc.array(fc.string({ maxLength: 400 }), { maxLength: 30 })),
    correct: fc.integer({ min: -5, max: 2_000_000 }),
    questions: fc.integer({ min: -5, max: 2_000_000 }),
    at: anyTime,
  }),
  fc.record({
    type: fc.constant('quizAnswer' as const),
    id: hostileId,
    questionId: hostileId,
    chosen: fc.array(fc.string({ maxLength: 400 }), { maxLength: 30 }),
    questions: fc.integer({ min: -5, max: 2_000_000 }),
    at: anyTime,
  }),
  fc.record({
    type: fc.constant('quizRetry' as const),
    id: hostileId,
    questionId: hostileId,
    questions: fc.integer({ min: -5, max: 2_000_000 }),
    at: anyTime,
  }),
  fc.record({
    type: fc.constant('draft' as const),
    seed: fc.oneof(fc.nat(), fc.constantFrom(-1, 0.5, 2 ** 32, Number.NaN)),
    answers: fc.dictionary(hostileId, fc.array(fc.string({ maxLength: 400 }), { maxLength: 30 })),
    at: anyTime,
  }),
  fc.record({
    type: fc.constant('assessment' as const),
    percent: fc.integer({ min: -50, max: 500 }),
    passed: fc.boolean(),
    at: anyTime,
  }),
  fc.record({ type: fc.constant('importMerge' as const), document: progressArbitrary }),
  fc.record({
    type: fc.constant('importReplace' as const),
    document: progressArbitrary,
    at: timestampArbitrary,
  }),
  fc.record({ type: fc.constant('reset' as const), at: timestampArbitrary }),
  fc.record({ type: fc.constant('staleTab' as const), back: fc.nat({ max: 5 }) }),
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

function apply(history: readonly Progress[], step: Action): Progress {
  const progress = history.at(-1) ?? emptyProgress();
  switch (step.type) {
    case 'visit':
      return withVisit(progress, step.id, step.at);
    case 'complete':
      return withCompletion(progress, step.id, step.at);
    case 'location':
      return withLocation(progress, { href: step.href, title: step.title, at: step.at });
    case 'runs': {
      let next = progress;
      const many = Array.from({ length: step.burst }, (_, index) => run(index));
      for (const one of [...step.runs, ...many]) next = withScenarioRun(next, step.id, one);
      return next;
    }
    case 'quiz':
      return withQuizAttempt(progress, step.id, step);
    case 'quizAnswer':
      return withQuizAnswer(progress, step.id, step);
    case 'quizRetry':
      return withoutQuizAnswer(progress, step.id, step);
    case 'draft':
      return withAssessmentDraft(progress, step);
    case 'assessment':
      return withAssessmentAttempt(progress, step);
    case 'importMerge':
      return adopt(progress, step.document);
    case 'importReplace':
      return replacedBy(step.document, step.at);
    case 'reset':
      return resetAt(step.at);
    case 'staleTab':
      // Another tab, still holding an older copy, writes: the store merges before every write.
      return merge(history.at(-1 - step.back) ?? progress, progress);
  }
}

describe('the stored document always reads back', () => {
  it('after any sequence of learner actions, imports, resets and stale tabs', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 12 }), (steps) => {
        const history: Progress[] = [emptyProgress()];
        for (const step of steps) {
          const next = apply(history, step);
          expect(roundTrip(next)).toEqual(next);
          history.push(next);
        }
      }),
      { numRuns: 150 },
    );
  });
});
