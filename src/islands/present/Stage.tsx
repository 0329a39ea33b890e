/** The main area of the audience view, one screen per phase. */
import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Scenario, ScenarioNode } from '../../schemas/scenario';
import type { RunState } from '../../lib/scenario/engine';
import { letterOf } from '../../lib/present/keys';
import { tally } from '../../lib/present/votes';
import {
  isUnderway,
  nodeInFocus,
  pendingPick,
  revealedChoice,
  type SessionState,
} from '../../lib/present/session';
import { formatYen } from '../../i18n/money';
import { dispatch, endSession } from '../../stores/classroom';
import { $storageHealth } from '../../stores/storage';
import { t } from '../../i18n/client';
import type { DecisionView, SessionView } from './types';
import { TurnSummary } from '../TurnSummary';
import { ReplyList } from './ReplyList';
import { TimerPanel } from './TimerPanel';
import { useEndScreens } from './useEndScreens';
import './Stage.css';

export interface Links {
  consoleHref: string;
  scriptHref: string;
  exitHref: string;
}

interface Props {
  scenario: Scenario;
  state: SessionState;
  run: RunState;
  origin: 'fresh' | 'resumed' | 'unreadable';
  links: Links;
}

export function confirmEnd(): void {
  if (window.confirm(t('present.endConfirm'))) endSession();
}

function ConsoleButton({ scenario, href }: { scenario: Scenario; href: string }) {
  const [blocked, setBlocked] = useState(false);
  return (
    <>
      <button
        type="button"
        class="control"
        onClick={() => {
          const opened = window.open(
            href,
            `shinrai-console-${scenario.id}`,
            'popup,width=1280,height=800',
          );
          setBlocked(opened === null);
        }}
      >
        {t('present.consoleOpen')}
      </button>
      {blocked && (
        <p class="present-note" role="alert">
          {t('present.consoleBlocked')}{' '}
          <a href={href} target="_blank" rel="noopener">
            {t('present.consoleLink', { title: scenario.title })}
          </a>
        </p>
      )}
    </>
  );
}

function Intro({ scenario, state, origin, links }: Omit<Props, 'run'>) {
  const health = useStore($storageHealth);
  return (
    <div class="intro">
      <p class="label-caps kicker">{t('present.intro.kicker')}</p>
      <h1 class="stage-title">{scenario.title}</h1>
      <section class="intro-persona" aria-labelledby="intro-buyer">
        <h2 id="intro-buyer" class="label-caps kicker">
          {t('present.intro.buyer')}
        </h2>
        <p class="persona-name">{scenario.persona.name}</p>
        <p class="persona-role">
          {scenario.persona.role}, {scenario.persona.company}
        </p>
        <p class="persona-situation">{scenario.persona.situation}</p>
        <p class="persona-opening">
          {t('present.intro.opening', { amount: formatYen(scenario.opening) })}
        </p>
      </section>
      {origin === 'resumed' && <p class="present-note">{t('present.intro.resumed')}</p>}
      {origin === 'unreadable' && <p class="present-note">{t('present.intro.unreadable')}</p>}
      {health.state === 'unavailable' && (
        <p class="present-note" role="alert">
          {t('present.intro.unsaved')}
        </p>
      )}
      <section class="intro-settings" aria-labelledby="intro-settings">
        <h2 id="intro-settings" class="label-caps kicker">
          {t('present.intro.settings')}
        </h2>
        <label class="check">
          <input
            type="checkbox"
            checked={state.hideUntilReveal}
            onChange={(event) => {
              dispatch({ type: 'hideUntilReveal', hide: event.currentTarget.checked });
            }}
          />
          {t('present.intro.hideMeter')}
        </label>
        <div class="intro-actions">
          <ConsoleButton scenario={scenario} href={links.consoleHref} />
          <a class="control" href={links.scriptHref}>
            {t('present.scriptLink')}
          </a>
          <a class="control" href={links.exitHref}>
            {t('present.exit')}
          </a>
          {isUnderway(state) && (
            <button type="button" class="control" onClick={confirmEnd}>
              {t('present.end')}
            </button>
          )}
        </div>
      </section>
      <p class="intro-begin">{t('present.intro.begin')}</p>
    </div>
  );
}

