/**
 * A cmi5 session on the launch page: the token, LMS.LaunchData and the learner's saved progress
 * first, then `initialized`; after every burst of changes the verdicts due (nextCmi5Verdicts),
 * each newly finished scenario run's replies and each submitted assessment attempt, then the
 * progress and what has been reported, saved to the State API; `terminated` last, as the learner
 * leaves. When the LRS refuses or is away, the course carries on with the progress in this
 * browser, the learner sees the same calm notice as with SCORM, and the next change tries again:
 * unsent statements wait, in order, for it. Nothing here throws.
 */
import { $progress } from '../../stores/progress';
import type { Cmi5Launch } from '../../lib/lms/cmi5-launch';
import { nextCmi5Verdicts } from '../../lib/lms/cmi5';
import { readCmi5LaunchData, type Cmi5LaunchData } from '../../lib/lms/cmi5-launch-data';
import {
  PROGRESS_STATE_ID,
  cmi5StateDocument,
  newAttempts,
  readCmi5State,
  reportedUpTo,
  unreportedRuns,
  type Cmi5Record,
} from '../../lib/lms/cmi5-state';
import { runDecisions, type ScenarioChoices } from '../../lib/lms/decisions';
import { lmsReport } from '../../lib/lms/report';
import { uuidV4 } from '../../lib/lms/uuid';
import {
  assessmentStatement,
  decisionStatements,
  initializedStatement,
  sessionIdOf,
  terminatedStatement,
  verdictStatement,
  type Stamp,
  type StatementSession,
  type XapiStatement,
} from '../../lib/lms/xapi';
import type { CourseIds } from '../../lib/progress/course';
import { siteAddress } from '../../lib/site';
import { t } from '../../i18n/client';
import { lrsFor, type Lrs } from './cmi5';
import { adoptLmsProgress, showNotice } from './page';

export interface Cmi5Page {
  course: CourseIds;
  /** Each scenario's replies, by scenario id (src/pages/lms/launch.astro). */
  choices: Record<string, ScenarioChoices>;
  frame: HTMLIFrameElement;
  syncDelayMs: number;
}

const LAUNCH_DATA = 'LMS.LaunchData';

const newId = () => uuidV4(crypto.getRandomValues(new Uint8Array(16)));
const stamp = (): Stamp => ({ id: newId(), at: new Date().toISOString() });

interface Open {
  launchData: Cmi5LaunchData;
  session: StatementSession;
  /** What has been queued to report; saved to State once the queue is delivered. */
  record: Cmi5Record;
  /** False when the saved document could not be read: it is left as it is. */
  writeState: boolean;
}

/** The token, LMS.LaunchData and the saved state; undefined while any of them is out of reach. */
async function open(lrs: Lrs, launch: Cmi5Launch): Promise<Open | undefined> {
  if (!(await lrs.authorize())) return undefined;
  const launchDataRead = await lrs.getState(LAUNCH_DATA);
  if (!launchDataRead.ok) return undefined;
  const launchData = readCmi5LaunchData(launchDataRead.document);
  if (!launchData.ok) return undefined;
  const saved = await lrs.getState(PROGRESS_STATE_ID);
  if (!saved.ok) return undefined;
  const state = readCmi5State(saved.document);
  const learner = `cmi5:${launch.actor.account.homePage}|${launch.actor.account.name}`;
  let record: Cmi5Record;
  let writeState: boolean;
  if (state.ok) {
    writeState = adoptLmsProgress(learner, state.progress);
    record = state.record;
  } else {
    writeState = adoptLmsProgress(
      learner,
      state.reason === 'empty'
        ? { ok: false, reason: 'empty' }
        : { ok: false, reason: state.reason },
    );
    // A new registration starts its record from here. When the saved record cannot be read,
    // what was sent is unknown: no verdict is sent, so none is ever sent twice.
    const unknown = state.reason !== 'empty';
    record = reportedUpTo($progress.get(), { completed: unknown, passed: unknown });
  }
  const template = launchData.launchData.contextTemplate;
  return {
    launchData: launchData.launchData,
    session: {
      actor: launch.actor,
      registration: launch.registration,
      auId: launch.activityId,
      sessionId: sessionIdOf(template, newId()),
      contextTemplate: template,
    },
    record,
    writeState,
  };
}

