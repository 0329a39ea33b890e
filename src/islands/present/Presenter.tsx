/**
 * The audience view of a class session: what the projector shows. The session model in
 * src/lib/present decides everything; this island shows the phase and sends commands to it.
 */
import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Scenario } from '../../schemas/scenario';
import { blocker, decisionIndex, isDecisionPhase, runOf } from '../../lib/present/session';
import { $session, $sessionOrigin, openSession } from '../../stores/classroom';
import { t, registerMessages } from '../../i18n/client';
import type { Messages } from '../../i18n';
// Before the components: their sheets build on the shared presenter styles.
import './present.css';
import { usePresenterCommands } from './useShortcuts';
import { Controls } from './Controls';
import { HelpDialog } from './HelpDialog';
import { Stage } from './Stage';
import { StageMeter } from './StageMeter';
import { usePhaseAnnouncement } from './announce';
import './Presenter.css';

interface Props {
  scenario: Scenario;
  messages: Messages;
  consoleHref: string;
  scriptHref: string;
  exitHref: string;
}

export default function Presenter({
  scenario,
  messages,
  consoleHref,
  scriptHref,
  exitHref,
}: Props) {
  registerMessages(messages);
  const state = useStore($session);
  const origin = useStore($sessionOrigin);
  const { helpOpen, setHelp, onCommand } = usePresenterCommands(scenario);

  useEffect(() => openSession(scenario, 'audience'), [scenario]);

  const announcement = usePhaseAnnouncement(scenario, state);

  if (!state) return <p class="present-loading">{t('present.loading')}</p>;
  const run = runOf(scenario, state);
  const step = run.history.at(-1);
  const revealing = state.phase === 'reveal' || state.phase === 'prompt';
  const showSide = state.phase !== 'intro' && state.phase !== 'debrief';
  const phaseName = t(`present.phase.${state.phase}`);

  return (
    <div class={`present phase-${state.phase}`}>
      <div class="present-frame" inert={state.blank || helpOpen}>
        <header class="present-top">
          {/* Intro, outcome and debrief have their own h1; every other phase is titled by the scenario. */}
          {isDecisionPhase(state.phase) ? (
            <h1 class="present-scenario">{scenario.title}</h1>
          ) : (
            <p class="present-scenario">{scenario.title}</p>
          )}
          <p class="label-caps present-phase">
            {isDecisionPhase(state.phase)
              ? t('present.decisionPhase', { n: decisionIndex(state) + 1, phase: phaseName })
              : t('present.phaseLabel', { phase: phaseName })}
          </p>
        </header>
        <div class={`present-body ${showSide ? 'with-side' : ''}`}>
          <div class="present-stage">
            <Stage
              scenario={scenario}
              state={state}
              run={run}
              origin={origin}
              links={{ consoleHref, scriptHref, exitHref }}
            />
          </div>
          {showSide && (
            <aside class="present-side" aria-label={t('scenario.meter.label')}>
              {state.meterHidden ? (
                <p class="meter-hidden">
                  {state.hideUntilReveal && state.path.length === 0
                    ? t('present.meter.hidden')
                    : t('present.meter.off')}
                </p>
              ) : (
                <StageMeter
                  drivers={run.drivers}
                  deal={run.deal}
                  revealed={revealing ? step : undefined}
                  slow={state.phase === 'reveal'}
                />
              )}
            </aside>
          )}
        </div>
        <footer class="present-bottom">
          <Controls
            state={state}
            onCommand={onCommand}
            canAdvance={blocker(scenario, state) === undefined}
          />
        </footer>
      </div>
      {state.blank && (
        <div class="blank-screen">
          <p class="visually-hidden">{t('present.blanked')}</p>
          <button
            type="button"
            class="blank-return"
            onClick={() => {
              onCommand({ type: 'blank' });
            }}
          >
            {t('present.unblank')}
          </button>
        </div>
      )}
      <HelpDialog
        open={helpOpen}
        onClose={() => {
          setHelp(false);
        }}
      />
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
