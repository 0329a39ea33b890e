/**
 * Random but valid progress documents for property tests, including the awkward ones a learner
 * can really produce: ids named like built-in properties, boundary times, many runs, replaced
 * copies (an epoch) and counts at their ceiling.
 */
import fc from 'fast-check';
import { PROGRESS_LIMITS, type Progress, type ScenarioRun } from '../../../../src/schemas/progress';

/** Any time toISOString can write in its plain form: year 0000 to year 9999. */
export const timestampArbitrary = fc
  .date({
    min: new Date('0000-01-01T00:00:00.000Z'),
    max: new Date('9999-12-31T23:59:59.999Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());
/** Mostly ordinary times, so that records really meet in merges. */
const timestamp = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) })
      .map((ms) => new Date(ms).toISOString()),
  },
  { weight: 1, arbitrary: timestampArbitrary },
);
export const idArbitrary = fc.constantFrom('a', 'b', 'constructor', 'lesson-one', 'scenario-two');
const score = fc.integer({ min: 0, max: 100 });
const count = fc.oneof(fc.nat({ max: 9 }), fc.constant(PROGRESS_LIMITS.count));

const lesson = fc.record({ visitedAt: timestamp, completedAt: timestamp }, { requiredKeys: [] });

export const runArbitrary: fc.Arbitrary<ScenarioRun> = fc
  .record({
    finishedAt: timestamp,
    ending: idArbitrary,
    outcome: fc.constantFrom('reorder' as const, 'one-off' as const, 'lost' as const),
    drivers: fc.record({
      intention: score,
      competence: score,
      customerFocus: score,
      communication: score,
      valueCreation: score,
    }),
    deal: fc.integer({ min: 0, max: 100_000_000 }),
    scale: score,
    path: fc.array(idArbitrary, { maxLength: 4 }),
  })
  .map((value) => ({ ...value, id: `${value.finishedAt}|${value.path.join('/')}` }));

const quiz = fc
  .record({
    lastAnswers: fc.dictionary(idArbitrary, fc.array(idArbitrary, { maxLength: 3 })),
    best: count,
    questions: count,
    attempts: count,
    lastAt: timestamp,
  })
  .map((value) => ({ ...value, best: Math.min(value.best, value.questions) }));

function progressOf(runs: fc.Arbitrary<ScenarioRun[]>): fc.Arbitrary<Progress> {
  return fc
    .record(
      {
        lessons: fc.dictionary(idArbitrary, lesson),
        quizzes: fc.dictionary(idArbitrary, quiz),
        scenarios: fc.dictionary(
          idArbitrary,
          fc.record({ runs, endings: fc.uniqueArray(idArbitrary, { maxLength: 3 }) }),
        ),
        assessment: fc.record({
          attempts: count,
          best: score,
          passed: fc.boolean(),
          lastAt: timestamp,
        }),
        lastLocation: fc.record({
          href: fc.constantFrom('/lessons/a/', '/scenarios/b/#x', '/'),
          title: fc.string({ maxLength: 20 }),
          at: timestamp,
        }),
        assessmentDraft: fc.record({
          seed: fc.oneof(fc.nat({ max: 999 }), fc.constant(0xffff_ffff)),
          answers: fc.dictionary(idArbitrary, fc.array(idArbitrary, { maxLength: 3 })),
          at: timestamp,
        }),
        epoch: fc.constantFrom('2026-05-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z'),
        updatedAt: timestamp,
      },
      { requiredKeys: ['lessons', 'quizzes', 'scenarios', 'updatedAt'] },
    )
    .map((value) => ({ version: 1 as const, ...value }))
    .map((value) => ({
      ...value,
      scenarios: Object.fromEntries(
        Object.entries(value.scenarios).map(([id, scenario]) => [
          id,
          { ...scenario, runs: uniqueById(scenario.runs).slice(-PROGRESS_LIMITS.runsPerScenario) },
        ]),
      ),
    }));
}

function uniqueById(runs: ScenarioRun[]): ScenarioRun[] {
  return [...new Map(runs.map((run) => [run.id, run])).values()];
}

export const progressArbitrary: fc.Arbitrary<Progress> = progressOf(
  fc.array(runArbitrary, { maxLength: 3 }),
);

/** Documents whose scenarios hold hundreds of runs, so merges cross the run limit. */
export const crowdedProgressArbitrary: fc.Arbitrary<Progress> = progressOf(
  fc.array(runArbitrary, { minLength: 200, maxLength: 400 }),
);
