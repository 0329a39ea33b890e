/**
 * What a lesson page records, with the full progress store: the visit, the heading the learner
 * has reached (the place to resume), completion at the end or from the header's button, and the
 * store's own notices (storage full or refusing, progress repaired). Marks are redrawn from the
 * store as it changes, through the same functions the quick reader uses.
 */
import {
  $progress,
  $progressNotice,
  markCompleted,
  markVisited,
  recordLocation,
} from '../stores/progress';
import { $storageHealth } from '../stores/storage';
import { lessonStatus } from '../lib/progress/summary';
import { courseAddress } from '../lib/site';
import { t } from '../i18n/client';
import { showMarks, showNotice } from './progress-view';

/** The lesson's own "Mark complete" control: a button until the lesson is complete, then a note. */
function showCompletion(lessonId: string): void {
  const box = document.querySelector<HTMLElement>('[data-completion]');
  if (!box) return;
  const button = box.querySelector<HTMLButtonElement>('[data-mark-complete]');
  const done = box.querySelector('.completion-done');
  const completed = lessonStatus($progress.get(), lessonId) === 'completed';
  box.dataset['ready'] = '';
  if (button) {
    button.hidden = completed;
    button.onclick = () => {
      markCompleted(lessonId);
    };
  }
  if (done) done.textContent = completed ? `✓ ${t('progress.lessonCompleted')}` : '';
}

function storeNotice(): string {
  const health = $storageHealth.get();
  const notice = $progressNotice.get();
  if (health.state === 'unavailable') return t('progress.notice.unavailable');
  if (notice) return t(notice.repaired ? 'progress.notice.repaired' : 'progress.notice.unreadable');
  if (health.state === 'nearly-full') {
    return t('progress.notice.nearlyFull', { percent: health.percent });
  }
  return '';
}

/** Records the visit, then each heading the learner reaches and the end of the lesson. */
function trackReading(lessonId: string): void {
  const path = courseAddress(window.location.pathname);
  const title = document.body.dataset['pageTitle'] ?? document.title;
  recordLocation({ href: path, title });
  markVisited(lessonId);
  const end = document.getElementById('lesson-end');
  const headings = [...document.querySelectorAll<HTMLElement>('.prose h2[id]')];
  let lastHeading = '';
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      if (entry.target === end) {
        markCompleted(lessonId);
      } else if (entry.target.id !== lastHeading) {
        lastHeading = entry.target.id;
        recordLocation({ href: `${path}#${lastHeading}`, title });
      }
    }
  });
  for (const heading of headings) observer.observe(heading);
  if (end) observer.observe(end);
}

export function start(): void {
  const lessonId = document.body.dataset['lessonId'];
  if (!lessonId) return;
  trackReading(lessonId);
  const render = () => {
    const progress = $progress.get();
    showMarks({
      lessonStatus: (id) => lessonStatus(progress, id),
      continueAt: progress.lastLocation,
    });
    showCompletion(lessonId);
    showNotice(storeNotice());
  };
  render();
  $progress.listen(render);
  $storageHealth.listen(render);
  $progressNotice.listen(render);
}
