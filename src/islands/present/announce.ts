/** What a screen reader hears as the class moves on: the phase, and on a reveal the trust change. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Scenario } from '../../schemas/scenario';
import { letterOf } from '../../lib/present/keys';
import {
  decisionIndex,
  isDecisionPhase,
  nodeInFocus,
  runOf,
  type SessionState,
} from '../../lib/present/session';
import { t } from '../../i18n/client';
import { trustChangeWords } from '../TurnSummary';

function describe(scenario: Scenario, state: SessionState): string {
  const phase = t(`present.phase.${state.phase}`);
  if (state.phase === 'reveal') {
    const step = runOf(scenario, state).history.at(-1);
    const node = nodeInFocus(scenario, state);
    if (step && node) {
      const direction = trustChangeWords(step.trustAfter - step.trustBefore);
      const index = node.choices.findIndex((choice) => choice.id === step.choiceId);
      return t('present.announce.reveal', {
        letter: letterOf(index),
        value: step.trustAfter,
        direction,
      });
    }
  }
  if (!isDecisionPhase(state.phase)) return phase;
  return t('present.announce.phase', { n: decisionIndex(state) + 1, phase });
}

/** Announces only changes, not the phase the page opened on. */
export function usePhaseAnnouncement(scenario: Scenario, state: SessionState | undefined): string {
  const [text, setText] = useState('');
  const seen = useRef<string | undefined>(undefined);
  const key = state ? `${state.phase}:${state.path.join('/')}` : undefined;
  useEffect(() => {
    if (!state || key === undefined) return;
    if (seen.current !== undefined && seen.current !== key) setText(describe(scenario, state));
    seen.current = key;
  }, [key, scenario, state]);
  return text;
}
