/** The end of a run: outcome, money, the pusher → advisor scale, the path with its what-ifs, and the map. */
import { useEffect, useRef } from 'preact/hooks';
import { movedDrivers } from '../lib/scenario/drivers';
import { currentEnding, trustOf, type RunState } from '../lib/scenario/engine';
import { advisorChoiceAt } from '../lib/scenario/paths';
import { lifetimeOf } from '../lib/scenario/economics';
import { moneyBars, scaleMarks } from '../lib/scenario/figures';
import { demeanourAt } from '../lib/scenario/trust';
import { formatSigned, formatYen, formatYenChange, formatYenInFull } from '../i18n/money';
import { t } from '../i18n/client';
import ScenarioMap from './ScenarioMap';

export interface DebriefProps {
  run: RunState;
  /** The first finished run, kept for comparison after a what-if replay. */
  firstRun: RunState | undefined;
  found: ReadonlySet<string>;
  /** Where "Back to the lesson" and "All scenarios" go. */
  links: { lesson: string; scenarios: string };
  onRewind: (stepIndex: number) => void;
  onRestart: () => void;
}

function Money({ run }: { run: RunState }) {
  const { bars, cost } = moneyBars(run, { withAdvisor: true });
  return (
    <section class="debrief-section" aria-labelledby="debrief-money">
      <h3 id="debrief-money">{t('debrief.money.heading')}</h3>
      <ul class="money-bars">
        {bars.map((bar) => (
          <li key={bar.kind} class={`money-bar ${bar.kind}`}>
            <span class="money-label">{t(`debrief.money.${bar.kind}`)}</span>
            <span class="money-track" aria-hidden="true">
              <span class="money-fill" style={{ width: `${bar.width}%` }} />
            </span>
            <strong class="money-value" title={formatYenInFull(bar.value)}>
              {formatYen(bar.value)}
            </strong>
            {bar.basis && <span class="money-note">{bar.basis}</span>}
          </li>
        ))}
      </ul>
      <p class="money-cost">
        {cost > 0 ? t('debrief.money.cost', { amount: formatYen(cost) }) : t('debrief.money.best')}
      </p>
    </section>
  );
}

function Scale({ run }: { run: RunState }) {
  const { taken: mine, best } = scaleMarks(run);
  return (
    <section class="debrief-section" aria-labelledby="debrief-scale">
      <h3 id="debrief-scale">{t('debrief.scale.heading')}</h3>
      <div class="scale-track" aria-hidden="true">
        <span class="scale-marker best" style={{ left: `${best.position}%` }} />
        <span class="scale-marker mine" style={{ left: `${mine.position}%` }} />
      </div>
      <p class="scale-ends" aria-hidden="true">
        <span>{t('mdx.scale.pusher')}</span>
        <span>{t('mdx.scale.advisor')}</span>
      </p>
      <p class="scale-readout">
        <span class="key mine-key" aria-hidden="true" />
        {t('debrief.scale.you', {
          position: mine.position,
          band: t(`debrief.scale.band.${mine.band}`),
        })}
        <span class="key best-key" aria-hidden="true" />
        {t('debrief.scale.best', { position: best.position })}
      </p>
    </section>
  );
}

