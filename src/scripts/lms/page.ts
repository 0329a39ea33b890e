/**
 * What the launch page does the same way for SCORM and cmi5: the calm notice above the course,
 * and taking the LMS's copy of the learner's progress into this browser's, keyed by the learner
 * so that one learner never inherits another's progress on a shared computer.
 */
import { $progress, importProgress, resetProgress } from '../../stores/progress';
import type { SuspendResult } from '../../lib/lms/suspend';
import { isEmpty } from '../../lib/progress/summary';
import { t } from '../../i18n/client';

/** Which learner this browser's progress belongs to, so one learner never inherits another's. */
const LEARNER_KEY = 'shinrai:lms:learner';

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

export function showNotice(message: string): void {
  const box = document.getElementById('lms-notice');
  if (!box) return;
  box.hidden = message === '';
  box.textContent = message;
}

/**
 * The LMS's copy of the learner's progress, joined with this browser's. False when what the LMS
 * holds can't be read here (a newer course version, say): then it must be left as it is.
 */
export function adoptLmsProgress(learner: string, fromLms: SuspendResult): boolean {
  const sameLearner = readKey(LEARNER_KEY) === learner;
  if (fromLms.ok) {
    // Another learner's progress on this device is set aside (restorable), never merged in.
    importProgress(fromLms.progress, sameLearner || isEmpty($progress.get()) ? 'merge' : 'replace');
  } else if (!sameLearner && !isEmpty($progress.get())) {
    resetProgress();
  }
  writeKey(LEARNER_KEY, learner);
  if (!fromLms.ok && fromLms.reason !== 'empty') {
    showNotice(t('lms.notice.unreadable'));
    return false;
  }
  return true;
}
