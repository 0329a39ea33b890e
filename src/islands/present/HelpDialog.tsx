/** The list of presenter keys, in a native modal dialog (it traps focus and closes on Esc). */
import { useEffect, useRef } from 'preact/hooks';
import type { MessageKey } from '../../i18n';
import { t } from '../../i18n/client';
import './HelpDialog.css';

const rows: [string, MessageKey][] = [
  ['→  PageDown  Space', 'present.help.next'],
  ['←  PageUp', 'present.help.back'],
  ['1–4  A  C  D', 'present.help.select'],
  ['+  −', 'present.help.votes'],
  ['R', 'present.help.reveal'],
  ['T', 'present.help.meter'],
  ['B  .', 'present.help.blank'],
  ['F', 'present.help.fullscreen'],
  ['?', 'present.help.help'],
  ['Esc', 'present.help.escape'],
];

export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} class="help-dialog" aria-labelledby="help-heading" onClose={onClose}>
      <h2 id="help-heading">{t('present.help.heading')}</h2>
      <p>{t('present.help.intro')}</p>
      <table class="help-keys">
        <tbody>
          {rows.map(([keys, label]) => (
            <tr key={label}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" class="control primary" onClick={onClose}>
        {t('present.help.close')}
      </button>
    </dialog>
  );
}
