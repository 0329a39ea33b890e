import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { merge } from '../../../../src/lib/progress/merge';
import { migrate, migrations } from '../../../../src/lib/progress/migrate';
import {
  emptyProgress,
  withCompletion,
  withScenarioRun,
  withVisit,
} from '../../../../src/lib/progress/model';
import { MAX_IMPORT_BYTES, parseProgress } from '../../../../src/lib/progress/parse';
import { PROGRESS_VERSION, type Progress } from '../../../../src/schemas/progress';
import { progressArbitrary } from './arbitraries';

const fixture = (version: number) =>
  readFileSync(join(import.meta.dirname, 'fixtures', `v${version}.json`), 'utf8');

describe('migrate', () => {
  it('has a fixture for every version up to the current one, each reaching the current shape', () => {
    for (let version = 1; version <= PROGRESS_VERSION; version++) {
      const result = parseProgress(fixture(version));
      expect(result.ok, `fixture v${version}`).toBe(true);
    }
  });

  it('ships version 1 with an empty chain: a v1 document passes through unchanged', () => {
    expect(Object.keys(migrations)).toEqual([]);
    const document = JSON.parse(fixture(1)) as Record<string, unknown>;
    expect(migrate(document)).toEqual({ ok: true, document });
  });

  it('refuses a document from a newer version rather than guess', () => {
    expect(migrate({ version: PROGRESS_VERSION + 1 })).toEqual({
      ok: false,
      reason: 'future-version',
      version: PROGRESS_VERSION + 1,
    });
  });

  it('refuses a document without a version', () => {
    expect(migrate({ lessons: {} })).toEqual({ ok: false, reason: 'no-version' });
  });
});

