/**
 * Progress that could not be read, kept on this device: the learner can bring back whatever part
 * of it can still be read, download it as it is, or delete it. Shown only when there is some.
 */
import { useState } from 'preact/hooks';
import {
  discardKeptCopy,
  keptCopy,
  recoverKeptCopy,
  type ProgressNotice,
} from '../../stores/progress';
import { t } from '../../i18n/client';
import { formatDateTime } from '../../i18n/dates';
import type { downloadText } from './download';

interface Props {
  notice: ProgressNotice | undefined;
  /** Keys of copies kept on this device when this page opened. */
  initialKeys: readonly string[];
  /**
   * The page's downloadText, handed down rather than imported: the page needs it from the start,
   * and shared with this lazily loaded dialog it would be split into a tiny file of its own.
   */
  downloadText: typeof downloadText;
}

/** "shinrai:progress:unreadable:2026-11-29T10:00:00.000Z" → "2026-11-29T10:00:00.000Z" */
function foundOn(key: string): string {
  return key.split(':').slice(3).join(':');
}

export default function Recovery({ notice, initialKeys, downloadText }: Props) {
  const [keys, setKeys] = useState(initialKeys);
  const [message, setMessage] = useState('');
  if (keys.length === 0 && !message) return null;

  const forget = (key: string) => {
    setKeys((current) => current.filter((candidate) => candidate !== key));
  };
  const recover = async (key: string) => {
    const result = await recoverKeptCopy(key);
    if (!result) {
      setMessage(t('progress.recovery.nothing'));
      return;
    }
    forget(key);
    setMessage(t('progress.recovery.done', { n: result.dropped }));
  };
  const download = (key: string) => {
    downloadText(`shinrai-unreadable-${foundOn(key).slice(0, 10)}.json`, keptCopy(key) ?? '');
  };
  const discard = (key: string) => {
    discardKeptCopy(key);
    forget(key);
    setMessage(t('progress.recovery.deleted'));
  };

  return (
    <section aria-labelledby="recovery-title" class="recovery">
      <h2 id="recovery-title">{t('progress.recovery.heading')}</h2>
      {notice && (
        <p class="notice">
          {notice.repaired
            ? t('progress.recovery.repaired', { n: notice.repaired.dropped })
            : t('progress.recovery.fresh', {
                reason: t(`progress.recovery.reason.${notice.reason}`),
              })}
        </p>
      )}
      {keys.length > 0 && <p>{t('progress.recovery.intro')}</p>}
      <ul class="rows">
        {keys.map((key, index) => (
          <li key={key}>
            <span id={`kept-copy-${index}`}>
              {t('progress.recovery.copy', { date: formatDateTime(foundOn(key)) })}
            </span>
            <span class="actions">
              <button
                type="button"
                class="button button-primary"
                aria-describedby={`kept-copy-${index}`}
                onClick={() => {
                  void recover(key);
                }}
              >
                {t('progress.recovery.recover')}
              </button>
              <button
                type="button"
                class="button button-secondary"
                aria-describedby={`kept-copy-${index}`}
                onClick={() => {
                  download(key);
                }}
              >
                {t('progress.recovery.download')}
              </button>
              <button
                type="button"
                class="button button-secondary"
                aria-describedby={`kept-copy-${index}`}
                onClick={() => {
                  discard(key);
                }}
              >
                {t('progress.recovery.delete')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <p role="status" class="message">
        {message}
      </p>
    </section>
  );
}
