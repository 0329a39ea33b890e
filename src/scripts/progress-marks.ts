/**
 * Progress marks on every page, at almost no cost: lesson marks in the outline and lists,
 * "Continue" on the home page, and the notice when progress can't be saved or read. It only
 * reads (see src/lib/progress/peek.ts); lesson pages, which record visits, load the store on top
 * (./progress-writer.ts), which draws through the same functions (./progress-view.ts).
 */
import { peekStored } from '../stores/peek';
import { PROGRESS_KEY } from '../stores/keys';
import { t } from '../i18n/client';
import { registerPageMessages } from '../i18n/page';
import { showMarks, showNotice } from './progress-view';

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
