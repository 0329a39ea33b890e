/**
 * Fitting progress into SCORM 1.2's 4,096 characters: the oldest runs go first, each scenario's
 * newest run last, and nothing else is ever given up. The largest realistic document is built
 * from the shipped course (./realistic.ts).
 */
import { describe, expect, it } from 'vitest';
import { runsInDropOrder, withoutRuns } from '../../../../src/lib/lms/runs';
import {
  MAX_SUSPEND_JSON_BYTES,
  SUSPEND_LIMITS,
  decodeSuspendData,
  encodeSuspendData,
  fitSuspendData,
} from '../../../../src/lib/lms/suspend';
import type { Progress } from '../../../../src/schemas/progress';
import { PROGRESS_LIMITS } from '../../../../src/schemas/progress-limits';
import { fakeProgress, fakeRun } from '../../fakes';
import { realisticProgress } from './realistic';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 2) + minute * 60_000).toISOString();
const run = (minute: number, ending = 'reorder') => fakeRun({ finishedAt: at(minute), ending });

function decoded(text: string): Progress {
  const result = decodeSuspendData(text);
  if (!result.ok) throw new Error(`does not read back: ${JSON.stringify(result)}`);
  return result.progress;
}

const runIds = (progress: Progress) =>
  Object.values(progress.scenarios).flatMap((scenario) => scenario.runs.map((each) => each.id));

describe('runsInDropOrder', () => {
  it('puts older runs first across scenarios, and every scenario’s newest run last', () => {
    const progress = fakeProgress({
      scenarios: {
        a: { runs: [run(1), run(5), run(9)], endings: ['reorder'] },
        b: { runs: [run(2)], endings: ['reorder'] },
        c: { runs: [run(3), run(4)], endings: ['reorder'] },
      },
    });
    const order = runsInDropOrder(progress).map((each) => `${each.scenarioId}@${each.index}`);
    expect(order).toEqual(['a@0', 'c@0', 'a@1', 'b@0', 'c@1', 'a@2']);
  });

  it('orders runs that finished at the same moment by scenario, the same on every device', () => {
    const same = fakeProgress({
      scenarios: {
        b: { runs: [run(1), run(2)], endings: ['reorder'] },
        a: { runs: [run(1), run(2)], endings: ['reorder'] },
      },
    });
    const order = runsInDropOrder(same).map((each) => `${each.scenarioId}@${each.index}`);
    expect(order).toEqual(['a@0', 'b@0', 'a@1', 'b@1']);
  });
});

describe('withoutRuns', () => {
  it('keeps the endings of the runs it drops, even ones the endings list had lost', () => {
    const progress = fakeProgress({
      scenarios: { a: { runs: [run(1, 'lost-account'), run(2)], endings: ['reorder'] } },
    });
    const [oldest] = runsInDropOrder(progress);
    if (!oldest) throw new Error('no runs');
    expect(withoutRuns(progress, [oldest]).scenarios['a']).toEqual({
      runs: [run(2)],
      endings: ['lost-account', 'reorder'],
    });
  });
});

describe('fitSuspendData', () => {
  it('leaves a document that fits as it is', () => {
    const progress = realisticProgress(1);
    const fitted = fitSuspendData(progress, SUSPEND_LIMITS.scorm12);
    expect(fitted).toEqual({ text: encodeSuspendData(progress), droppedRuns: 0, fits: true });
    expect(fitted.text.length).toBeLessThanOrEqual(SUSPEND_LIMITS.scorm12);
  });

  describe('with the largest realistic document: 9 scenarios played 500 times each', () => {
    const full = realisticProgress(PROGRESS_LIMITS.runsPerScenario);
    const fitted = fitSuspendData(full, SUSPEND_LIMITS.scorm12);
    const kept = decoded(fitted.text);
    const order = runsInDropOrder(full);

    it('fits in 4,096 characters and reads back', () => {
      expect(Object.keys(full.scenarios)).toHaveLength(9);
      expect(encodeSuspendData(full).length).toBeGreaterThan(100_000);
      expect(fitted.fits).toBe(true);
      expect(fitted.text.length).toBeLessThanOrEqual(SUSPEND_LIMITS.scorm12);
    });

    it('keeps every lesson, quiz, the assessment, the draft, the place to resume and every ending', () => {
      const { scenarios: _fullRuns, ...records } = full;
      const { scenarios: _keptRuns, ...keptRecords } = kept;
      expect(keptRecords).toEqual(records);
      for (const [id, scenario] of Object.entries(full.scenarios)) {
        expect(kept.scenarios[id]?.endings, id).toEqual(scenario.endings);
      }
    });

    it('keeps each scenario’s newest run, and the newest of the rest', () => {
      for (const [id, scenario] of Object.entries(full.scenarios)) {
        expect(kept.scenarios[id]?.runs.at(-1), id).toEqual(scenario.runs.at(-1));
      }
      expect(runIds(kept).length).toBe(order.length - fitted.droppedRuns);
      expect(new Set(runIds(kept))).toEqual(
        new Set(order.slice(fitted.droppedRuns).map((each) => each.run.id)),
      );
    });

    it('drops no run it did not have to: one run more would not fit', () => {
      const oneMore = withoutRuns(full, order.slice(0, fitted.droppedRuns - 1));
      expect(encodeSuspendData(oneMore).length).toBeGreaterThan(SUSPEND_LIMITS.scorm12);
    });
  });

  it('gives up scenarios’ newest runs, oldest first, only when nothing older is left', () => {
    const full = realisticProgress(3);
    const bare = withoutRuns(full, runsInDropOrder(full));
    const limit = encodeSuspendData(bare).length + 400;
    const fitted = fitSuspendData(full, limit);
    const newest = Object.values(full.scenarios).flatMap((scenario) => scenario.runs.slice(-1));
    const keptIds = runIds(decoded(fitted.text));
    expect(keptIds.length).toBeGreaterThan(0);
    expect(keptIds.length).toBeLessThan(newest.length);
    expect(keptIds).toEqual(newest.slice(-keptIds.length).map((each) => each.id));
  });

  it('returns the shortest text there is, and says so, when even no runs are too long', () => {
    const progress = realisticProgress(2);
    const fitted = fitSuspendData(progress, 500);
    const bare = withoutRuns(progress, runsInDropOrder(progress));
    expect(fitted).toEqual({ text: encodeSuspendData(bare), droppedRuns: 18, fits: false });
    expect(decoded(fitted.text).scenarios).toEqual(bare.scenarios);
  });

  it('keeps within what decodeSuspendData reads, even with no limit on length', () => {
    const full = realisticProgress(PROGRESS_LIMITS.runsPerScenario);
    const order = runsInDropOrder(full);
    const bytes = (progress: Progress) => new TextEncoder().encode(JSON.stringify(progress)).length;
    expect(bytes(full)).toBeGreaterThan(MAX_SUSPEND_JSON_BYTES);
    expect(decodeSuspendData(encodeSuspendData(full))).toMatchObject({ ok: false });
    const fitted = fitSuspendData(full, Number.POSITIVE_INFINITY);
    expect(fitted.fits).toBe(true);
    expect(fitted.droppedRuns).toBeGreaterThan(0);
    expect(fitted.droppedRuns).toBeLessThan(order.length);
    expect(bytes(decoded(fitted.text))).toBeLessThanOrEqual(MAX_SUSPEND_JSON_BYTES);
    const oneMore = withoutRuns(full, order.slice(0, fitted.droppedRuns - 1));
    expect(bytes(oneMore)).toBeGreaterThan(MAX_SUSPEND_JSON_BYTES);
  });
});