describe('parseProgress', () => {
  it('accepts a valid document', () => {
    const result = parseProgress(fixture(1));
    expect(result.ok && result.progress.lessons['trust-outweighs-price']).toEqual({
      visitedAt: '2026-11-02T08:30:00.000Z',
    });
  });

  it('rejects a file over 1 MB before reading it', () => {
    expect(parseProgress('x'.repeat(MAX_IMPORT_BYTES + 1))).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
  });

  it('rejects text that is not JSON', () => {
    expect(parseProgress('{"version": 1,')).toEqual({ ok: false, reason: 'not-json' });
  });

  it('rejects JSON that is not a progress document', () => {
    expect(parseProgress('[1, 2, 3]')).toEqual({ ok: false, reason: 'not-progress' });
    expect(parseProgress('"hello"')).toEqual({ ok: false, reason: 'not-progress' });
    expect(parseProgress('{"lessons": {}}')).toEqual({ ok: false, reason: 'not-progress' });
  });

  it('rejects a future version with its number', () => {
    expect(parseProgress('{"version": 9}')).toEqual({
      ok: false,
      reason: 'future-version',
      version: 9,
    });
  });

  it('rejects a damaged document and says where', () => {
    const damaged = JSON.parse(fixture(1)) as Progress;
    (damaged.lessons['trust-outweighs-price'] as Record<string, unknown>)['visitedAt'] =
      'yesterday';
    const result = parseProgress(JSON.stringify(damaged));
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!result.ok && result.reason === 'invalid' && result.detail).toContain(
      'lessons.trust-outweighs-price.visitedAt',
    );
  });

  it('rejects a resume address that leaves the course', () => {
    const hostile = JSON.parse(fixture(1)) as Progress;
    if (hostile.lastLocation) hostile.lastLocation.href = 'javascript:alert(1)';
    expect(parseProgress(JSON.stringify(hostile))).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('keeps hostile text as plain data; it is never interpreted', () => {
    const hostile = JSON.parse(fixture(1)) as Progress;
    if (hostile.lastLocation) hostile.lastLocation.title = '<img src=x onerror=alert(1)>';
    const result = parseProgress(JSON.stringify(hostile));
    expect(result.ok && result.progress.lastLocation?.title).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('model', () => {
  it('records a visit once and a completion once, keeping the first times', () => {
    let progress = withVisit(emptyProgress(), 'a', '2026-01-01T00:00:00.000Z');
    progress = withVisit(progress, 'a', '2026-02-01T00:00:00.000Z');
    progress = withCompletion(progress, 'a', '2026-03-01T00:00:00.000Z');
    progress = withCompletion(progress, 'a', '2026-04-01T00:00:00.000Z');
    expect(progress.lessons['a']).toEqual({
      visitedAt: '2026-01-01T00:00:00.000Z',
      completedAt: '2026-03-01T00:00:00.000Z',
    });
  });
});

describe('merge', () => {
  const v1 = () => {
    const result = parseProgress(fixture(1));
    if (!result.ok) throw new Error('fixture');
    return result.progress;
  };

  it('unites visits, keeps every run once, unites endings and keeps the newest place to resume', () => {
    const phone = withCompletion(v1(), 'partnership-mindset', '2026-11-03T10:00:00.000Z');
    const laptop = withScenarioRun(v1(), 'discount-request', {
      id: 'later',
      finishedAt: '2026-11-04T10:00:00.000Z',
      ending: 'reorder-partner',
      outcome: 'reorder',
      drivers: {
        intention: 70,
        competence: 70,
        customerFocus: 70,
        communication: 70,
        valueCreation: 70,
      },
      deal: 21_600_000,
      scale: 100,
      path: ['ask-behind'],
    });
    const merged = merge(phone, laptop);
    expect(Object.keys(merged.lessons)).toEqual([
      'partnership-mindset',
      'trust-drives-sales-in-japan',
      'trust-outweighs-price',
    ]);
    expect(merged.scenarios['discount-request']?.runs).toHaveLength(2);
    expect(merged.scenarios['discount-request']?.endings).toEqual([
      'one-off-price-war',
      'reorder-partner',
    ]);
    expect(merged.updatedAt).toBe('2026-11-04T10:00:00.000Z');
  });

  it('is commutative', () => {
    fc.assert(
      fc.property(progressArbitrary, progressArbitrary, (a, b) => {
        expect(merge(a, b)).toEqual(merge(b, a));
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(progressArbitrary, (a) => {
        const once = merge(a, a);
        expect(merge(once, once)).toEqual(once);
        expect(merge(once, a)).toEqual(once);
      }),
    );
  });

  it('is associative, so three devices can meet in any order', () => {
    fc.assert(
      fc.property(progressArbitrary, progressArbitrary, progressArbitrary, (a, b, c) => {
        expect(merge(merge(a, b), c)).toEqual(merge(a, merge(b, c)));
      }),
    );
  });

  it('never loses a visit, a completion, a run or an ending of the latest epoch', () => {
    fc.assert(
      fc.property(progressArbitrary, progressArbitrary, (a, b) => {
        const merged = merge(a, b);
        // A copy from before a replace or reset is superseded by design; see the epoch tests.
        for (const source of [a, b].filter((doc) => doc.epoch === merged.epoch)) {
          for (const [id, lesson] of Object.entries(source.lessons)) {
            if (lesson.visitedAt) expect(merged.lessons[id]?.visitedAt).toBeDefined();
            if (lesson.completedAt) expect(merged.lessons[id]?.completedAt).toBeDefined();
          }
          for (const [id, scenario] of Object.entries(source.scenarios)) {
            const runIds = merged.scenarios[id]?.runs.map((run) => run.id) ?? [];
            for (const run of scenario.runs) expect(runIds).toContain(run.id);
            for (const ending of scenario.endings)
              expect(merged.scenarios[id]?.endings).toContain(ending);
          }
        }
      }),
    );
  });

  it('produces documents the schema accepts', () => {
    fc.assert(
      fc.property(progressArbitrary, progressArbitrary, (a, b) => {
        expect(parseProgress(JSON.stringify(merge(a, b))).ok).toBe(true);
      }),
    );
  });
});
