/**
 * The presenter console, for the trainer's laptop: the phase the room is in, what every reply at
 * this decision would do (so the trainer can steer the discussion), the facilitator notes, the
 * timer and the controls. It shares the session with the audience view through the store.
 */
import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { movedDrivers } from '../../lib/scenario/drivers';
import type { Choice, Scenario } from '../../schemas/scenario';
import { letterOf } from '../../lib/present/keys';
import { tally } from '../../lib/present/votes';
import { blocker, decisionIndex, nodeInFocus, pendingPick, runOf } from '../../lib/present/session';
import { formatSigned, formatYenChange } from '../../i18n/money';
import { $session, openSession } from '../../stores/classroom';
import { t, registerMessages } from '../../i18n/client';
import type { DecisionView } from './types';
import type { Messages } from '../../i18n';
// Before the components: their sheets build on the shared presenter styles.
import './present.css';
import { usePresenterCommands } from './useShortcuts';
import { Controls } from './Controls';
import { HelpDialog } from './HelpDialog';
import { ReplyList, votesText } from './ReplyList';
import { TimerPanel } from './TimerPanel';
import { StageMeter } from './StageMeter';
import { confirmEnd } from './Stage';
import { useEndScreens } from './useEndScreens';
// The console shows the persona and the buyer's line as the stage does.
import './Stage.css';
import './PresenterConsole.css';

interface Props {
  scenario: Scenario;
  messages: Messages;
  audienceHref: string;
  scriptHref: string;
}

function effectsText(choice: Choice): string {
  const moved = movedDrivers(choice.effects).map((driver) =>
    t('scenario.meter.change', {
      delta: formatSigned(choice.effects[driver] ?? 0),
      driver: t(`driver.${driver}`),
    }),
  );
  const deal =
    choice.deal !== 0 ? [t('scenario.deal.change', { delta: formatYenChange(choice.deal) })] : [];
  const all = [...deal, ...moved];
  return all.length > 0 ? all.join(' · ') : t('present.console.noEffect');
}

function leadsTo(scenario: Scenario, choice: Choice): string {
  const ending = scenario.endings.find((candidate) => candidate.id === choice.next);
  if (ending) {
    return t('present.console.ending', {
      title: ending.title,
      outcome: t(`debrief.outcome.${ending.outcome}`),
    });
  }
  const node = scenario.nodes.find((candidate) => candidate.id === choice.next);
  return t('present.console.node', { line: node?.says ?? choice.next });
}

function Consequences({ scenario, state, node }: DecisionView) {
  const index = decisionIndex(state);
  const ids = node.choices.map((choice) => choice.id);
  const { counts } = tally(state.votes[index], ids);
  const taken =
    state.phase === 'reveal' || state.phase === 'prompt'
      ? state.path.at(-1)
      : pendingPick(scenario, state);
  return (
    <section class="console-section" aria-labelledby="console-consequences">
      <h2 id="console-consequences">{t('present.console.consequences')}</h2>
      <ol class="consequences">
        {node.choices.map((choice, option) => (
          <li key={choice.id} class={`consequence ${choice.id === taken ? 'taken' : ''}`}>
            <p class="consequence-head">
              <span class="letter" aria-hidden="true">
                {letterOf(option)}
              </span>
              <span class="visually-hidden">
                {t('present.option.select', { letter: letterOf(option) })}:{' '}
              </span>
              <span class="consequence-label">{choice.label}</span>
            </p>
            <p class="consequence-meta">
              <span class={`stance stance-${choice.stance}`}>
                {t(`scenario.stance.${choice.stance}`)}
              </span>{' '}
              {effectsText(choice)} · {votesText(counts[option] ?? 0)}
            </p>
            <p class="consequence-next">
              {t('present.console.leadsTo')}: {leadsTo(scenario, choice)}
            </p>
            <p class="consequence-why">{choice.why}</p>
            {choice.facilitator && (
              <p class="consequence-prompt">
                <strong>{t('present.console.prompt')}:</strong> {choice.facilitator}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

export default function PresenterConsole({ scenario, messages, audienceHref, scriptHref }: Props) {
  registerMessages(messages);
  const state = useStore($session);
  const { helpOpen, setHelp, onCommand } = usePresenterCommands(scenario);
  const end = useEndScreens();

  useEffect(() => openSession(scenario, 'console'), [scenario]);

  if (!state) return <p class="present-loading">{t('present.loading')}</p>;
  const run = runOf(scenario, state);
  const node = nodeInFocus(scenario, state);
  const phaseName = t(`present.phase.${state.phase}`);
  const atDecision = node !== undefined;

  return (
    <>
      <div class="console">
        <header class="console-top">
          <h1 class="console-title">
            {t('present.console.heading')}
            <span class="console-scenario">{scenario.title}</span>
          </h1>
          <p class="console-phase" role="status">
            {t('present.console.now')}:{' '}
            <strong>
              {atDecision
                ? t('present.decisionPhase', { n: decisionIndex(state) + 1, phase: phaseName })
                : phaseName}
            </strong>
          </p>
          {state.blank && <p class="console-flag">{t('present.console.audienceBlank')}</p>}
          {state.meterHidden && <p class="console-flag">{t('present.console.meterHidden')}</p>}
        </header>
        <div class="console-body">
          <div class="console-main">
            {state.phase === 'intro' && (
              <section class="console-section">
                <p class="persona-name">{scenario.persona.name}</p>
                <p>
                  {scenario.persona.role}, {scenario.persona.company}
                </p>
                <p>{scenario.persona.situation}</p>
              </section>
            )}
            {node && (
              <>
                {node.situation && <p class="situation">{node.situation}</p>}
                <blockquote class="buyer-line compact">
                  <p class="buyer-speaker">{scenario.persona.address}</p>
                  <p class="buyer-says">{node.says}</p>
                </blockquote>
                <Consequences scenario={scenario} state={state} node={node} />
              </>
            )}
            {state.phase === 'ending' && end && <end.Ending run={run} />}
            {state.phase === 'debrief' && end && (
              <end.ClassDebrief scenario={scenario} state={state} run={run} />
            )}
          </div>
          <aside class="console-side" aria-label={t('present.controls.label')}>
            <Controls
              state={state}
              onCommand={onCommand}
              canAdvance={blocker(scenario, state) === undefined}
            />
            {(state.phase === 'vote' || state.phase === 'confirm') && node && (
              <section class="console-section" aria-labelledby="console-votes">
                <h2 id="console-votes">{t('present.vote.heading')}</h2>
                <ReplyList
                  node={node}
                  mode={state.phase}
                  votes={state.votes[state.path.length]}
                  selected={state.selected}
                />
              </section>
            )}
            <TimerPanel timer={state.timer} />
            {state.phase !== 'debrief' && (
              <StageMeter
                drivers={run.drivers}
                deal={run.deal}
                revealed={
                  state.phase === 'reveal' || state.phase === 'prompt'
                    ? run.history.at(-1)
                    : undefined
                }
                slow={false}
              />
            )}
            <p class="console-note">{t('present.console.alone')}</p>
            <p class="intro-actions">
              <a class="control" href={audienceHref} target="_blank" rel="noopener">
                {t('present.console.audience')}
              </a>
              <a class="control" href={scriptHref}>
                {t('present.scriptLink')}
              </a>
              <button type="button" class="control" onClick={confirmEnd}>
                {t('present.end')}
              </button>
            </p>
          </aside>
        </div>
      </div>
      <HelpDialog
        open={helpOpen}
        onClose={() => {
          setHelp(false);
        }}
      />
    </>
  );
}
