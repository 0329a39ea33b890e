/**
 * The browser's guard and the zod schema give the same verdict, and the same clean copy, on
 * valid documents and on every way of damaging one: a value swapped at any path, an extra key,
 * a key named like a built-in property.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Invalid, readProgress, reads } from '../../../../src/lib/progress/guard';
import { progressSchema } from '../../../../src/schemas/progress';
import { progressArbitrary } from './arbitraries';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a document. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [
    prefix,
    ...keys.flatMap((key) => paths((value as Record<string, unknown>)[key], [...prefix, key])),
  ];
}

function setAt(document: Json, path: readonly (string | number)[], value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const copy = structuredClone(document) as Record<string | number, Json>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, Json>;
  const last = path.at(-1) as string | number;
  if (value === undefined) Reflect.deleteProperty(target, last);
  else target[last] = value;
  return copy;
}

const hostile = fc.constantFrom<Json | undefined>(
  undefined,
  null,
  '',
  'x',
  'constructor',
  'Not An Id',
  '//evil.example/x',
  '/lessons/x/',
  '2024-99-99T00:00:00.000Z',
  '2026-11-29T10:00:00.000Z',
  -1,
  0,
  1.5,
  100,
  101,
  1_000_001,
  2 ** 53,
  true,
  [],
  ['a'],
  {},
  { constructor: {} },
  { extra: 1 },
);

function verdicts(value: unknown) {
  const zod = progressSchema.safeParse(value);
  const guard = reads(readProgress, value);
  return { zod: zod.success ? zod.data : undefined, guard };
}

describe('the progress guard', () => {
  it('accepts what the schema accepts, with the same clean copy', () => {
    fc.assert(
      fc.property(progressArbitrary, (document) => {
        const { zod, guard } = verdicts(JSON.parse(JSON.stringify(document)));
        expect(zod).toBeDefined();
        expect(guard).toEqual(zod);
      }),
    );
  });

  it('agrees with the schema on any damaged document', () => {
    fc.assert(
      fc.property(
        progressArbitrary,
        fc.nat(),
        hostile,
        fc.boolean(),
        (document, pick, value, asKey) => {
          const json = JSON.parse(JSON.stringify(document)) as Json;
          const valueAt = (path: (string | number)[]) =>
            path.reduce<unknown>(
              (node, key) => (node as Record<string | number, unknown>)[key],
              json,
            );
          const all = paths(json).filter(
            (path) => !asKey || (typeof valueAt(path) === 'object' && valueAt(path) !== null),
          );
          const path = all[pick % all.length] ?? [];
          // Either swap the value at the path, or add a key there with that value.
          const damaged = asKey
            ? setAt(json, [...path, typeof value === 'string' && value ? value : 'extra'], 1)
            : setAt(json, path, value);
          const { zod, guard } = verdicts(JSON.parse(JSON.stringify(damaged)));
          expect(guard === undefined, JSON.stringify({ path, value, asKey })).toBe(
            zod === undefined,
          );
          if (zod) expect(guard).toEqual(zod);
        },
      ),
      { numRuns: 2_000 },
    );
    // Two thousand damaged documents: room for a loaded machine.
  }, 30_000);

  it('names where the first problem is', () => {
    expect(() =>
      readProgress({
        version: 1,
        lessons: { a: { visitedAt: 'yesterday' } },
        quizzes: {},
        scenarios: {},
        updatedAt: '2026-11-29T10:00:00.000Z',
      }),
    ).toThrow(new Invalid('lessons.a.visitedAt: not a real time'));
  });

  it('skips a "__proto__" key as the schema does, never assigning it', () => {
    const text =
      '{"version":1,"lessons":{"__proto__":{"visitedAt":"2026-11-29T10:00:00.000Z"}},"quizzes":{},"scenarios":{},"updatedAt":"2026-11-29T10:00:00.000Z"}';
    const { zod, guard } = verdicts(JSON.parse(text));
    expect(guard).toEqual(zod);
    expect(Object.getPrototypeOf(guard?.lessons)).toBe(Object.prototype);
  });
});
