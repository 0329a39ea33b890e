/**
 * Recovers what can still be read from a stored or kept document that fails validation as a
 * whole: each lesson, quiz, scenario run and the rest is checked on its own, the readable ones are
 * kept and the rest are counted as left out. A document written before the run limit was enforced
 * keeps its latest runs. Documents from a newer version, or that are not progress at all, are not
 * guessed at.
 */
import type { Progress, ScenarioProgress } from '../../schemas/progress';
import {
  readAssessment,
  readDraft,
  readLesson,
  readLocation,
  readQuiz,
  readRun,
  reads,
} from './guard';
import { isId, isTimestamp } from '../../schemas/primitives';
import { keptEndings, latestRuns } from './limits';
import { merge } from './merge';
import { migrate } from './migrate';
import { emptyProgress } from './model';

export interface Repaired {
  progress: Progress;
  /** Records that could not be read and were left out. */
  dropped: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function repairProgress(value: unknown): Repaired | undefined {
  if (!isObject(value)) return undefined;
  const migrated = migrate(value);
  if (!migrated.ok) return undefined;
  const document = migrated.document;
  let dropped = 0;

  const one = <T>(raw: unknown, read: (value: unknown) => T): T | undefined => {
    if (raw === undefined) return undefined;
    const parsed = reads(read, raw);
    if (parsed === undefined) dropped++;
    return parsed;
  };
  const records = <T>(raw: unknown, read: (entry: unknown) => T | undefined) => {
    const kept: Record<string, T> = {};
    if (raw === undefined) return kept;
    if (!isObject(raw)) {
      dropped++;
      return kept;
    }
    for (const [key, entry] of Object.entries(raw)) {
      const value = isId(key) ? read(entry) : undefined;
      if (value === undefined) {
        if (!isId(key)) dropped++;
        continue;
      }
      kept[key] = value;
    }
    return kept;
  };
  const scenario = (raw: unknown): ScenarioProgress | undefined => {
    if (!isObject(raw)) {
      dropped++;
      return undefined;
    }
    const runs = (Array.isArray(raw['runs']) ? raw['runs'] : []).flatMap((run: unknown) => {
      const read = one(run, readRun);
      return read ? [read] : [];
    });
    const endings = (Array.isArray(raw['endings']) ? raw['endings'] : []).filter(isId);
    return {
      runs: latestRuns(runs),
      endings: keptEndings([...endings, ...runs.map((r) => r.ending)]),
    };
  };

  const assessment = one(document['assessment'], readAssessment);
  const assessmentDraft = one(document['assessmentDraft'], readDraft);
  const lastLocation = one(document['lastLocation'], readLocation);
  const epoch = isTimestamp(document['epoch']) ? document['epoch'] : undefined;
  const progress: Progress = {
    ...emptyProgress(),
    lessons: records(document['lessons'], (entry) => one(entry, readLesson)),
    quizzes: records(document['quizzes'], (entry) => one(entry, readQuiz)),
    scenarios: records(document['scenarios'], scenario),
    ...(assessment ? { assessment } : {}),
    ...(assessmentDraft ? { assessmentDraft } : {}),
    ...(lastLocation ? { lastLocation } : {}),
    ...(epoch ? { epoch } : {}),
    ...(isTimestamp(document['updatedAt']) ? { updatedAt: document['updatedAt'] } : {}),
  };
  return { progress: merge(progress, progress), dropped };
}