export async function startCmi5(launch: Cmi5Launch, page: Cmi5Page): Promise<void> {
  const startedAt = Date.now();
  const lrs = lrsFor(launch);
  const queue: XapiStatement[] = [];
  let opened: Open | undefined;
  let failedThisSession = false;
  let ended = false;
  // Read through a call: it changes while a sync awaits the LRS, which the compiler can't see.
  const hasEnded = () => ended;

  /** Statements for what changed since the last look; the record moves on as they queue. */
  const queueChanges = (state: Open, moment: 'during-session' | 'session-ending'): void => {
    const progress = $progress.get();
    const { session, record } = state;
    for (const { scenarioId, run } of unreportedRuns(progress, record)) {
      const scenario = Object.hasOwn(page.choices, scenarioId)
        ? page.choices[scenarioId]
        : undefined;
      const decisions = scenario ? runDecisions(scenario, run.path) : undefined;
      if (decisions) {
        queue.push(...decisionStatements(session, decisions.map(stamp), scenarioId, decisions));
      }
      record.reportedRuns[scenarioId] = run.finishedAt;
    }
    for (const attempt of newAttempts(record.reportedAssessment, progress.assessment)) {
      queue.push(assessmentStatement(session, stamp(), attempt));
    }
    if (progress.assessment) {
      const { attempts, best, passed } = progress.assessment;
      record.reportedAssessment = { attempts, best, passed };
    }
    const sent = { ...record.sent, failed: failedThisSession };
    const elapsed = Date.now() - startedAt;
    for (const verdict of nextCmi5Verdicts(
      lmsReport(progress, page.course),
      sent,
      state.launchData,
      moment,
    )) {
      queue.push(verdictStatement(session, stamp(), verdict, elapsed));
      if (verdict.verb === 'failed') failedThisSession = true;
      else record.sent[verdict.verb] = true;
    }
  };

  const stateBody = (state: Open) => cmi5StateDocument($progress.get(), state.record);

  let running: Promise<void> = Promise.resolve();
  const sync = (): Promise<void> => {
    running = running.then(async () => {
      try {
        if (ended) return;
        if (!opened) {
          opened = await open(lrs, launch);
          if (!opened) {
            showNotice(t('lms.notice.notRecording'));
            return;
          }
          queue.unshift(initializedStatement(opened.session, stamp()));
          showReturn(opened.launchData.returnURL);
        }
        queueChanges(opened, 'during-session');
        const batch = queue.splice(0);
        const delivered = await lrs.sendStatements(batch);
        if (!delivered) queue.unshift(...batch);
        // The learner left while this was under way: the last save has gone, and is newer.
        if (hasEnded()) return;
        const saved =
          delivered &&
          (!opened.writeState || (await lrs.putState(PROGRESS_STATE_ID, stateBody(opened))));
        // The learner's progress is safe in this browser either way; the next change tries again.
        showNotice(saved ? '' : t('lms.notice.notRecording'));
      } catch {
        // A bug must not stop the course or later syncs: say so calmly, as for a refusal.
        showNotice(t('lms.notice.notRecording'));
      }
    });
    return running;
  };

  /** The learner leaves: what is due, then terminated, sent so as to outlive the page. */
  const end = (): void => {
    if (ended || !opened) return;
    ended = true;
    queueChanges(opened, 'session-ending');
    queue.push(terminatedStatement(opened.session, stamp(), Date.now() - startedAt));
    void lrs.sendStatements(queue.splice(0), true);
    if (opened.writeState) void lrs.putState(PROGRESS_STATE_ID, stateBody(opened), true);
  };

  const showReturn = (returnURL: string | undefined): void => {
    const button = document.getElementById('lms-return');
    if (!returnURL || !button) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      end();
      window.location.assign(returnURL);
    });
  };

  await sync();
  page.frame.src = siteAddress($progress.get().lastLocation?.href ?? '/');

  let timer: ReturnType<typeof setTimeout> | undefined;
  $progress.listen(() => {
    clearTimeout(timer);
    timer = setTimeout(() => void sync(), page.syncDelayMs);
  });
  addEventListener('pagehide', () => {
    clearTimeout(timer);
    end();
  });
}