function Path({ run, onRewind }: { run: RunState; onRewind: (index: number) => void }) {
  const { scenario } = run;
  return (
    <section class="debrief-section" aria-labelledby="debrief-path">
      <h3 id="debrief-path">{t('debrief.path.heading')}</h3>
      <ol class="path-list">
        {run.history.map((step, index) => {
          const node = scenario.nodes.find((candidate) => candidate.id === step.nodeId);
          const chosen = node?.choices.find((choice) => choice.id === step.choiceId);
          const advisorId = advisorChoiceAt(scenario, step.nodeId);
          const advisor = node?.choices.find((choice) => choice.id === advisorId);
          const moved = movedDrivers(step.deltas);
          return (
            <li key={step.nodeId} class="path-row">
              <p class="path-decision">{t('scenario.decision', { n: index + 1 })}</p>
              <p>
                <span class="path-label">{t('debrief.path.chose')}: </span>“{chosen?.label}”{' '}
                <span class={`stance stance-${step.stance}`}>
                  {t(`scenario.stance.${step.stance}`)}
                </span>
              </p>
              <p class="path-deltas">
                {moved.length === 0 && step.dealDelta === 0
                  ? t('scenario.noChange')
                  : [
                      ...moved.map((driver) =>
                        t('scenario.meter.change', {
                          delta: formatSigned(step.deltas[driver]),
                          driver: t(`driver.${driver}`),
                        }),
                      ),
                      ...(step.dealDelta !== 0
                        ? [t('scenario.deal.change', { delta: formatYenChange(step.dealDelta) })]
                        : []),
                    ].join(' · ')}
              </p>
              <p class="path-advisor">
                {advisorId === step.choiceId ? (
                  t('debrief.path.same')
                ) : (
                  <>
                    <span class="path-label">{t('debrief.path.advisor')}: </span>“{advisor?.label}”
                  </>
                )}
              </p>
              <button
                type="button"
                class="button button-secondary small"
                onClick={() => {
                  onRewind(index);
                }}
              >
                {t('debrief.path.rewind', { n: index + 1 })}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Compare({ first, run }: { first: RunState; run: RunState }) {
  const row = (label: string, state: RunState) =>
    t('debrief.compare.row', {
      label,
      ending: currentEnding(state)?.title ?? '',
      trust: trustOf(state),
      deal: formatYen(state.deal),
      lifetime: formatYen(lifetimeOf(state)),
    });
  return (
    <section class="debrief-section" aria-labelledby="debrief-compare">
      <h3 id="debrief-compare">{t('debrief.compare.heading')}</h3>
      <ul>
        <li>{row(t('debrief.compare.first'), first)}</li>
        <li>{row(t('debrief.compare.this'), run)}</li>
      </ul>
    </section>
  );
}

export default function Debrief({
  run,
  firstRun,
  found,
  links,
  onRewind,
  onRestart,
}: DebriefProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const ending = currentEnding(run);
  if (!ending) return null;
  const trust = trustOf(run);

  return (
    <section class="debrief" aria-labelledby="debrief-title">
      <p class={`outcome-badge outcome-${ending.outcome}`}>
        {t(`debrief.outcome.${ending.outcome}`)}
      </p>
      <h2 id="debrief-title" ref={heading} tabIndex={-1}>
        {ending.title}
      </h2>
      <p class="ending-text">{ending.text}</p>
      <p class="final-trust">
        {t('debrief.finalTrust', {
          value: trust,
          demeanour: t(`scenario.demeanour.${demeanourAt(trust)}`),
        })}
      </p>
      <Money run={run} />
      <Scale run={run} />
      {firstRun && firstRun !== run && <Compare first={firstRun} run={run} />}
      <Path run={run} onRewind={onRewind} />
      <section class="debrief-section" aria-labelledby="debrief-map">
        <h3 id="debrief-map">{t('debrief.map.heading')}</h3>
        <p>{t('debrief.map.intro')}</p>
        <p>{t('debrief.endings', { found: found.size, total: run.scenario.endings.length })}</p>
        <ScenarioMap
          scenario={run.scenario}
          history={run.history}
          endingId={ending.id}
          found={found}
        />
      </section>
      <p class="debrief-actions">
        <button type="button" class="button button-primary" onClick={onRestart}>
          {t('debrief.playAgain')}
        </button>
        <a class="button button-secondary" href={links.lesson}>
          {t('debrief.backToLesson')}
        </a>
        <a class="button button-secondary" href={links.scenarios}>
          {t('debrief.allScenarios')}
        </a>
      </p>
    </section>
  );
}
