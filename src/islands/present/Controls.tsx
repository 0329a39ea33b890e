/** The on-screen twin of every presenter key, so a mouse, touch screen or switch works too. */
import { useEffect, useState } from 'preact/hooks';
import type { Command } from '../../lib/present/keys';
import { isOpenPhase, type SessionState } from '../../lib/present/session';
import { t } from '../../i18n/client';
import './Controls.css';

interface Props {
  state: SessionState;
  onCommand: (command: Command) => void;
  /** Whether Next can move on now; when not, the hint beside the controls says why. */
  canAdvance: boolean;
}

function useFullscreen(): boolean {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const sync = () => {
      setOn(document.fullscreenElement !== null);
    };
    document.addEventListener('fullscreenchange', sync);
    return () => {
      document.removeEventListener('fullscreenchange', sync);
    };
  }, []);
  return on;
}

export function Controls({ state, onCommand, canAdvance }: Props) {
  const fullscreen = useFullscreen();
  const button = (command: Command, label: string, keys: string, extra: object = {}) => (
    <button
      type="button"
      class="control"
      aria-keyshortcuts={keys}
      onClick={() => {
        onCommand(command);
      }}
      {...extra}
    >
      {label}
    </button>
  );
  return (
    <nav class="present-controls" aria-label={t('present.controls.label')}>
      {button({ type: 'back' }, `← ${t('present.controls.back')}`, 'ArrowLeft PageUp', {
        disabled: state.phase === 'intro',
      })}
      {button({ type: 'next' }, `${t('present.controls.next')} →`, 'ArrowRight PageDown Space', {
        disabled: state.phase === 'debrief' || !canAdvance,
        class: 'control primary',
      })}
      {button({ type: 'reveal' }, t('present.controls.reveal'), 'R', {
        disabled: !isOpenPhase(state.phase),
      })}
      {button(
        { type: 'meter' },
        state.meterHidden ? t('present.controls.showMeter') : t('present.controls.hideMeter'),
        'T',
      )}
      {button({ type: 'blank' }, t('present.controls.blank'), 'B', {
        'aria-pressed': state.blank,
      })}
      {button(
        { type: 'fullscreen' },
        fullscreen ? t('present.controls.exitFullscreen') : t('present.controls.fullscreen'),
        'F',
      )}
      {button({ type: 'help' }, `? ${t('present.controls.help')}`, 'Shift+Slash')}
    </nav>
  );
}
