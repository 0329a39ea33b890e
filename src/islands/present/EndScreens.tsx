/**
 * The screens at the end of a class session: the outcome with the money, and the class debrief.
 * Loaded after the first screen (see ./useEndScreens.ts): a class reaches them half an hour in.
 */
import { currentEnding, type RunState } from '../../lib/scenario/engine';
import { t } from '../../i18n/client';
import { Money } from './Money';

export { ClassDebrief } from './ClassDebrief';

export function Ending({ run }: { run: RunState }) {
  const ending = currentEnding(run);
  if (!ending) return null;
  return (
    <div class="ending">
      <p class="label-caps kicker">{t('present.ending.heading')}</p>
      <p>
        <span class={`outcome-badge outcome-${ending.outcome}`}>
          {t(`debrief.outcome.${ending.outcome}`)}
        </span>
      </p>
      <h1 class="stage-title">{ending.title}</h1>
      <p class="ending-text">{ending.text}</p>
      <Money run={run} headingId="ending-money" />
    </div>
  );
}
