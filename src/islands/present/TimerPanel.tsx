/** The discussion countdown: its length, start and pause, and the time left, ticking each second. */
import { useEffect, useState } from 'preact/hooks';
import type { Timer } from '../../lib/present/timer';
import { formatClock, secondsLeft, timerLengths, timerStatus } from '../../lib/present/timer';
import { dispatch } from '../../stores/classroom';
import { t } from '../../i18n/client';
import './TimerPanel.css';

function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => {
      setNow(Date.now());
    }, 250);
    return () => {
      clearInterval(tick);
    };
  }, [running]);
  return running ? now : Date.now();
}

export function TimerPanel({ timer }: { timer: Timer }) {
  const now = useNow(timer.endsAt !== undefined);
  const status = timerStatus(timer, now);
  const left = secondsLeft(timer, now);
  return (
    <section class={`timer timer-${status}`} aria-labelledby="timer-heading">
      <h2 id="timer-heading" class="label-caps timer-heading">
        {t('present.timer.label')}
      </h2>
      <p class="timer-clock" role="timer" aria-live="off">
        {status === 'done' ? t('present.timer.done') : formatClock(left)}
      </p>
      <div class="timer-buttons">
        {timerLengths.map((seconds) => (
          <button
            key={seconds}
            type="button"
            class="control"
            aria-pressed={timer.length === seconds}
            onClick={() => {
              dispatch({ type: 'timerLength', seconds });
            }}
          >
            {t('present.timer.length', { n: seconds / 60 })}
          </button>
        ))}
        {status === 'running' ? (
          <button
            type="button"
            class="control primary"
            onClick={() => {
              dispatch({ type: 'timerPause', now: Date.now() });
            }}
          >
            {t('present.timer.pause')}
          </button>
        ) : (
          <button
            type="button"
            class="control primary"
            disabled={status === 'done'}
            onClick={() => {
              dispatch({ type: 'timerStart', now: Date.now() });
            }}
          >
            {status === 'paused' ? t('present.timer.resume') : t('present.timer.start')}
          </button>
        )}
        <button
          type="button"
          class="control"
          disabled={status === 'idle'}
          onClick={() => {
            dispatch({ type: 'timerReset' });
          }}
        >
          {t('present.timer.reset')}
        </button>
      </div>
    </section>
  );
}
