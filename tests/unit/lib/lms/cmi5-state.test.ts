import { describe, expect, it } from 'vitest';
import {
  cmi5StateDocument,
  newAttempts,
  readCmi5State,
  reportedUpTo,
  unreportedRuns,
  type Cmi5Record,
} from '../../../../src/lib/lms/cmi5-state';
import { fakeProgress, fakeRun } from '../../fakes';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, minute)).toISOString();
const progress = fakeProgress({
  lessons: { 'trust-outweighs-price': { visitedAt: at(0), completedAt: at(1) } },
  scenarios: {
    'discount-request': {
      runs: [fakeRun({ finishedAt: at(2) }), fakeRun({ finishedAt: at(5), path: ['discount'] })],
      endings: ['reorder'],
    },
    'first-meeting': { runs: [fakeRun({ finishedAt: at(3) })], endings: ['reorder'] },
  },
  assessment: { attempts: 2, best: 70, passed: false, lastAt: at(4) },
});
const record: Cmi5Record = {
  sent: { completed: true, passed: false },
  reportedRuns: { 'discount-request': at(2) },
};

describe('the cmi5 State document', () => {
  it('reads back the progress and the record it was written with', () => {
    const read = readCmi5State(JSON.parse(cmi5StateDocument(progress, record)));
    expect(read.ok && read.record).toEqual(record);
    expect(read.ok && read.progress.ok && read.progress.progress).toEqual(progress);
  });

  it('is versioned: a newer version is left alone, anything else is invalid, none is empty', () => {
    expect(readCmi5State({ version: 2, progress: 'x' })).toEqual({
      ok: false,
      reason: 'unknown-format',
    });
    expect(readCmi5State({ progress: 's1.abc' })).toEqual({ ok: false, reason: 'invalid' });
    expect(readCmi5State('s1.abc')).toEqual({ ok: false, reason: 'invalid' });
    expect(readCmi5State(undefined)).toEqual({ ok: false, reason: 'empty' });
  });

  it('reads a damaged record as nothing sent and nothing reported, and says the progress is corrupt', () => {
    const read = readCmi5State({ version: 1, progress: 's1.!!', sent: 'yes', reportedRuns: [] });
    expect(read.ok && read.record).toEqual({
      sent: { completed: false, passed: false },
      reportedRuns: {},
    });
    expect(read.ok && read.progress.ok).toBe(false);
  });
});

describe('what is still to report', () => {
  it('a registration’s record starts with everything in progress counted', () => {
    const start = reportedUpTo(progress, { completed: false, passed: false });
    expect(start.reportedRuns).toEqual({ 'discount-request': at(5), 'first-meeting': at(3) });
    expect(start.reportedAssessment).toEqual({ attempts: 2, best: 70, passed: false });
    expect(unreportedRuns(progress, start)).toEqual([]);
  });

  it('runs after the newest reported of their scenario, oldest first', () => {
    expect(
      unreportedRuns(progress, record).map(({ scenarioId, run }) => [scenarioId, run.finishedAt]),
    ).toEqual([
      ['first-meeting', at(3)],
      ['discount-request', at(5)],
    ]);
  });
});

describe('newAttempts', () => {
  const snapshot = (attempts: number, best: number, passed: boolean) => ({
    attempts,
    best,
    passed,
  });

  it('a first attempt that passed: success and its score', () => {
    expect(newAttempts(undefined, snapshot(1, 90, true))).toEqual([{ success: true, percent: 90 }]);
  });

  it('a failed attempt below the best: failed, score unknown', () => {
    expect(newAttempts(snapshot(1, 70, false), snapshot(2, 70, false))).toEqual([
      { success: false },
    ]);
  });

  it('an attempt after a pass: neither success nor score is known unless it raised the best', () => {
    expect(newAttempts(snapshot(1, 90, true), snapshot(2, 90, true))).toEqual([{}]);
    expect(newAttempts(snapshot(1, 85, true), snapshot(2, 95, true))).toEqual([{ percent: 95 }]);
  });

  it('several attempts at once: only what holds for each', () => {
    expect(newAttempts(undefined, snapshot(2, 60, false))).toEqual([
      { success: false },
      { success: false },
    ]);
    expect(newAttempts(undefined, snapshot(2, 90, true))).toEqual([{}, {}]);
    expect(newAttempts(snapshot(2, 60, false), snapshot(2, 60, false))).toEqual([]);
  });
});
