/**
 * Drawing progress on a page: lesson marks, "Continue" and the notice under the header, from a
 * quick look at stored progress or from the store. Text is only ever set as text.
 */
import { siteAddress } from '../lib/site';
import type { LessonStatus } from '../lib/progress/summary';
import { t } from '../i18n/client';

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
    link.href = siteAddress(marks.continueAt.href);
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
