/**
 * A branching role-play. The engine in src/lib/scenario decides everything; this island shows the
 * conversation, sends the learner's choices to it, and moves focus and announcements along.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { Scenario } from '../schemas/scenario';
import {
  choose,
  currentEnding,
  currentNode,
  rewindTo,
  start,
  type RunState,
  type Step,
} from '../lib/scenario/engine';
import { peekStored } from '../stores/peek';
import { own } from '../lib/records';
import { courseAddress } from '../lib/site';
import { t, registerMessages } from '../i18n/client';
import type { Messages } from '../i18n';
import TrustMeter from './TrustMeter';
import type { DebriefProps } from './Debrief';
import { TurnSummary, trustChangeWords } from './TurnSummary';
import './ScenarioPlayer.css';
// The debrief and its map load with the first reply; a lazily loaded chunk must not import CSS
// (src/integrations/no-preload-helper.ts), so their styles come with the player.
import './Debrief.css';
import './ScenarioMap.css';

/** The addresses the conversation and its debrief link to, built with the page. */
export interface ScenarioLinks {
  /** The lesson the scenario practises. */
  lesson: string;
  scenarios: string;
  /** Each reply's passage in a lesson, by its lessonAnchor (passagesFor). */
  passages: Record<string, string>;
}

interface Props {
  scenario: Scenario;
  links: ScenarioLinks;
  /** The UI strings this island uses (messagesFor). */
  messages: Messages;
}

function announce(step: Step, reaction: string): string {
  const direction = trustChangeWords(step.trustAfter - step.trustBefore);
  return t('scenario.announce', { value: step.trustAfter, direction, reaction });
}

function PastTurn({
  scenario,
  step,
  index,
  links,
}: {
  scenario: Scenario;
  step: Step;
  index: number;
  links: ScenarioLinks;
}) {
  const node = scenario.nodes.find((candidate) => candidate.id === step.nodeId);
  const choice = node?.choices.find((candidate) => candidate.id === step.choiceId);
  if (!node || !choice) return null;
  const passage = (choice.lessonAnchor && own(links.passages, choice.lessonAnchor)) || links.lesson;
  return (
    <li class="turn">
      <p class="label-caps turn-number">{t('scenario.decision', { n: index + 1 })}</p>
      {node.situation && <p class="situation">{node.situation}</p>}
      <p class="line buyer">
        <span class="speaker">{scenario.persona.address}</span>
        {node.says}
      </p>
      <p class="line learner">
        <span class="speaker">{t('scenario.you')}</span>
        {choice.label}
      </p>
      <div class="consequence" id={`consequence-${index}`}>
        <p class="reaction">{choice.reaction}</p>
        <TurnSummary step={step} />
        <p class="why">
          {choice.why} <a href={passage}>{t('scenario.whyLink')}</a>
        </p>
      </div>
    </li>
  );
}

interface AfterFirstReply {
  Debrief: ComponentType<DebriefProps>;
  store: typeof import('../stores/progress');
  runRecord: typeof import('../lib/scenario/record').runRecord;
}

async function loadRest(): Promise<AfterFirstReply> {
  const [debrief, store, record] = await Promise.all([
    import('./Debrief'),
    import('../stores/progress'),
    import('../lib/scenario/record'),
  ]);
  return { Debrief: debrief.default, store, runRecord: record.runRecord };
}

