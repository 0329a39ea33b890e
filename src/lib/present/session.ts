/**
 * A classroom session of one scenario. The room moves through each decision in phases (listed in
 * src/schemas/session.ts), votes by show of hands, and the trainer reveals the reply the room
 * takes. Pure: `update` returns a new state and never changes its input, so the state can be
 * stored, synced between windows and restored after a reload exactly as it was.
 */
import type { Choice, Scenario, ScenarioNode } from '../../schemas/scenario';
import { currentNode, isFinished, replay, type RunState } from '../scenario/engine';
import type { Phase, SessionState } from '../../schemas/session';
import { MAX_REV, SESSION_VERSION } from '../../schemas/session-limits';
import { majority, withVotes } from './votes';
import { idleTimer, pauseTimer, startTimer } from './timer';

export type { Phase, SessionState };

/** Phases that belong to a decision not yet taken (the node the run is at). */
const openPhases: readonly Phase[] = ['situation', 'options', 'discuss', 'vote', 'confirm'];

export function isOpenPhase(phase: Phase): boolean {
  return openPhases.includes(phase);
}

/** Every phase but the session's opening and its close is about one decision. */
export function isDecisionPhase(phase: Phase): boolean {
  return phase !== 'intro' && phase !== 'ending' && phase !== 'debrief';
}

export type Action =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'select'; choiceId: string }
  | { type: 'reveal' }
  | { type: 'setVotes'; choiceId: string; count: number }
  | { type: 'bumpVotes'; by: 1 | -1; choiceId?: string | undefined }
  | { type: 'toggleMeter' }
  | { type: 'hideUntilReveal'; hide: boolean }
  | { type: 'toggleBlank' }
  | { type: 'unblank' }
  | { type: 'timerLength'; seconds: number }
  | { type: 'timerStart'; now: number }
  | { type: 'timerPause'; now: number }
  | { type: 'timerReset' }
  | { type: 'replayFrom'; decision: number }
  | { type: 'restart' };

export function newSession(scenario: Scenario, by = 'local'): SessionState {
  return {
    version: SESSION_VERSION,
    scenarioId: scenario.id,
    phase: 'intro',
    path: [],
    votes: [],
    meterHidden: false,
    hideUntilReveal: false,
    blank: false,
    timer: idleTimer(),
    rev: 0,
    by,
  };
}

/** Whether the class has done anything worth keeping: a phase, a vote or a reply taken. */
export function isUnderway(state: SessionState): boolean {
  return (
    state.phase !== 'intro' ||
    state.path.length > 0 ||
    state.votes.some((votes) => Object.values(votes).some((count) => count > 0))
  );
}

/** The run as the room has played it so far. */
export function runOf(scenario: Scenario, state: SessionState): RunState {
  return replay(scenario, state.path);
}

/** The decision the phase is about, counted from 0. */
export function decisionIndex(state: SessionState): number {
  return isOpenPhase(state.phase) || state.phase === 'intro'
    ? state.path.length
    : state.path.length - 1;
}

/** The node being discussed, or (in reveal and prompt) the node just decided. */
export function nodeInFocus(scenario: Scenario, state: SessionState): ScenarioNode | undefined {
  if (!isDecisionPhase(state.phase)) return undefined;
  const run = runOf(scenario, state);
  if (isOpenPhase(state.phase)) return currentNode(run);
  const step = run.history.at(-1);
  return scenario.nodes.find((node) => node.id === step?.nodeId);
}

/** The reply just revealed, in the reveal and prompt phases. */
export function revealedChoice(scenario: Scenario, state: SessionState): Choice | undefined {
  if (state.phase !== 'reveal' && state.phase !== 'prompt') return undefined;
  const node = nodeInFocus(scenario, state);
  return node?.choices.find((choice) => choice.id === state.path.at(-1));
}

function optionIds(node: ScenarioNode | undefined): string[] {
  return node?.choices.map((choice) => choice.id) ?? [];
}

