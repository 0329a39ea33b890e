/** This quarter's deal against the relationship's three-year value: the article's trade-off. */
import { currentEnding, type RunState } from '../../lib/scenario/engine';
import { costOfPath, lifetimeOf } from '../../lib/scenario/economics';
import { formatYen, formatYenInFull } from '../../lib/format/money';
import { t } from '../../i18n/client';

export function Money({ run, headingId }: { run: RunState; headingId: string }) {
  const lifetime = lifetimeOf(run);
  const largest = Math.max(run.deal, lifetime, 1);
  const cost = costOfPath(run);
  const bars = [
    { kind: 'quarter', label: t('debrief.money.quarter'), value: run.deal, note: undefined },
    {
      kind: 'lifetime',
      label: t('debrief.money.lifetime'),
      value: lifetime,
      note: currentEnding(run)?.basis,
    },
  ];
  return (
    <section class="stage-money" aria-labelledby={headingId}>
      <h2 id={headingId} class="label-caps stage-section-heading">
        {t('present.debrief.money')}
      </h2>
      <ul class="stage-money-bars">
        {bars.map((bar) => (
          <li key={bar.kind} class={`stage-money-bar ${bar.kind}`}>
            <span class="stage-money-label">{bar.label}</span>
            <strong class="stage-money-value" title={formatYenInFull(bar.value)}>
              {formatYen(bar.value)}
            </strong>
            <span class="stage-money-track" aria-hidden="true">
              <span
                class="stage-money-fill"
                style={{ width: `${Math.round((bar.value / largest) * 100)}%` }}
              />
            </span>
            {bar.note && <span class="stage-money-note">{bar.note}</span>}
          </li>
        ))}
      </ul>
      <p class="stage-money-cost">
        {cost > 0 ? t('debrief.money.cost', { amount: formatYen(cost) }) : t('debrief.money.best')}
      </p>
    </section>
  );
}
