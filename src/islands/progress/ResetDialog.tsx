/** The dialog that confirms a reset; the progress before it stays restorable. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { resetProgress } from '../../stores/progress';
import { t } from '../../i18n/client';

interface Props {
  onReset: () => void;
  /** The dialog closed, reset or not. */
  onClose: () => void;
}

export default function ResetDialog({ onReset, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);

  useLayoutEffect(() => {
    dialog.current?.showModal();
  }, []);

  const confirm = () => {
    resetProgress();
    onReset();
    dialog.current?.close();
  };

  return (
    <dialog ref={dialog} aria-labelledby="reset-title" onClose={onClose}>
      <h2 id="reset-title">{t('progress.reset.dialogTitle')}</h2>
      <p>{t('progress.reset.body')}</p>
      <div class="actions">
        <button type="button" class="button button-primary" onClick={confirm}>
          {t('progress.reset.confirm')}
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
    </dialog>
  );
}