/** What the room would take if revealed now: the trainer's pick when confirming, else the majority. */
export function pendingPick(scenario: Scenario, state: SessionState): string | undefined {
  const node = nodeInFocus(scenario, state);
  if (!node || !isOpenPhase(state.phase)) return undefined;
  if (state.phase === 'confirm') return state.selected;
  return majority(state.votes[state.path.length], optionIds(node));
}

/** Why the session cannot move on, for the interface to say so; undefined when it can. */
export function blocker(scenario: Scenario, state: SessionState): 'pick' | undefined {
  return state.phase === 'confirm' && pendingPick(scenario, state) === undefined
    ? 'pick'
    : undefined;
}

function hasPrompt(choice: Choice | undefined): boolean {
  return choice?.facilitator !== undefined;
}

/** A fresh decision: nothing highlighted and the timer back to its full length. */
function toDecision(state: SessionState, phase: Phase): SessionState {
  return { ...state, phase, selected: undefined, timer: idleTimer(state.timer.length) };
}

function afterReveal(scenario: Scenario, state: SessionState): SessionState {
  const finished = isFinished(runOf(scenario, state));
  if (finished) return rememberFirstRun({ ...state, phase: 'ending' });
  return toDecision(state, 'situation');
}

function rememberFirstRun(state: SessionState): SessionState {
  return state.firstRun ? state : { ...state, firstRun: { path: state.path, votes: state.votes } };
}

function reveal(scenario: Scenario, state: SessionState): SessionState {
  const pick = pendingPick(scenario, state);
  if (pick === undefined) {
    // No clear majority: ask the trainer to choose instead of guessing for the room.
    if (state.phase === 'confirm' || !isOpenPhase(state.phase)) return state;
    return { ...state, phase: 'confirm', selected: undefined };
  }
  return {
    ...state,
    phase: 'reveal',
    path: [...state.path, pick],
    selected: pick,
    meterHidden: false,
    timer: idleTimer(state.timer.length),
  };
}

function next(scenario: Scenario, state: SessionState): SessionState {
  switch (state.phase) {
    case 'intro':
      return toDecision(state, 'situation');
    case 'situation':
      return { ...state, phase: 'options' };
    case 'options':
      return { ...state, phase: 'discuss' };
    case 'discuss': {
      const first = nodeInFocus(scenario, state)?.choices[0]?.id;
      return { ...state, phase: 'vote', selected: state.selected ?? first };
    }
    case 'vote': {
      const node = nodeInFocus(scenario, state);
      const pick = majority(state.votes[state.path.length], optionIds(node));
      return { ...state, phase: 'confirm', selected: pick };
    }
    case 'confirm':
      return reveal(scenario, state);
    case 'reveal':
      return hasPrompt(revealedChoice(scenario, state))
        ? { ...state, phase: 'prompt' }
        : afterReveal(scenario, state);
    case 'prompt':
      return afterReveal(scenario, state);
    case 'ending':
      return { ...state, phase: 'debrief' };
    case 'debrief':
      return state;
  }
}

/** The phase a decision ends on: its prompt when the reply has one, otherwise its reveal. */
function lastPhaseOfDecision(scenario: Scenario, state: SessionState): SessionState {
  const withReveal = { ...state, phase: 'reveal' as const, selected: state.path.at(-1) };
  return hasPrompt(revealedChoice(scenario, withReveal))
    ? { ...withReveal, phase: 'prompt' }
    : withReveal;
}

function back(scenario: Scenario, state: SessionState): SessionState {
  switch (state.phase) {
    case 'intro':
      return state;
    case 'situation':
      return state.path.length === 0
        ? { ...state, phase: 'intro', selected: undefined }
        : lastPhaseOfDecision(scenario, state);
    case 'options':
      return { ...state, phase: 'situation' };
    case 'discuss':
      return { ...state, phase: 'options' };
    case 'vote':
      return { ...state, phase: 'discuss' };
    case 'confirm':
      return { ...state, phase: 'vote' };
    case 'reveal':
      // Undo the reveal: the reply comes off the path and is offered again, votes intact.
      return {
        ...state,
        phase: 'confirm',
        selected: state.path.at(-1),
        path: state.path.slice(0, -1),
      };
    case 'prompt':
      return { ...state, phase: 'reveal' };
    case 'ending':
      return lastPhaseOfDecision(scenario, state);
    case 'debrief':
      return { ...state, phase: 'ending' };
  }
}

