/** Random but valid progress documents for property tests. */
import fc from 'fast-check';
import type { Progress } from '../../../../src/schemas/progress';

const timestamp = fc
  .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) })
  .map((ms) => new Date(ms).toISOString());
const id = fc.constantFrom('a', 'b', 'c', 'lesson-one', 'scenario-two');
const score = fc.integer({ min: 0, max: 100 });

const lesson = fc.record({ visitedAt: timestamp, completedAt: timestamp }, { requiredKeys: [] });

const run = fc
  .record({
    finishedAt: timestamp,
    ending: id,
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
    path: fc.array(id, { maxLength: 4 }),
  })
  .map((value) => ({ ...value, id: `${value.finishedAt}|${value.path.join('/')}` }));

const quiz = fc.record({
  lastAnswers: fc.dictionary(id, fc.array(id, { maxLength: 3 })),
  best: fc.nat({ max: 5 }),
  questions: fc.constant(5),
  attempts: fc.nat({ max: 9 }),
  lastAt: timestamp,
});

export const progressArbitrary: fc.Arbitrary<Progress> = fc
  .record(
    {
      lessons: fc.dictionary(id, lesson),
      quizzes: fc.dictionary(id, quiz),
      scenarios: fc.dictionary(
        id,
        fc.record({
          runs: fc.array(run, { maxLength: 3 }),
          endings: fc.uniqueArray(id, { maxLength: 3 }),
        }),
      ),
      assessment: fc.record({
        attempts: fc.nat({ max: 5 }),
        best: score,
        passed: fc.boolean(),
        lastAt: timestamp,
      }),
      lastLocation: fc.record({
        href: fc.constantFrom('/lessons/a/', '/scenarios/b/#x'),
        title: fc.string({ maxLength: 20 }),
        at: timestamp,
      }),
      updatedAt: timestamp,
    },
    { requiredKeys: ['lessons', 'quizzes', 'scenarios', 'updatedAt'] },
  )
  .map((value) => ({ version: 1 as const, ...value }));
