/**
 * The end of a class session: the room's path with the show of hands at each decision, the
 * final trust per driver, where the room sits on the pusher → advisor scale, and the money.
 * "Replay from decision N" takes the room back for the what-if discussion.
 */
import { currentEnding, replay, type RunState } from '../../lib/scenario/engine';
import { lifetimeOf } from '../../lib/scenario/economics';
import { scaleMarks } from '../../lib/scenario/figures';
import { letterOf } from '../../lib/present/keys';
import { tally } from '../../lib/present/votes';
import { formatSigned, formatYen } from '../../i18n/money';
import { dispatch } from '../../stores/classroom';
import { t } from '../../i18n/client';
import type { SessionView } from './types';
import { StageMeter } from './StageMeter';
import { Money } from './Money';
import { votesText } from './ReplyList';

function Scale({ run }: { run: RunState }) {
  const { taken: room, best } = scaleMarks(run);
  return (
    <section class="stage-scale" aria-labelledby="class-scale">
      <h2 id="class-scale" class="label-caps stage-section-heading">
        {t('present.debrief.scale')}
      </h2>
      <div class="stage-scale-track" aria-hidden="true">
        <span class="stage-scale-marker best" style={{ left: `${best.position}%` }} />
        <span class="stage-scale-marker room" style={{ left: `${room.position}%` }} />
      </div>
      <p class="stage-scale-ends" aria-hidden="true">
        <span>{t('mdx.scale.pusher')}</span>
        <span>{t('mdx.scale.advisor')}</span>
      </p>
      <p>
        {t('present.debrief.room', {
          position: room.position,
          band: t(`debrief.scale.band.${room.band}`),
        })}
        {' · '}
        {t('debrief.scale.best', { position: best.position })}
      </p>
    </section>
  );
}

function PathRow({ scenario, state, run, index }: SessionView & { index: number }) {
  const step = run.history[index];
  const node = scenario.nodes.find((candidate) => candidate.id === step?.nodeId);
  if (!step || !node) return null;
  const ids = node.choices.map((choice) => choice.id);
  const { counts, total } = tally(state.votes[index], ids);
  const most = Math.max(1, ...counts);
  const takenIndex = ids.indexOf(step.choiceId);
  const taken = node.choices[takenIndex];
  const change = step.trustAfter - step.trustBefore;
  return (
    <li class="class-path-row">
      <p class="class-path-head">
        <strong>{t('present.decision', { n: index + 1 })}</strong>
        {' · '}
        {t('present.debrief.took', { letter: letterOf(takenIndex) })}
        {' · '}
        <span class={`stance stance-${step.stance}`}>{t(`scenario.stance.${step.stance}`)}</span>
        {' · '}
        {t('scenario.meter.label')} {change === 0 ? '±0' : formatSigned(change)}
      </p>
      <p class="class-path-reply">{taken?.label}</p>
      {total > 0 ? (
        <ul class="mini-chart" aria-label={t('present.debrief.votesLabel', { n: index + 1 })}>
          {node.choices.map((choice, option) => (
            <li key={choice.id} class={choice.id === step.choiceId ? 'taken' : ''}>
              <span class="mini-letter">{letterOf(option)}</span>
              <span class="mini-track" aria-hidden="true">
                <span
                  class="mini-fill"
                  style={{ width: `${((counts[option] ?? 0) / most) * 100}%` }}
                />
              </span>
              <span class="mini-count">{votesText(counts[option] ?? 0)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="mini-none">{t('present.debrief.noVotes')}</p>
      )}
      <button
        type="button"
        class="control"
        onClick={() => {
          dispatch({ type: 'replayFrom', decision: index });
        }}
      >
        {t('present.debrief.replay', { n: index + 1 })}
      </button>
    </li>
  );
}

function Comparison({ scenario, state, run }: SessionView) {
  const first = state.firstRun;
  if (!first || first.path.join('/') === state.path.join('/')) return null;
  let firstRun: RunState;
  try {
    firstRun = replay(scenario, first.path);
  } catch {
    return null;
  }
  return (
    <p class="class-compare">
      {t('present.debrief.compare', {
        ending: currentEnding(firstRun)?.title ?? '',
        lifetime: formatYen(lifetimeOf(firstRun)),
        now: currentEnding(run)?.title ?? '',
        nowLifetime: formatYen(lifetimeOf(run)),
      })}
    </p>
  );
}

export function ClassDebrief({ scenario, state, run }: SessionView) {
  const ending = currentEnding(run);
  return (
    <div class="class-debrief">
      <div class="class-debrief-main">
        <h1 class="stage-title">{t('present.debrief.heading')}</h1>
        {ending && (
          <p class="class-outcome">
            <span class={`outcome-badge outcome-${ending.outcome}`}>
              {t(`debrief.outcome.${ending.outcome}`)}
            </span>{' '}
            {ending.title}
          </p>
        )}
        <Comparison scenario={scenario} state={state} run={run} />
        <h2 class="label-caps stage-section-heading">{t('present.debrief.path')}</h2>
        <ol class="class-path">
          {run.history.map((step, index) => (
            <PathRow key={step.nodeId} scenario={scenario} state={state} run={run} index={index} />
          ))}
        </ol>
        <button
          type="button"
          class="control"
          onClick={() => {
            dispatch({ type: 'replayFrom', decision: 0 });
          }}
        >
          {t('present.debrief.restart')}
        </button>
      </div>
      <div class="class-debrief-side">
        <section aria-labelledby="class-trust">
          <h2 id="class-trust" class="label-caps stage-section-heading">
            {t('present.debrief.trust')}
          </h2>
          <StageMeter drivers={run.drivers} deal={run.deal} revealed={undefined} slow={false} />
        </section>
        <Scale run={run} />
        <Money run={run} headingId="class-money" />
      </div>
    </div>
  );
}
