/**
 * The LMS launch page's one job: hold a single LMS session for the whole visit while the course's
 * pages come and go in the frame beside it (SCORM 2004 forbids a second Initialize, a cmi5 AU
 * sends initialized once, and an LMS counts each as an attempt). It restores the learner's
 * progress from the LMS, merged with this browser's, opens the course where the learner stopped,
 * reports after every change the pages save, and ends the session when the learner leaves.
 *
 * A launch address with cmi5's parameters runs a cmi5 session (./cmi5-session.ts); otherwise it
 * looks for a SCORM API. Without either it sends the browser to the course's home page: the
 * website as it always was.
 */
import { $progress } from '../../stores/progress';
import { findScormApi, type ApiHost } from '../../lib/lms/discover';
import { SUSPEND_LIMITS, decodeSuspendData, fitSuspendData } from '../../lib/lms/suspend';
import { lmsReport } from '../../lib/lms/report';
import { scorm12Values, scorm2004Values } from '../../lib/lms/scorm';
import { cmi5LaunchParams } from '../../lib/lms/cmi5-launch';
import type { ScenarioChoices } from '../../lib/lms/decisions';
import type { CourseIds } from '../../lib/progress/course';
import type { Question } from '../../schemas/quiz';
import { assessmentInteractions, scorm2004InteractionValues } from '../../lib/lms/interactions';
import { iso8601Duration, scorm12Timespan } from '../../lib/lms/duration';
import { siteAddress } from '../../lib/site';
import { registerPageMessages } from '../../i18n/page';
import { t } from '../../i18n/client';
import { startScorm12, startScorm2004, type ScormSession } from './scorm';
import { adoptLmsProgress, showNotice } from './page';

/** Changes come in bursts (a quiz answer writes twice); one commit per burst is enough. */
const SYNC_DELAY_MS = 800;

function openSession(): ScormSession | undefined {
  const host = window as unknown as ApiHost;
  const api2004 = findScormApi(host, '2004');
  if (api2004) return startScorm2004(api2004);
  const api12 = findScormApi(host, '1.2');
  if (api12) return startScorm12(api12);
  return undefined;
}

function startScorm(
  session: ScormSession,
  course: CourseIds,
  frame: HTMLIFrameElement,
  questions: readonly Question[],
): void {
  const startedAt = Date.now();
  const writeSuspendData = adoptLmsProgress(
    session.learnerId(),
    decodeSuspendData(session.suspendData()),
  );
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

export function start(): void {
  registerPageMessages();
  const page = document.getElementById('lms-launch');
  const frame = document.querySelector<HTMLIFrameElement>('#lms-course');
  if (!page || !frame) return;
  const course = JSON.parse(page.dataset['course'] ?? '{}') as CourseIds;
  const cmi5 = cmi5LaunchParams(window.location.search);
  if (cmi5.ok) {
    const choices = JSON.parse(page.dataset['choices'] ?? '{}') as Record<string, ScenarioChoices>;
    // cmi5's runtime loads only for a cmi5 launch, so a SCORM launch doesn't download it.
    void import('./cmi5-session').then(({ startCmi5 }) =>
      startCmi5(cmi5.launch, { course, choices, frame, syncDelayMs: SYNC_DELAY_MS }),
    );
    return;
  }
  if (cmi5.reason === 'malformed') {
    // An LMS launched the course for cmi5 with parameters it cannot use: the course still runs.
    showNotice(t('lms.notice.notRecording'));
    frame.src = siteAddress($progress.get().lastLocation?.href ?? '/');
    return;
  }
  const session = openSession();
  if (!session) {
    window.location.replace(siteAddress('/'));
    return;
  }
  startScorm(session, course, frame, JSON.parse(page.dataset['assessment'] ?? '[]') as Question[]);
}
