/**
 * What a cmi5 session keeps in the LRS's State API (one document per learner and registration,
 * under PROGRESS_STATE_ID): the learner's progress, and what has already been reported, so that
 * completed and passed go once per registration (the cmi5 best practices keep such flags in
 * State) and a scenario run or assessment attempt is reported once, whichever session sees it.
 *
 * Version 1, JSON:
 * {
 *   version: 1,
 *   progress: "s1.…",                       the suspend-data text (./suspend.ts)
 *   sent: { completed, passed },            cmi5 verdicts sent in this registration
 *   reportedRuns: { [scenarioId]: finishedAt },  the newest run reported, per scenario
 *   reportedAssessment?: { attempts, best, passed }  the assessment as last reported
 * }
 * Reading never throws; a newer version is "unknown-format", for the runtime to leave alone.
 */
import type { AssessmentProgress, Progress, ScenarioRun } from '../../schemas/progress';
import { decodeSuspendData, fitSuspendData, SUSPEND_LIMITS, type SuspendResult } from './suspend';

export const PROGRESS_STATE_ID = 'https://shinrai.example/xapi/state/progress';
const VERSION = 1;
/**
 * State documents have no set limit, but the last save goes with keepalive, and a page's
 * keepalive requests share 64 KiB: half of SCORM 2004's limit leaves the rest for statements,
 * and is still ten times what a full document with a run per scenario takes.
 */
export const CMI5_STATE_LIMIT = SUSPEND_LIMITS.scorm2004 / 2;

type AssessmentSnapshot = Pick<AssessmentProgress, 'attempts' | 'best' | 'passed'>;

export interface Cmi5Record {
  sent: { completed: boolean; passed: boolean };
  reportedRuns: Record<string, string>;
  reportedAssessment?: AssessmentSnapshot;
}

export type Cmi5StateRead =
  | { ok: true; progress: SuspendResult; record: Cmi5Record }
  | { ok: false; reason: 'empty' | 'unknown-format' | 'invalid' };

export function cmi5StateDocument(progress: Progress, record: Cmi5Record): string {
  return JSON.stringify({
    version: VERSION,
    progress: fitSuspendData(progress, CMI5_STATE_LIMIT).text,
    ...record,
  });
}

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (source: Loose, key: string): unknown =>
  Object.hasOwn(source, key) ? source[key] : undefined;

function readAssessment(value: unknown): AssessmentSnapshot | undefined {
  if (!isObject(value)) return undefined;
  const attempts = own(value, 'attempts');
  const best = own(value, 'best');
  const passed = own(value, 'passed');
  return typeof attempts === 'number' && typeof best === 'number' && typeof passed === 'boolean'
    ? { attempts, best, passed }
    : undefined;
}

/** The document as the LRS returned it (parsed JSON), or undefined when there is none yet. */
export function readCmi5State(parsed: unknown): Cmi5StateRead {
  if (parsed === undefined) return { ok: false, reason: 'empty' };
  if (!isObject(parsed)) return { ok: false, reason: 'invalid' };
  const version = own(parsed, 'version');
  if (typeof version === 'number' && version > VERSION) {
    return { ok: false, reason: 'unknown-format' };
  }
  if (version !== VERSION) return { ok: false, reason: 'invalid' };
  const sent = own(parsed, 'sent');
  const runs = own(parsed, 'reportedRuns');
  const progressText = own(parsed, 'progress');
  const reportedRuns = Object.fromEntries(
    Object.entries(isObject(runs) ? runs : {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
  const reportedAssessment = readAssessment(own(parsed, 'reportedAssessment'));
  return {
    ok: true,
    progress: decodeSuspendData(typeof progressText === 'string' ? progressText : ''),
    record: {
      sent: {
        completed: isObject(sent) && own(sent, 'completed') === true,
        passed: isObject(sent) && own(sent, 'passed') === true,
      },
      reportedRuns,
      ...(reportedAssessment ? { reportedAssessment } : {}),
    },
  };
}

/** Everything in `progress` counted as reported: the start of a registration's record. */
export function reportedUpTo(progress: Progress, sent: Cmi5Record['sent']): Cmi5Record {
  const reportedRuns: Record<string, string> = {};
  for (const [id, scenario] of Object.entries(progress.scenarios)) {
    const newest = scenario.runs.reduce<string | undefined>(
      (latest, run) => (latest === undefined || run.finishedAt > latest ? run.finishedAt : latest),
      undefined,
    );
    if (newest !== undefined) reportedRuns[id] = newest;
  }
  const { assessment } = progress;
  return {
    sent,
    reportedRuns,
    ...(assessment
      ? {
          reportedAssessment: {
            attempts: assessment.attempts,
            best: assessment.best,
            passed: assessment.passed,
          },
        }
      : {}),
  };
}

/** Runs finished after the newest one reported for their scenario, oldest first. */
export function unreportedRuns(
  progress: Progress,
  record: Cmi5Record,
): { scenarioId: string; run: ScenarioRun }[] {
  return Object.entries(progress.scenarios)
    .flatMap(([scenarioId, scenario]) => {
      const since = Object.hasOwn(record.reportedRuns, scenarioId)
        ? record.reportedRuns[scenarioId]
        : undefined;
      return scenario.runs
        .filter((run) => since === undefined || run.finishedAt > since)
        .map((run) => ({ scenarioId, run }));
    })
    .sort((a, b) => (a.run.finishedAt < b.run.finishedAt ? -1 : 1));
}

/** What the progress document shows about one submitted attempt; unknown parts are left out. */
export interface AttemptReport {
  success?: boolean;
  percent?: number;
}

/**
 * The attempts submitted since `before`, one entry each. The document keeps only the count, the
 * best score and whether any attempt passed, so: an attempt failed when none has passed yet; the
 * one attempt that turned "passed" on passed; a lone attempt that raised the best scored it.
 * Anything else is not known, and is not reported.
 */
export function newAttempts(
  before: AssessmentSnapshot | undefined,
  after: AssessmentSnapshot | undefined,
): AttemptReport[] {
  if (!after) return [];
  const count = after.attempts - (before?.attempts ?? 0);
  if (count <= 0) return [];
  const lone = count === 1;
  const wasPassed = before?.passed ?? false;
  const success = !after.passed ? false : lone && !wasPassed ? true : undefined;
  const raisedBest = lone && after.best > (before?.best ?? -1);
  return Array.from({ length: count }, (_, index) => ({
    ...(success === undefined ? {} : { success }),
    ...(raisedBest && index === count - 1 ? { percent: after.best } : {}),
  }));
}