function select(scenario: Scenario, state: SessionState, choiceId: string): SessionState {
  if (!isOpenPhase(state.phase)) return state;
  const node = nodeInFocus(scenario, state);
  if (!node?.choices.some((choice) => choice.id === choiceId)) return state;
  return { ...state, selected: choiceId };
}

function setVotes(
  scenario: Scenario,
  state: SessionState,
  choiceId: string | undefined,
  count: (current: number) => number,
): SessionState {
  if (state.phase !== 'vote' && state.phase !== 'confirm') return state;
  const node = nodeInFocus(scenario, state);
  if (choiceId === undefined || !node?.choices.some((choice) => choice.id === choiceId)) {
    return state;
  }
  const index = state.path.length;
  const current = state.votes[index];
  const votes = [...state.votes];
  while (votes.length < index) votes.push({});
  votes[index] = withVotes(current, choiceId, count(current?.[choiceId] ?? 0));
  return { ...state, votes, selected: choiceId };
}

function replayFrom(state: SessionState, decision: number): SessionState {
  if (state.phase !== 'debrief' && state.phase !== 'ending') return state;
  const keep = Math.min(Math.max(0, Math.floor(decision)), state.path.length - 1);
  const rewound = {
    ...rememberFirstRun(state),
    path: state.path.slice(0, keep),
    votes: state.votes.slice(0, keep),
  };
  return toDecision(rewound, 'situation');
}

function apply(scenario: Scenario, state: SessionState, action: Action): SessionState {
  switch (action.type) {
    case 'next':
      return next(scenario, state);
    case 'back':
      return back(scenario, state);
    case 'select':
      return select(scenario, state, action.choiceId);
    case 'reveal':
      return reveal(scenario, state);
    case 'setVotes':
      return setVotes(scenario, state, action.choiceId, () => action.count);
    case 'bumpVotes':
      return setVotes(scenario, state, action.choiceId ?? state.selected, (n) => n + action.by);
    case 'toggleMeter':
      return { ...state, meterHidden: !state.meterHidden };
    case 'hideUntilReveal':
      // Only before anything is revealed; afterwards the room has seen the meter anyway.
      return state.path.length > 0
        ? state
        : { ...state, hideUntilReveal: action.hide, meterHidden: action.hide };
    case 'toggleBlank':
      return { ...state, blank: !state.blank };
    case 'unblank':
      return { ...state, blank: false };
    case 'timerLength':
      return { ...state, timer: idleTimer(action.seconds) };
    case 'timerStart':
      return { ...state, timer: startTimer(state.timer, action.now) };
    case 'timerPause':
      return { ...state, timer: pauseTimer(state.timer, action.now) };
    case 'timerReset':
      return { ...state, timer: idleTimer(state.timer.length) };
    case 'replayFrom':
      return replayFrom(state, action.decision);
    case 'restart': {
      const fresh = newSession(scenario, state.by);
      return {
        ...fresh,
        hideUntilReveal: state.hideUntilReveal,
        meterHidden: state.hideUntilReveal,
        timer: idleTimer(state.timer.length),
      };
    }
  }
}

/** Applies one action; the revision moves on only when something changed. */
export function update(
  scenario: Scenario,
  state: SessionState,
  action: Action,
  by = state.by,
): SessionState {
  const changed = apply(scenario, state, action);
  if (changed === state) return state;
  return { ...changed, rev: Math.min(MAX_REV, state.rev + 1), by };
}

/** Of two copies of a session (this window's and another's), the one changed last. */
export function newer(a: SessionState, b: SessionState): SessionState {
  if (a.rev !== b.rev) return a.rev > b.rev ? a : b;
  return a.by >= b.by ? a : b;
}
