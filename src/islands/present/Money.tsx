/** This quarter's deal against the relationship's three-year value: the article's trade-off. */
import type { RunState } from '../../lib/scenario/engine';
import { moneyBars } from '../../lib/scenario/figures';
import { formatYen, formatYenInFull } from '../../i18n/money';
import { t } from '../../i18n/client';

export function Money({ run, headingId }: { run: RunState; headingId: string }) {
  // The room sees two bars; the line below says what the advisor's path was worth.
  const { bars, cost } = moneyBars(run, { withAdvisor: false });
  return (
    <section class="stage-money" aria-labelledby={headingId}>
      <h2 id={headingId} class="label-caps stage-section-heading">
        {t('present.debrief.money')}
      </h2>
      <ul class="stage-money-bars">
        {bars.map((bar) => (
          <li key={bar.kind} class={`stage-money-bar ${bar.kind}`}>
            <span class="stage-money-label">{t(`debrief.money.${bar.kind}`)}</span>
            <strong class="stage-money-value" title={formatYenInFull(bar.value)}>
              {formatYen(bar.value)}
            </strong>
            <span class="stage-money-track" aria-hidden="true">
              <span class="stage-money-fill" style={{ width: `${bar.width}%` }} />
            </span>
            {bar.basis && <span class="stage-money-note">{bar.basis}</span>}
          </li>
        ))}
      </ul>
      <p class="stage-money-cost">
        {cost > 0 ? t('debrief.money.cost', { amount: formatYen(cost) }) : t('debrief.money.best')}
      </p>
    </section>
  );
}
