/**
 * The LMS launch page's one job: hold a single LMS session for the whole visit while the course's
 * pages come and go in the frame beside it (SCORM 2004 forbids a second Initialize, and an LMS
 * counts each one as an attempt). It restores the learner's progress from the LMS, merged with
 * this browser's, opens the course where the learner stopped, reports completion, success and
 * score after every change the pages save, and ends the session when the learner leaves.
 *
 * Without an LMS it sends the browser to the course's home page: the website as it always was.
 */
import { $progress, importProgress, resetProgress } from '../../stores/progress';
import { findScormApi, type ApiHost } from '../../lib/lms/discover';
import { SUSPEND_LIMITS, decodeSuspendData, fitSuspendData } from '../../lib/lms/suspend';
import { lmsReport } from '../../lib/lms/report';
import { scorm12Values, scorm2004Values } from '../../lib/lms/scorm';
import type { CourseIds } from '../../lib/progress/course';
import type { Question } from '../../schemas/quiz';
import { assessmentInteractions, scorm2004InteractionValues } from '../../lib/lms/interactions';
import { iso8601Duration, scorm12Timespan } from '../../lib/lms/duration';
import { isEmpty } from '../../lib/progress/summary';
import { siteAddress } from '../../lib/site';
import { registerPageMessages } from '../../i18n/page';
import { t } from '../../i18n/client';
import { startScorm12, startScorm2004, type ScormSession } from './scorm';

/** Which learner this browser's progress belongs to, so one learner never inherits another's. */
const LEARNER_KEY = 'shinrai:lms:learner';
/** Changes come in bursts (a quiz answer writes twice); one commit per burst is enough. */
const SYNC_DELAY_MS = 800;

function readKey(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function writeKey(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage refused: the progress store says so on the course's pages.
  }
}

function showNotice(message: string): void {
  const box = document.getElementById('lms-notice');
  if (!box) return;
  box.hidden = message === '';
  box.textContent = message;
}

function openSession(): ScormSession | undefined {
  const host = window as unknown as ApiHost;
  const api2004 = findScormApi(host, '2004');
  if (api2004) return startScorm2004(api2004);
  const api12 = findScormApi(host, '1.2');
  if (api12) return startScorm12(api12);
  return undefined;
}

/** The LMS's copy of the learner's progress, joined with this browser's. */
function restore(session: ScormSession): { writeSuspendData: boolean } {
  const learner = session.learnerId();
  const fromLms = decodeSuspendData(session.suspendData());
  const sameLearner = readKey(LEARNER_KEY) === learner;
  if (fromLms.ok) {
    // Another learner's progress on this device is set aside (restorable), never merged in.
    importProgress(fromLms.progress, sameLearner || isEmpty($progress.get()) ? 'merge' : 'replace');
  } else if (!sameLearner && !isEmpty($progress.get())) {
    resetProgress();
  }
  writeKey(LEARNER_KEY, learner);
  if (!fromLms.ok && fromLms.reason !== 'empty') {
    // What the LMS holds can't be read here (a newer course version, say): leave it as it is.
    showNotice(t('lms.notice.unreadable'));
    return { writeSuspendData: false };
  }
  return { writeSuspendData: true };
}

export function start(): void {
  registerPageMessages();
  const page = document.getElementById('lms-launch');
  const frame = document.querySelector<HTMLIFrameElement>('#lms-course');
  if (!page || !frame) return;
  const course = JSON.parse(page.dataset['course'] ?? '{}') as CourseIds;
  const session = openSession();
  if (!session) {
    window.location.replace(siteAddress('/'));
    return;
  }
  const startedAt = Date.now();
  const { writeSuspendData } = restore(session);
  frame.src = siteAddress($progress.get().lastLocation?.href ?? '/');

  const limit = SUSPEND_LIMITS[session.version === '1.2' ? 'scorm12' : 'scorm2004'];
  const sync = (): boolean => {
    const progress = $progress.get();
    const report = lmsReport(progress, course);
    const values: [string, string][] =
      session.version === '1.2' ? scorm12Values(report) : scorm2004Values(report);
    if (writeSuspendData) values.push(['cmi.suspend_data', fitSuspendData(progress, limit).text]);
    const saved = session.write(values) && session.commit();
    // The learner's progress is safe in this browser either way; the next change tries again.
    showNotice(saved ? '' : t('lms.notice.notRecording'));
    return report.completion === 'completed';
  };

  // The assessment's answers are kept as a draft until the learner submits, when the draft goes
  // and the attempt is counted: the last draft seen is what was submitted.
  const questions = JSON.parse(page.dataset['assessment'] ?? '[]') as Question[];
  let draft = $progress.get().assessmentDraft?.answers;
  let attempts = $progress.get().assessment?.attempts ?? 0;
  const recordAnswers = (progress: ReturnType<typeof $progress.get>) => {
    const counted = progress.assessment?.attempts ?? 0;
    const count = session.interactionCount();
    if (counted > attempts && draft && count !== undefined) {
      const interactions = assessmentInteractions(questions, draft);
      session.write(scorm2004InteractionValues(interactions, count, new Date()));
      draft = undefined;
    }
    attempts = counted;
    draft = progress.assessmentDraft?.answers ?? draft;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  $progress.listen((progress) => {
    recordAnswers(progress);
    clearTimeout(timer);
    timer = setTimeout(sync, SYNC_DELAY_MS);
  });
  sync();

  let finished = false;
  addEventListener('pagehide', () => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    const complete = sync();
    const elapsed = Date.now() - startedAt;
    session.finish(
      complete ? 'normal' : 'suspend',
      session.version === '1.2' ? scorm12Timespan(elapsed) : iso8601Duration(elapsed),
    );
  });
}