function BuyerLine({ scenario, node }: { scenario: Scenario; node: ScenarioNode }) {
  return (
    <blockquote class="buyer-line">
      <p class="buyer-speaker">
        {scenario.persona.address}
        <span class="buyer-role">
          {' · '}
          {scenario.persona.role}, {scenario.persona.company}
        </span>
      </p>
      <p class="buyer-says">{node.says}</p>
    </blockquote>
  );
}

function VoteStatus({ scenario, state, node }: DecisionView) {
  const ids = node.choices.map((choice) => choice.id);
  // While voting this is the majority; when confirming, the reply the trainer has picked.
  const pick = pendingPick(scenario, state);
  if (state.phase === 'confirm') {
    return (
      <p class="vote-status" role="status">
        {pick === undefined
          ? t('present.confirm.pick')
          : `${t('present.confirm.takes', { letter: letterOf(ids.indexOf(pick)) })}. ${t('present.confirm.hint')}`}
      </p>
    );
  }
  return (
    <p class="vote-status" role="status">
      {tally(state.votes[state.path.length], ids).total === 0
        ? `${t('present.vote.none')} ${t('present.vote.hint')}`
        : pick
          ? t('present.vote.majority', { letter: letterOf(ids.indexOf(pick)) })
          : t('present.vote.tie')}
    </p>
  );
}

function Decision({ scenario, state }: { scenario: Scenario; state: SessionState }) {
  const node = nodeInFocus(scenario, state);
  if (!node) return null;
  const { phase } = state;
  const showSituation = phase === 'situation' || phase === 'options' || phase === 'discuss';
  return (
    <div class="decision">
      {showSituation && node.situation && <p class="situation">{node.situation}</p>}
      <BuyerLine scenario={scenario} node={node} />
      {phase === 'discuss' && <TimerPanel timer={state.timer} />}
      {(phase === 'vote' || phase === 'confirm') && (
        <VoteStatus scenario={scenario} state={state} node={node} />
      )}
      {phase !== 'situation' && (
        <ReplyList
          node={node}
          mode={phase === 'vote' ? 'vote' : phase === 'confirm' ? 'confirm' : 'options'}
          votes={state.votes[state.path.length]}
          selected={state.selected}
        />
      )}
    </div>
  );
}

function Reveal({ scenario, state, run }: SessionView) {
  const node = nodeInFocus(scenario, state);
  const choice = revealedChoice(scenario, state);
  const step = run.history.at(-1);
  if (!node || !choice || !step) return null;
  const letter = letterOf(node.choices.indexOf(choice));
  return (
    <div class="reveal">
      <p class="label-caps kicker">{t('present.reveal.roomSaid')}</p>
      <p class="revealed-reply">
        <span class="letter" aria-hidden="true">
          {letter}
        </span>
        <span class="visually-hidden">{t('present.option.select', { letter })}: </span>
        {choice.label}
      </p>
      {state.phase === 'reveal' ? (
        <>
          <p class="reaction">{choice.reaction}</p>
          <TurnSummary step={step} />
          <section class="why" aria-labelledby="reveal-why">
            <h2 id="reveal-why" class="label-caps kicker">
              {t('present.reveal.why')}
            </h2>
            <p>{choice.why}</p>
          </section>
        </>
      ) : (
        <section class="prompt" aria-labelledby="prompt-heading">
          <h2 id="prompt-heading" class="label-caps kicker">
            {t('present.prompt.heading')}
          </h2>
          <p class="prompt-text">{choice.facilitator}</p>
        </section>
      )}
    </div>
  );
}

export function Stage({ scenario, state, run, origin, links }: Props) {
  const end = useEndScreens();
  switch (state.phase) {
    case 'intro':
      return <Intro scenario={scenario} state={state} origin={origin} links={links} />;
    case 'reveal':
    case 'prompt':
      return <Reveal scenario={scenario} state={state} run={run} />;
    case 'ending':
      return end ? <end.Ending run={run} /> : <p class="present-loading">{t('present.loading')}</p>;
    case 'debrief':
      return (
        <>
          {end ? (
            <end.ClassDebrief scenario={scenario} state={state} run={run} />
          ) : (
            <p class="present-loading">{t('present.loading')}</p>
          )}
          <p class="intro-actions">
            <button type="button" class="control" onClick={confirmEnd}>
              {t('present.end')}
            </button>
            <a class="control" href={links.exitHref}>
              {t('present.exit')}
            </a>
          </p>
        </>
      );
    default:
      return <Decision scenario={scenario} state={state} />;
  }
}
