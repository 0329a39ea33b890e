/**
 * Progress on ordinary pages, loaded after the page is complete: it records visits and the place
 * to resume, marks lessons in the outline and lists, offers "Continue" on the home page, and shows
 * the notice when progress cannot be saved or read. Text is only ever set as text.
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
import { t } from '../i18n/client';
import { registerPageMessages } from '../i18n/page';

function markLessons(): void {
  const progress = $progress.get();
  for (const element of document.querySelectorAll<HTMLElement>('[data-lesson-status]')) {
    const status = lessonStatus(progress, element.dataset['lessonStatus'] ?? '');
    element.dataset['status'] = status;
    element.hidden = status === 'not-started';
    const text = element.querySelector('.status-text');
    if (text && status !== 'not-started') text.textContent = t(`progress.status.${status}`);
  }
}

/** The lesson's own "Mark complete" control: a button until the lesson is complete, then a note. */
function showCompletion(): void {
  const box = document.querySelector<HTMLElement>('[data-completion]');
  const lessonId = document.body.dataset['lessonId'];
  if (!box || !lessonId) return;
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

function showContinue(): void {
  const box = document.querySelector<HTMLElement>('[data-continue]');
  const link = box?.querySelector<HTMLAnchorElement>('a');
  const location = $progress.get().lastLocation;
  if (!box || !link) return;
  box.hidden = !location;
  if (location) {
    link.href = location.href;
    link.textContent = t('progress.continue', { title: location.title });
  }
}

function showNotice(): void {
  const box = document.getElementById('progress-notice');
  const text = box?.querySelector('.notice-text');
  if (!box || !text) return;
  const health = $storageHealth.get();
  const notice = $progressNotice.get();
  const message =
    health.state === 'unavailable'
      ? t('progress.notice.unavailable')
      : notice
        ? t(notice.repaired ? 'progress.notice.repaired' : 'progress.notice.unreadable')
        : health.state === 'nearly-full'
          ? t('progress.notice.nearlyFull', { percent: health.percent })
          : '';
  text.textContent = message;
  box.hidden = message === '';
}

/** Records the page as the place to resume, and on lessons the heading the learner has reached. */
function trackLocation(): void {
  const { pageKind, lessonId, pageTitle } = document.body.dataset;
  if (pageKind !== 'lesson' && pageKind !== 'scenario') return;
  const path = window.location.pathname;
  const title = pageTitle ?? document.title;
  recordLocation({ href: path, title });
  if (pageKind !== 'lesson' || !lessonId) return;

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
  registerPageMessages();
  trackLocation();
  const render = () => {
    markLessons();
    showCompletion();
    showContinue();
    showNotice();
  };
  render();
  $progress.listen(render);
  $storageHealth.listen(showNotice);
  $progressNotice.listen(showNotice);
}
