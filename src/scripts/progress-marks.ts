/**
 * Progress marks on every page, at almost no cost: lesson marks in the outline and lists,
 * "Continue" on the home page, and the notice when progress can't be saved or read. It only
 * reads (see src/lib/progress/peek.ts); lesson pages, which record visits, load the store on top
 * (./progress-writer.ts), and it draws the marks through the same functions. Text is only ever
 * set as text.
 */
import type { LessonStatus } from '../lib/progress/summary';
import { peekStored } from '../stores/peek';
import { PROGRESS_KEY } from '../stores/keys';
import { t } from '../i18n/client';
import { registerPageMessages } from '../i18n/page';

/** What the marks need to know, from a quick look or from the store. */
export interface Marks {
  lessonStatus(lessonId: string): LessonStatus;
  continueAt?: { href: string; title: string } | undefined;
}

export function showMarks(marks: Marks): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-lesson-status]')) {
    const status = marks.lessonStatus(element.dataset['lessonStatus'] ?? '');
    element.dataset['status'] = status;
    element.hidden = status === 'not-started';
    const text = element.querySelector('.status-text');
    if (text && status !== 'not-started') text.textContent = t(`progress.status.${status}`);
  }
  const box = document.querySelector<HTMLElement>('[data-continue]');
  const link = box?.querySelector<HTMLAnchorElement>('a');
  if (!box || !link) return;
  box.hidden = !marks.continueAt;
  if (marks.continueAt) {
    link.href = marks.continueAt.href;
    link.textContent = t('progress.continue', { title: marks.continueAt.title });
  }
}

/** The notice under the header; an empty message hides it. */
export function showNotice(message: string): void {
  const box = document.getElementById('progress-notice');
  const text = box?.querySelector('.notice-text');
  if (!box || !text) return;
  text.textContent = message;
  box.hidden = message === '';
}

function showStored(): void {
  const glimpse = peekStored();
  if (glimpse) showMarks(glimpse);
  showNotice(
    !glimpse
      ? t('progress.notice.unavailable')
      : glimpse.readable
        ? ''
        : t('progress.notice.unreadableHere'),
  );
}

export function start(): void {
  registerPageMessages();
  showStored();
  // Another tab may record progress while this page is open.
  addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY || event.key === null) showStored();
  });
  if (document.body.dataset['pageKind'] === 'lesson') {
    // A lesson records the visit and the place to resume once the page is complete.
    const write = () =>
      import('./progress-writer').then((writer) => {
        writer.start();
      });
    if (document.readyState === 'complete') void write();
    else addEventListener('load', () => void write(), { once: true });
  }
}
