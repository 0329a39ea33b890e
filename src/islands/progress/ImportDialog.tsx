/** The dialog that asks how to bring an imported file's progress in: merge, or replace. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { importProgress } from '../../stores/progress';
import type { Progress } from '../../schemas/progress';
import { importPreview } from '../../lib/progress/import-preview';
import { t } from '../../i18n/client';
import { formatDate } from '../../i18n/dates';

interface Props {
  /** The file's progress, already read and checked. */
  pending: Progress;
  onImported: (mode: 'merge' | 'replace') => void;
  /** The dialog closed, imported or not. */
  onClose: () => void;
}

export default function ImportDialog({ pending, onImported, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const summary = importPreview(pending);

  useLayoutEffect(() => {
    dialog.current?.showModal();
  }, []);

  const confirm = () => {
    importProgress(pending, mode);
    onImported(mode);
    dialog.current?.close();
  };

  return (
    <dialog ref={dialog} aria-labelledby="import-title" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          confirm();
        }}
      >
        <h2 id="import-title">{t('progress.import.dialogTitle')}</h2>
        {
          <p>
            {t('progress.import.contains', {
              ...summary,
              lessons: t('progress.import.contains.lessons', { n: summary.lessons }),
              runs: t('progress.import.contains.runs', { n: summary.runs }),
              date: formatDate(summary.updatedAt),
            })}
          </p>
        }
        <fieldset>
          <legend class="visually-hidden">{t('progress.import.dialogTitle')}</legend>
          <label class="choice-row">
            <input
              type="radio"
              name="mode"
              value="merge"
              checked={mode === 'merge'}
              onChange={() => {
                setMode('merge');
              }}
            />
            <span>
              <strong>{t('progress.import.merge')}</strong> {t('progress.import.mergeHint')}
            </span>
          </label>
          <label class="choice-row">
            <input
              type="radio"
              name="mode"
              value="replace"
              checked={mode === 'replace'}
              onChange={() => {
                setMode('replace');
              }}
            />
            <span>
              <strong>{t('progress.import.replace')}</strong> {t('progress.import.replaceHint')}
            </span>
          </label>
        </fieldset>
        <div class="actions">
          <button type="submit" class="button button-primary">
            {t('progress.import.confirm')}
          </button>
          <button
            type="button"
            class="button button-secondary"
            onClick={() => {
              dialog.current?.close();
            }}
          >
            {t('progress.import.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
