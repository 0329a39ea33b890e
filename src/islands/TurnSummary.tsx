/** What one decision moved, in words: for the turn summary and for screen-reader announcements. */
import { movedDrivers } from '../lib/scenario/drivers';
import type { Step } from '../lib/scenario/engine';
import { formatSigned, formatYenChange } from '../i18n/money';
import { t } from '../i18n/client';

/** "up 4", "down 12" or "unchanged": a change in buyer trust, as announced. */
export function trustChangeWords(change: number): string {
  if (change > 0) return t('scenario.announce.up', { n: change });
  if (change < 0) return t('scenario.announce.down', { n: -change });
  return t('scenario.announce.same');
}

/** One line: "+¥0.6M this deal · −14 Intention". */
export function TurnSummary({ step }: { step: Step }) {
  const parts = [
    ...(step.dealDelta !== 0
      ? [t('scenario.deal.change', { delta: formatYenChange(step.dealDelta) })]
      : []),
    ...movedDrivers(step.deltas).map((driver) =>
      t('scenario.meter.change', {
        delta: formatSigned(step.deltas[driver]),
        driver: t(`driver.${driver}`),
      }),
    ),
  ];
  return (
    <p class="turn-summary">{parts.length > 0 ? parts.join(' · ') : t('scenario.noChange')}</p>
  );
}