export default function ScenarioPlayer({ scenario, links, messages }: Props) {
  registerMessages(messages);
  const [run, setRun] = useState<RunState>(() => start(scenario));
  const [firstRun, setFirstRun] = useState<RunState | undefined>(undefined);
  const [found, setFound] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const buyerLine = useRef<HTMLParagraphElement>(null);
  const moved = useRef(false);
  // The debrief and the saving code load with the first reply, well before an ending needs them.
  const [Debrief, setDebrief] = useState<ComponentType<DebriefProps> | undefined>(undefined);
  const afterFirstReply = useRef<Promise<AfterFirstReply> | undefined>(undefined);

  useEffect(() => {
    // Endings found on earlier visits, from a quick read; the store loads with the first reply.
    const earlier = peekStored()?.endings(scenario.id) ?? [];
    setFound((previous) => new Set([...previous, ...earlier]));
  }, [scenario.id]);

  const node = currentNode(run);
  const ending = currentEnding(run);
  const lastStep = run.history.at(-1);

  useEffect(() => {
    // Only after the learner acts: on first load, focus stays where the page put it.
    if (!moved.current || !node) return;
    buyerLine.current?.focus({ preventScroll: true });
    // Show what the last reply did before the buyer's next line, so the lesson is not scrolled past.
    const consequence = document.getElementById(`consequence-${run.history.length - 1}`);
    (consequence ?? buyerLine.current)?.scrollIntoView({ block: 'start' });
  }, [run, node]);

  const loadAfterFirstReply = () => {
    afterFirstReply.current ??= loadRest().then((rest) => {
      setDebrief(() => rest.Debrief);
      // The first reply makes this scenario the place to resume.
      rest.store.recordLocation({
        href: courseAddress(window.location.pathname),
        title: scenario.title,
      });
      return rest;
    });
    return afterFirstReply.current;
  };

  const pick = (choiceId: string) => {
    // After this reply is on screen: the learner sees its effect first, the loading comes after.
    requestAnimationFrame(() => {
      setTimeout(() => void loadAfterFirstReply(), 0);
    });
    const next = choose(run, choiceId);
    const step = next.history.at(-1);
    const choice = node?.choices.find((option) => option.id === choiceId);
    moved.current = true;
    setRun(next);
    if (step && choice) setAnnouncement(announce(step, choice.reaction));
    const reached = currentEnding(next);
    if (reached) {
      setFound((previous) => new Set([...previous, reached.id]));
      setFirstRun((previous) => previous ?? next);
      void loadAfterFirstReply().then(({ store, runRecord }) => {
        const record = runRecord(next);
        if (record) store.recordScenarioRun(scenario.id, record);
      });
    }
  };

  const rewind = (stepIndex: number) => {
    moved.current = true;
    setAnnouncement('');
    setRun(rewindTo(run, stepIndex));
  };

  const restart = () => {
    moved.current = true;
    setAnnouncement('');
    setRun(start(scenario));
  };

  return (
    <div class={`player ${ending ? 'finished' : ''}`}>
      <aside class="meters" aria-label={t('scenario.meter.label')}>
        <TrustMeter
          drivers={run.drivers}
          deal={run.deal}
          lastStep={lastStep}
          stepKey={run.history.length}
        />
      </aside>
      <div class="stage">
        <ol class="transcript">
          {run.history.map((step, index) => (
            <PastTurn
              key={`${index}-${step.choiceId}`}
              scenario={scenario}
              step={step}
              index={index}
              links={links}
            />
          ))}
        </ol>
        {node && (
          <div class="current-turn">
            <p class="label-caps turn-number">
              {t('scenario.decision', { n: run.history.length + 1 })}
            </p>
            {node.situation && <p class="situation">{node.situation}</p>}
            <p class="line buyer" ref={buyerLine} tabIndex={-1}>
              <span class="speaker">{scenario.persona.address}</span>
              {node.says}
            </p>
            <div class="choices" role="group" aria-label={t('scenario.yourResponse')}>
              {node.choices.map((choice) => (
                <button
                  key={choice.id}
                  type="button"
                  class="choice"
                  onClick={() => {
                    pick(choice.id);
                  }}
                >
                  {choice.label}
                </button>
              ))}
            </div>
          </div>
        )}
        {ending && !Debrief && <p class="loading">{t('scenario.debriefLoading')}</p>}
        {ending && Debrief && (
          <Debrief
            key={run.history.map((step) => step.choiceId).join('/')}
            run={run}
            firstRun={firstRun}
            found={found}
            links={links}
            onRewind={rewind}
            onRestart={restart}
          />
        )}
      </div>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
